"""LLM mode: the model writes a section's prose from the section's facts and clauses; then the same
guarantees as the agent's guard apply: invented citations are removed, every number is checked by
assistant.scoring.check, a number a calculation contradicts is replaced by the computed value
(``90%【已更正，原为 96%】``), any other mismatch is flagged with ⚠, an unverifiable one is marked
【未核对】. The section's tables stay the deterministic ones (their numbers are the ledger's)."""

from __future__ import annotations

import re
from typing import Any

from assistant.agent.guard import check_numbers
from assistant.agent.types import ToolOutput
from assistant.report.numbers import Ledger, verify
from assistant.report.outline import SectionSpec
from assistant.report.types import KIND_ZH, DraftSection, NumberCheck
from assistant.report.writer import Facts, Writer
from assistant.types import Citation

_STATUS = {"verified": "verified", "mismatch": "mismatch", "unverifiable": "unchecked"}


def split_tables(text: str) -> tuple[str, str]:
    """(prose, tables): pipe-table lines and the 表N captions right before them go to ``tables``."""
    prose: list[str] = []
    tables: list[str] = []
    for block in text.split("\n\n"):
        lines = block.strip().split("\n")
        if (lines and lines[0].startswith("|")) or (block.strip().startswith("表") and len(block) < 30):
            tables.append(block.strip())
        else:
            prose.append(block)
    return "\n\n".join(prose), "\n\n".join(tables)


def _facts_text(w: Writer) -> str:
    lines = [f"- {n.label}：{n.text}（{n.source}{'，' + n.reference if n.reference else ''}）" for n in w.ledger.items]
    return "\n".join(dict.fromkeys(lines)) or "（本节无数值）"


def write(model: Any, facts: Facts, spec: SectionSpec, w: Writer, offline: str, kind: str) -> DraftSection:
    """The section written by ``model`` and checked; the offline text when the model fails."""
    from assistant.report.draft import finish

    prose_offline, tables = split_tables(offline)
    cits = [c for k in w.keys if (c := facts.clauses.get(k)) is not None]
    clauses = "\n".join(f"- [{c.doc_id} §{c.clause}]「{c.quote}」" for c in dict.fromkeys(cits)) or "（无）"
    prompt = facts.prompts.render("report/llm_section", kind=KIND_ZH[kind], title=spec.title,
                                  facts=_facts_text(w), clauses=clauses,
                                  placeholders="、".join(dict.fromkeys(w.placeholders)) or "（无）",
                                  draft=prose_offline)
    try:
        reply = model.invoke(prompt)
    except Exception as exc:  # any backend failure (HTTP, model, parse): the checked offline text stands
        section = finish(facts, spec, w, offline)
        section.flags.insert(0, f"模型调用失败，本节为离线草稿：{exc}")
        return section
    prose = str(getattr(reply, "content", reply)).strip()
    prose, _ = split_tables(prose)  # the model's tables are dropped: the computed ones stand
    prose, citations, removed = facts.clauses.enforce(prose, [])
    prose, numbers, flags = check_text(prose, facts, citations, w.ledger, source="模型撰写")
    if removed:
        flags.insert(0, f"已删除无效引用：{'、'.join(removed)}")
    text = prose + ("\n\n" + tables if tables else "")
    table_numbers = [n for n in verify(w.ledger, facts.profile, facts.scheme) if n.text in tables]
    return DraftSection(id=spec.id, title=spec.title, markdown=text, citations=citations,
                        numbers=numbers + table_numbers, placeholders=re.findall(r"【待补充：[^】]*】", text),
                        flags=flags, mode="llm")


def check_text(text: str, facts: Facts, citations: list[Citation], known: Ledger,
               source: str = "用户编辑") -> tuple[str, list[NumberCheck], list[str]]:
    """Check every number of free text (model-written or edited): corrected, flagged or marked."""
    calcs = [{"indicator": r.indicator, "value": r.value, "unit": r.unit, "formula": r.formula}
             for r in facts.results.values()
             if r.subject is None and (r.product is None or r.product == facts.profile.representative().id)]
    numbers = [repr(n.value) for n in known.items if n.value is not None]
    chunks = facts.clauses.chunks([c.key for c in citations])
    out = ToolOutput(name="report_facts", numbers=numbers, chunks=chunks, citations=citations)
    text, checks, flags = check_numbers(text, [out], chunks, citations, facts.profile, calcs, llm=True)
    rows = []
    for r in checks:
        detail = r.explanation
        if r.status == "mismatch":
            detail = f"核对不符，应为 {r.expected:g} {r.expected_unit}".strip() if r.expected is not None else detail
        rows.append(NumberCheck(text=r.claim.text, value=r.claim.value, label=r.claim.subject or "", source=source,
                                reference=r.reference, status=_STATUS[r.status], detail=detail,  # type: ignore[arg-type]
                                section=known.section))
    return text, rows, flags
