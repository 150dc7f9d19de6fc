"""Edition changes (the editions clause map) and procedures (ordered lists in clauses)."""

from __future__ import annotations

import random
import re

from .build import LETTERS, Builder, Context, distractors, question, shuffled
from .source import Clause

_YEAR = re.compile(r"-(\d{4})$")
_NUMBERED = re.compile(r"^\s*(\d+)[.、．]\s*(.+?)[；;。]?\s*$")
_IN_TURN = re.compile(r"依次为[：:]([^。]+)。")


def _year(doc_id: str) -> str:
    m = _YEAR.search(doc_id)
    return m.group(1) if m else doc_id


def _label(clause: str | None, c: Clause | None) -> str:
    if not clause:
        return ""
    name = f"第 {clause} 章" if clause.isdigit() else clause
    return f"{name}（{c.title}）" if c and c.title and c.title != clause else name


def _lines(c: Clause) -> list[str]:
    return [s.strip() for line in c.text.split("\n") for s in re.split(r"(?<=。)", line) if s.strip()]


def _edition_quote(ctx: Context, old_doc: str, new_doc: str, row: dict) -> tuple[Clause, str] | None:
    """The clause stating the change: the new edition's foreword line about the old clause, the old
    clause's sentence about the new edition, the foreword line about the new clause, or the new
    clause's sentence about the old edition (first found)."""
    old, new = row.get("old"), row.get("new")
    oy, ny = _year(old_doc), _year(new_doc)
    foreword = ctx.by_key.get(f"{new_doc}§前言")
    old_c = ctx.by_key.get(f"{old_doc}§{old}") if old else None
    new_c = ctx.by_key.get(f"{new_doc}§{new}") if new else None
    tries: list[tuple[Clause | None, list[str]]] = []
    if old:
        tries.append((foreword, [f"{oy} 版 {old}", f"{oy} 版{old}", f"{oy} 版第 {old} 章"]))
        tries.append((old_c, [f"{ny} 版", new_doc]))
    if new:
        tries.append((foreword, [f"（见 {new}）", f"第 {new} 章"]))
        tries.append((new_c, [f"{oy} 版", old_doc]))
    for clause, needles in tries:
        if clause is None:
            continue
        # a clause number must end where the needle ends: '2018 版 4.1' is not '2018 版 4.10'
        found = re.compile("|".join(re.escape(n) + r"(?!\.?\d)" for n in needles))
        for line in _lines(clause):
            if found.search(line) and len(line) >= 8:
                return clause, line
    return None


def edition(ctx: Context) -> list[Builder]:
    """What changed between editions (medium/easy) or which new clause an old one became (hard)."""
    out: list[Builder] = []
    for link in ctx.editions:
        old_doc, new_doc = link.get("old", ""), link.get("new", "")
        rows = link.get("clause_map") or []
        for row in rows:
            found = _edition_quote(ctx, old_doc, new_doc, row)
            if found:
                out.append(_edition_builder(ctx, old_doc, new_doc, row, rows, *found))
    return out


def _edition_builder(ctx: Context, old_doc: str, new_doc: str, row: dict, rows: list[dict],
                     clause: Clause, quote: str) -> Builder:
    def build(rng: random.Random) -> object:
        old, new = row.get("old"), row.get("new")
        if old:
            label = _label(old, ctx.by_key.get(f"{old_doc}§{old}"))
            subject = f"{_year(old_doc)} 版{label}"
        else:
            label = _label(new, ctx.by_key.get(f"{new_doc}§{new}"))
            subject = f"{_year(new_doc)} 版{label}"
        k = ctx.n_options - 1

        def new_label(clause_no: str) -> str:
            return f"{new_doc} {_label(clause_no, ctx.by_key.get(new_doc + '§' + clause_no))}"

        if ctx.difficulty == "hard" and old and new:
            answer = new_label(new)
            pool = [new_label(r["new"]) for r in rows if r.get("new") and r.get("new") != new]
            template, form, subject = "trainer/edition_clause", "clause", label
        else:
            answer = str(row.get("change", ""))
            pool = [str(r.get("change", "")) for r in rows if r is not row]
            template, form = "trainer/edition", "change"
        others = distractors(answer, pool, k, ctx.difficulty, rng)
        if not answer or not others:
            return None
        options, idx = shuffled(answer, others, rng)
        stem = ctx.prompts.render(template, old_doc=old_doc, new_doc=new_doc, subject=subject)
        return question(ctx, kind="edition", form=form, clause=clause, stem=stem, quote=quote,
                        answer=answer, options=options, answer_index=idx)
    return build  # type: ignore[return-value]


def ordered_lists(c: Clause) -> list[tuple[list[str], str]]:
    """(items, quote) of each ordered list in the clause: numbered lines, or '依次为：a；b；c'."""
    out: list[tuple[list[str], str]] = []
    run: list[tuple[str, str]] = []
    for line in [*c.text.split("\n"), ""]:
        m = _NUMBERED.match(line)
        if m and int(m.group(1)) == len(run) + 1:
            run.append((m.group(2).strip(), line.strip()))
            continue
        if len(run) >= 3:
            out.append(([i for i, _ in run], "\n".join(raw for _, raw in run)))
        run = []
    for m in _IN_TURN.finditer(c.text):
        items = [x.strip() for x in re.split(r"[；;、]", m.group(1)) if x.strip()]
        if len(items) >= 4 and all(re.search(r"[\u4e00-\u9fff]", x) for x in items):
            out.append((items, m.group(0)))
    return out


def procedure(ctx: Context) -> list[Builder]:
    """Put steps in order (medium: 4, hard: 5 or all) or pick the next step (easy)."""
    lists = [(c, items, quote) for c in ctx.pool if c.status == "current" and c.confidence != "L"
             for items, quote in ordered_lists(c)]

    def make(c: Clause, items: list[str], quote: str) -> Builder:
        def build(rng: random.Random) -> object:
            if ctx.difficulty == "easy":
                i = rng.randrange(len(items) - 1)
                nxt = items[i + 1]
                others = distractors(nxt, [x for j, x in enumerate(items) if j not in (i, i + 1)], 2, "medium", rng)
                if not others:
                    return None
                options, idx = shuffled(nxt, others, rng)
                stem = ctx.prompts.render("trainer/procedure_next", doc_id=c.doc_id, clause=c.label, step=items[i])
                return question(ctx, kind="procedure", form="next", clause=c, stem=stem, quote=quote,
                                answer=nxt, options=options, answer_index=idx)
            size = min(len(items), 4 if ctx.difficulty == "medium" else 5)
            start = rng.randrange(len(items) - size + 1)
            steps = items[start:start + size]
            options = list(steps)
            while options == steps:
                rng.shuffle(options)
            answer = "".join(LETTERS[options.index(s)] for s in steps)
            stem = ctx.prompts.render("trainer/procedure_order", doc_id=c.doc_id, clause=c.label)
            return question(ctx, kind="procedure", form="order", clause=c, stem=stem, quote=quote,
                            answer=answer, options=options)
        return build  # type: ignore[return-value]

    return [make(c, items, quote) for c, items, quote in lists]
