"""What every question generator shares: the context, option drawing by difficulty, assembly."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.prompts import Prompts

from .source import Clause, similarity
from .types import Question

Builder = Callable[[random.Random], Question | None]
LETTERS = "ABCDEFGH"
# Options shown per difficulty: more options are harder to guess.
N_OPTIONS = {"easy": 3, "medium": 4, "hard": 5}
_NUM = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.]*[A-Za-z])")
_REF_BEFORE = re.compile(r"(?:[A-Z]\.|GB/T\s?|见\s?|第\s?|式|（|\(|表|图|附录|-|〔)$")
# What may follow a stated value: a unit, a percent sign, a multiplier.
_UNIT_AFTER = re.compile(r"^\s?[A-Za-z%‰℃°万亿倍元吨个项分年次名]")
_CLAUSE_LIKE = re.compile(r"^[1-9]\d?\.\d$")


@dataclass
class Context:
    pool: list[Clause]
    editions: list[dict]
    difficulty: str
    prompts: Prompts
    explicit_docs: bool
    by_key: dict[str, Clause] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {c.key: c for c in self.pool}

    @property
    def n_options(self) -> int:
        return N_OPTIONS[self.difficulty]


def distractors(answer: str, candidates: Sequence[str], k: int, difficulty: str,
                rng: random.Random) -> list[str]:
    """``k`` distinct candidates other than ``answer``: the closest for 'hard', a draw from the
    farther half for 'easy', a random draw for 'medium' (closeness: character overlap with the answer)."""
    uniq = sorted({c for c in candidates if c and c != answer and answer not in c and c not in answer})
    if len(uniq) < k:
        return []
    if difficulty == "medium":
        return rng.sample(uniq, k)
    ranked = sorted(uniq, key=lambda c: (similarity(answer, c), c), reverse=difficulty == "hard")
    if difficulty == "hard":
        return ranked[:k]
    return rng.sample(ranked[:max(k, len(ranked) // 2)], k)  # easy: a draw from the least similar half


def shuffled(answer: str, others: Sequence[str], rng: random.Random) -> tuple[list[str], int]:
    options = [answer, *others]
    rng.shuffle(options)
    return options, options.index(answer)


def explain(ctx: Context, clause: Clause, quote: str, extra: str = "") -> str:
    heading = f"（{clause.title}）" if clause.title and clause.title != clause.clause else ""
    text = ctx.prompts.render("trainer/explain", source=clause.key + heading, quote=quote)
    if extra:
        text += extra
    if clause.confidence in ("M", "L"):
        text += "（" + ctx.prompts.render(f"answer/confidence_{clause.confidence}") + "）"
    return text


def question(ctx: Context, *, kind: str, form: str, clause: Clause, stem: str, quote: str,
             answer: str, options: list[str] | None = None, answer_index: int | None = None,
             value: float | None = None, tolerance: float = 0.0, unit: str = "",
             inputs: dict[str, str] | None = None, indicator: str = "", extra: str = "") -> Question:
    """Assemble a question whose citation quotes ``quote`` from ``clause``."""
    options = options or []
    digest = hashlib.sha256("\0".join([kind, form, clause.key, stem, *options, answer]).encode()).hexdigest()
    return Question(id=f"{kind[:3]}-{digest[:10]}", kind=kind, form=form, difficulty=ctx.difficulty,  # type: ignore[arg-type]
                    doc_id=clause.doc_id, chapter=clause.chapter, stem=stem, template_stem=stem,
                    options=options, inputs=inputs or {}, unit=unit, citation=clause.citation(quote),
                    answer=answer, answer_index=answer_index, value=value, tolerance=tolerance,
                    indicator=indicator, explanation=explain(ctx, clause, quote, extra))


def fact_numbers(sentence: str) -> list[re.Match[str]]:
    """Numbers that state a fact (5%, 3 年, 8 分), not clause or standard numbers or years."""
    out = []
    for m in _NUM.finditer(sentence):
        before = sentence[:m.start()].rstrip()
        text = m.group(1)
        if _REF_BEFORE.search(before) or (len(text) == 4 and text[:2] in ("19", "20")):
            continue
        after = sentence[m.end():m.end() + 2]
        if after.startswith((".", "）", ")", "号")) or re.match(r"\s?[a-z]\)", after):
            continue
        if _CLAUSE_LIKE.match(text) and not _UNIT_AFTER.match(after):  # '见 5.2 的', '4.2 b)': a clause number
            continue
        out.append(m)
    return out


def alter_number(text: str, difficulty: str, rng: random.Random) -> str:
    """A different number: close for 'hard' (±1 step), far for 'easy' (×2 or more)."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    v = float(text)
    step = 10 ** -decimals
    if difficulty == "hard":
        choices = [v + step, v - step, v * 1.1, v * 0.9]
    elif difficulty == "easy":
        choices = [v * 2, v * 3, v + 10]
    else:
        choices = [v * 2, v + step * 2, v * 0.5, v + 5 * step]
    fmt = f"{{:.{decimals}f}}"
    opts = sorted({fmt.format(c) for c in choices if c > 0} - {fmt.format(v)})
    return rng.choice(opts) if opts else fmt.format(v + 1)
