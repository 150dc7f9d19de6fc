"""Question kinds drawn from clause text: definition, true_false and choice."""

from __future__ import annotations

import random
import re

from .build import Builder, Context, alter_number, distractors, fact_numbers, question, shuffled
from .source import Clause, fact_clauses, sentences, siblings, similarity, term_of

_TERM_CHAPTERS = ("术语和定义", "术语")
_GLOSS = re.compile(r"释义：([^。\n]+。)")
_BLANK = "____"


def _is_term(c: Clause, pool_by_head: dict[str, Clause]) -> bool:
    head = pool_by_head.get(f"{c.doc_id}§{c.parent}")
    title = head.title if head else c.path.split(">")[0].strip().split(" ", 1)[-1]
    return bool(c.parent) and title in _TERM_CHAPTERS


def term_clauses(ctx: Context) -> list[Clause]:
    return [c for c in fact_clauses(ctx.pool, explicit_docs=ctx.explicit_docs) if _is_term(c, ctx.by_key)]


def _definition_sentence(c: Clause) -> str | None:
    m = _GLOSS.search(c.body)
    if m:
        return m.group(1).strip()
    first = sentences(c, lo=10, hi=160)
    return first[0] if first else None


def definition(ctx: Context) -> list[Builder]:
    """Which term is defined this way? Distractors: sibling terms (same chapter), then the terms
    of the other selected documents when the chapter has too few."""
    terms = term_clauses(ctx)

    def make(c: Clause) -> Builder:
        def build(rng: random.Random) -> object:
            quote = _definition_sentence(c)
            term = term_of(c.title)
            if not quote or not term:
                return None
            masked = quote
            for alias in sorted({term, *(term_of(t) for t in re.split(r"[；;]", c.title))}, key=len, reverse=True):
                masked = masked.replace(alias, _BLANK)
            if _BLANK not in masked and len(masked) < 12:
                return None
            # a term named in the definition would be a second plausible answer: never a distractor
            near = [t for t in (term_of(s.title) for s in siblings(c, terms)) if t not in quote]
            k = ctx.n_options - 1
            others = distractors(term, near, k, ctx.difficulty, rng)
            if not others:
                far = [t for t in (term_of(s.title) for s in terms if s.doc_id != c.doc_id) if t not in quote]
                others = distractors(term, near + far, k, ctx.difficulty, rng)
            if not others:
                return None
            options, idx = shuffled(term, others, rng)
            stem = ctx.prompts.render("trainer/definition", doc_id=c.doc_id, definition=masked)
            return question(ctx, kind="definition", form="term", clause=c, stem=stem, quote=quote,
                            answer=term, options=options, answer_index=idx)
        return build  # type: ignore[return-value]

    return [make(c) for c in terms]


def _core(title: str) -> str:
    """'能源低碳化指标' -> '能源低碳化': the subject a sibling clause differs by."""
    return re.sub(r"(指标|要求|的要求|方法)$", "", term_of(title))


def _enum_items(sentence: str) -> list[str]:
    """The items of a 'X：a、b、c' enumeration (short plain terms only, so a swap stays grammatical)."""
    m = re.search(r"[：:]([^：:。；;，,]+)", sentence)
    if not m:
        return []
    items = [x.strip() for x in m.group(1).split("、")]
    if len(items) < 2:
        return []
    return [x for x in items if 2 <= len(x) <= 12 and not re.search(r"[()（）\d]", x)]


def falsify(c: Clause, sentence: str, pool: list[Clause], difficulty: str, rng: random.Random) -> str | None:
    """A wrong version of ``sentence``: a number changed, or the clause's subject or a listed item
    replaced by a sibling clause's. None when no change is safe."""
    nums = fact_numbers(sentence)
    sibs = siblings(c, pool)
    own = _core(c.title)
    subjects = [s for s in (_core(x.title) for x in sibs) if s and s != own and s not in sentence]
    own_items = _enum_items(sentence)
    foreign = sorted({i for x in sibs for s in sentences(x) for i in _enum_items(s)} - set(own_items)
                     - {i for i in own_items})
    foreign = [i for i in foreign if i not in c.text]
    ways = []
    if nums:
        ways.append("number")
    if own and own in sentence and subjects:
        ways.append("subject")
    if own_items and foreign:
        ways.append("item")
    if not ways:
        return None
    if difficulty == "hard" and "item" in ways:
        way = "item"
    elif difficulty == "easy" and "subject" in ways:
        way = "subject"
    else:
        way = rng.choice(ways)
    if way == "number":
        m = rng.choice(nums)
        return sentence[:m.start(1)] + alter_number(m.group(1), difficulty, rng) + sentence[m.end(1):]
    if way == "subject":
        return sentence.replace(own, rng.choice(sorted(subjects)))
    item = rng.choice(own_items)
    if difficulty == "hard":  # the most similar foreign item: the hardest swap to spot
        swap = max(foreign, key=lambda f: (similarity(item, f), f))
    else:
        swap = rng.choice(foreign)
    return sentence.replace(item, swap, 1)


def true_false(ctx: Context) -> list[Builder]:
    pool = fact_clauses(ctx.pool, explicit_docs=ctx.explicit_docs)

    def make(c: Clause) -> Builder:
        def build(rng: random.Random) -> object:
            cands = [s for s in sentences(c) if falsify(c, s, pool, ctx.difficulty, random.Random(0))]
            if not cands:
                return None
            quote = rng.choice(cands)
            truth = rng.random() < 0.5
            statement = quote if truth else falsify(c, quote, pool, ctx.difficulty, rng)
            if not statement or (not truth and statement in c.text):
                return None
            stem = ctx.prompts.render("trainer/true_false", doc_id=c.doc_id, clause=c.label, statement=statement)
            options = ["正确", "错误"]
            return question(ctx, kind="true_false", form="statement", clause=c, stem=stem, quote=quote,
                            answer=options[0 if truth else 1], options=options,
                            answer_index=0 if truth else 1)
        return build  # type: ignore[return-value]

    return [make(c) for c in pool if sentences(c)]


def choice(ctx: Context) -> list[Builder]:
    """Which statement comes from this clause? Distractors are sentences of its sibling clauses."""
    pool = fact_clauses(ctx.pool, explicit_docs=ctx.explicit_docs)

    def make(c: Clause) -> Builder:
        def build(rng: random.Random) -> object:
            own = sentences(c)
            others = [s for x in siblings(c, pool) for s in sentences(x) if s not in c.text]
            if not own:
                return None
            quote = rng.choice(own)
            picked = distractors(quote, others, ctx.n_options - 1, ctx.difficulty, rng)
            if not picked:
                return None
            options, idx = shuffled(quote, picked, rng)
            stem = ctx.prompts.render("trainer/choice", doc_id=c.doc_id, clause=c.label)
            return question(ctx, kind="choice", form="source", clause=c, stem=stem, quote=quote,
                            answer=quote, options=options, answer_index=idx)
        return build  # type: ignore[return-value]

    return [make(c) for c in pool if sentences(c) and siblings(c, pool)]
