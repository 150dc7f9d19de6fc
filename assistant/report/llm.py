"""LLM mode: the model writes a section's prose from the section's facts and clauses; then the same
guarantees as the agent's guard apply: invented citations are removed, every number is checked by
assistant.scoring.check, a number a calculation contradicts is replaced by the computed value
(``90%【已更正，原为 96%】``), any other mismatch is flagged with ⚠, an unverifiable one is marked
【未核对】. The section's tables stay the deterministic ones (their numbers are the ledger's)."""

from __future__ import annotations

import re
from typing import Any

from assistant.agent.guard import UNVERIFIED
from assistant.report.numbers import Ledger, protected_spans, verify, with_unit
from assistant.report.outlines import SectionSpec
from assistant.report.types import KIND_ZH, DraftSection, NumberCheck
from assistant.report.writer import Facts, Writer
from assistant.scoring import check
from assistant.types import Citation

_STATUS = {"verified": "verified", "mismatch": "mismatch", "unverifiable": "unchecked"}


def _fixed(block: str) -> bool:
    b = block.strip()
    return b.startswith("|") or (b.startswith("表") and len(b) < 30) or \
        (b.startswith("- ") and all("计算式：" in ln for ln in b.split("\n")))


def split_blocks(text: str) -> tuple[str, str]:
    """(prose, fixed): tables, their 表N captions and the lists of computed values with their formulas
    (and a heading right before one of those) are fixed, i.e. kept as drafted; the rest is prose."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    fixed_at = {i for i, b in enumerate(blocks) if _fixed(b)}
    fixed_at |= {i for i, b in enumerate(blocks) if b.lstrip().startswith("#") and i + 1 in fixed_at}
    prose = [b for i, b in enumerate(blocks) if i not in fixed_at]
    return "\n\n".join(prose), "\n\n".join(b.strip() for i, b in enumerate(blocks) if i in fixed_at)


def _facts_text(w: Writer, prose: str) -> str:
    lines = [f"- {n.label}：{n.text}（{n.source}{'，' + n.reference if n.reference else ''}）" for n in w.ledger.items
             if n.source == "计算值" or re.search(rf"(?<![\d.]){re.escape(n.text)}(?![\d.])", prose)]
    return "\n".join(dict.fromkeys(lines)) or "（本节无数值）"


def write(model: Any, facts: Facts, spec: SectionSpec, w: Writer, offline: str, kind: str) -> DraftSection:
    """The section written by ``model`` and checked; the offline text when the model fails."""
    from assistant.report.draft import finish

    prose_offline, tables = split_blocks(offline)
    cits = [c for k in w.keys if (c := facts.clauses.get(k)) is not None]
    clauses = "\n".join(f"- [{c.doc_id} §{c.clause}]「{c.quote}」" for c in {c.key: c for c in cits}.values()) or "（无）"
    prompt = facts.prompts.render("report/llm_section", kind=KIND_ZH[kind], title=spec.title,
                                  facts=_facts_text(w, prose_offline), clauses=clauses,
                                  placeholders="、".join(p for p in dict.fromkeys(w.placeholders)
                                                        if p in prose_offline) or "（无）",
                                  draft=prose_offline)
    try:
        reply = model.invoke(prompt)
    except Exception as exc:  # any backend failure (HTTP, model, parse): the checked offline text stands
        section = finish(facts, spec, w, offline)
        section.flags.insert(0, f"模型调用失败，本节为离线草稿：{exc}")
        return section
    prose = str(getattr(reply, "content", reply)).strip()
    prose, _ = split_blocks(prose)  # the model's tables and formula lists are dropped: the drafted ones stand
    prose = "\n".join(ln for ln in prose.split("\n") if not _title_line(ln, spec.title))
    prose, citations, removed = facts.clauses.enforce(prose, [])
    prose, numbers, flags = check_text(prose, facts, citations, w.ledger, source="模型撰写")
    if removed:
        flags.insert(0, f"已删除无效引用：{'、'.join(removed)}")
    text = prose + ("\n\n" + tables if tables else "")
    table_numbers = [n for n in verify(w.ledger, facts.profile, facts.scheme) if n.text in tables]
    citations = list({c.key: c for c in [*citations, *facts.clauses.cited(tables)]}.values())
    flags += facts.clauses.source_notes(citations, facts.prompts)
    return DraftSection(id=spec.id, title=spec.title, markdown=text, citations=citations,
                        numbers=numbers + table_numbers, placeholders=re.findall(r"【待补充：[^】]*】", text),
                        flags=flags, mode="llm")


def _title_line(line: str, title: str) -> bool:
    """A heading the model wrote for the section itself (the document already has it)."""
    bare = title.split("、", 1)[-1]
    return line.lstrip().startswith("#") and bare in line


def check_text(text: str, facts: Facts, citations: list[Citation], known: Ledger, *, original: str = "",
               previous: list[NumberCheck] | None = None,
               source: str = "用户编辑") -> tuple[str, list[NumberCheck], list[str]]:
    """Check every number of free text (model-written or edited), line by line. A line unchanged from
    ``original`` keeps its numbers as drafted (``known``, already checked); in any other line each
    number goes to the checker: verified; a mismatch on a computed indicator is replaced by the
    computed value, any other mismatch is marked ⚠; an unverifiable number is marked 【未核对】 unless
    it is one of the drafted numbers (same value and unit)."""
    before = set(original.split("\n")) if original else set()  # unchanged lines keep their checks
    keys = [c.key for c in citations]
    quotes = [c.quote for c in citations if c.quote]
    rows: list[NumberCheck] = []
    flags: list[str] = []
    lines = []
    for line in text.split("\n"):
        if line in before:
            rows += [n for n in (known.items if previous is None else previous) if n.text in line]
            lines.append(line)
            continue
        new, checked, more = _check_line(line, facts, keys, quotes + known.verbatim, known, source)
        lines.append(new)
        rows += checked
        flags += more
    return "\n".join(lines), rows, flags


def _check_line(line: str, facts: Facts, keys: list[str], verbatim: list[str], known: Ledger,
                source: str) -> tuple[str, list[NumberCheck], list[str]]:
    spans = protected_spans(line, verbatim)
    edits: list[tuple[int, int, str]] = []
    rows, flags = [], []
    for r in check(line, facts.profile, keys, scheme=facts.scheme):
        c = r.claim
        if any(a <= c.start and c.end <= b for a, b in spans):
            continue
        row = NumberCheck(text=c.text, value=c.value, label=c.subject or "", source=source, reference=r.reference,
                          status=_STATUS[r.status], detail=r.explanation, section=known.section)  # type: ignore[arg-type]
        computed = bool(c.subject) and any(k == c.subject or k.startswith(f"{c.subject}:") for k in facts.results)
        if r.status == "mismatch" and r.expected is not None and computed:
            right = with_unit(r.expected, r.expected_unit)
            edits.append((c.start, c.end, f"{right}【已更正，原为 {c.text}】"))
            row.detail = f"已更正为计算值 {right}（原为 {c.text}）"
            flags.append(f"数值 {c.text} 与计算结果不符，已更正为 {right}")
        elif r.status == "mismatch":
            right = with_unit(r.expected, r.expected_unit) if r.expected is not None else "见说明"
            edits.append((c.end, c.end, f"⚠（核对不符：应为 {right}）"))
            row.detail = f"核对不符（应为 {right}），已在文中以 ⚠ 标出"
            flags.append(f"数值 {c.text} 核对不符（应为 {right}）")
        elif r.status == "unverifiable" and _drafted(c.text, c.value, c.unit, known):
            row.status, row.detail = "verified", "与草稿中已核对的数值一致"
        elif r.status == "unverifiable":
            edits.append((c.end, c.end, UNVERIFIED))
            flags.append(f"数值 {c.text} 无法核对")
        rows.append(row)
    for start, end, new in sorted(edits, key=lambda e: -e[0]):
        line = line[:start] + new + line[end:]
    return line, rows, flags


def _drafted(text: str, value: float, unit: str, known: Ledger) -> bool:
    squash = re.sub(r"\s+", "", text)
    for n in known.items:
        if re.sub(r"\s+", "", n.text) == squash:
            return True
        if n.value is not None and unit and n.text.replace(" ", "").endswith(unit.replace(" ", "")) \
                and abs(n.value - value) <= max(1e-9, abs(n.value) * 1e-6):
            return True
    return False
