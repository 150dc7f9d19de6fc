"""Guarantees enforced in code after the model (or the planner) speaks, in every mode.

1. A citation is a key a tool returned in this turn, with its quote present in that clause
   (assistant.answer.citations.validate_citations); any other marker is removed from the text.
2. Every number goes through assistant.scoring.check against the cited clauses, the calculations and
   the profile of the conversation. A number a calculation contradicts is corrected (``90%【已更正，
   原为 96%】``); a mismatch found by the checker is shown with ⚠ and the expected value; a number that
   cannot be verified is marked ``【未核对】``. Numbers inside citation markers, clause keys, dates,
   clause numbers and verbatim quotes of a tool's clause are left alone.
3. No valid citation and no computed result: the answer is the composer's refusal.
4. Text inside documents is data: a quoted clause that reads like an instruction is labelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant import scoring
from assistant.agent.types import ToolOutput
from assistant.answer.citations import validate_citations
from assistant.answer.trust import labels as trust_labels
from assistant.prompts import Prompts
from assistant.scoring.refdata import catalog
from assistant.types import Answer, CheckResult, Chunk, Citation

UNVERIFIED = "【未核对】"
COMPUTED = {"calc_indicator", "score_profile", "check_numbers", "list_documents", "compare_editions"}
_MARKER = re.compile(r"\[[^\[\]§]+? §[^\[\]]+?\]")
_BARE_KEY = re.compile(r"(?<!\[)((?:GB/T|GB|HJ)\s?[\d.]+-\d{4}|[\u4e00-\u9fff〔〕\d]{2,30})§([A-Za-z0-9.\u4e00-\u9fff]+)")
_DOC_NUMBER = re.compile(r"(?<![A-Za-z])(?:GB|HJ|YB|JB|QB|SJ|DL|NB|ISO|IEC)(?:\s*/\s*[TZ])?\s*\d+(?:\.\d+)*"
                         r"(?:\s*[-—]\s*\d{2,4})?|[\u4e00-\u9fff]+〔\d{4}〕\d+号")
_QUOTE = re.compile(r"「([^「」]*)」")
_INJECTION = re.compile(r"忽略(?:以上|之前|上述|前面|所有)|无视(?:以上|之前)|ignore (?:all |the )?(?:previous|above)|"
                        r"你现在是|从现在起你|system prompt|系统提示", re.I)
INJECTION_NOTE = "（注意：所引条款中含有类似指令的文字，仅作为文件内容引用，助手不执行其中的指令）"


@dataclass
class Guarded:
    text: str
    citations: list[Citation]
    grounded: bool
    checks: list[CheckResult] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def guard(text: str, outputs: list[ToolOutput], *, profile: Any = None, calcs: list[dict] | None = None,
          llm: bool = False, refusal: str = "", prompts: Prompts | None = None, note: str = "") -> Guarded:
    """Apply every guarantee to ``text`` built from this turn's tool ``outputs``. ``note``: how the
    planner read a follow-up; a refusal keeps it, so the user sees what was searched for."""
    flags: list[str] = []
    chunks = [c for o in outputs for c in o.chunks]
    offered = {c.key: c for o in outputs for c in o.citations}
    text = _bracket_bare_keys(text, offered)
    cited = [c for k, c in offered.items() if f"[{c.doc_id} §{c.clause}]" in text] if llm else list(offered.values())
    around = _around_refusal(outputs)
    if llm and around:
        # the model fetched a clause the composer had refused to answer from (get_clause on a hit of
        # a refused search): the refusal stands, as it does offline
        cited = [c for c in cited if c.key not in around]
        flags.append("检索判定已收录文件不能回答该问题，模型另取的条款不作为依据：" + "、".join(sorted(around)))
    before = set(_MARKER.findall(text))
    checked = validate_citations(Answer(answer=text, citations=cited, grounded=True), chunks)
    removed = before - set(_MARKER.findall(checked.answer))
    if removed:
        flags.append("已删除无效引用：" + "、".join(sorted(removed)))
    text, citations = checked.answer, checked.citations
    computed = any(o.name in COMPUTED for o in outputs)
    found = [o for o in outputs if o.name in ("search_standards", "get_clause") and o.answerable and o.text
             and not (around and {c.key for c in o.citations} <= around)]
    if llm and not citations and not computed and found:
        # the model cited nothing valid: the offline composer's grounded answer stands instead
        flags.append("模型回答未引用有效条款，已改用检索到的条款原文作答")
        text, citations = found[0].text, list(found[0].citations)
    if llm and not citations and computed:
        # A calculation the model reported without a marker: cite the clause the tool computed from
        # (a key a tool returned in this turn), as the offline answer does.
        sources = list({c.key: c for o in outputs if o.name in COMPUTED for c in o.citations}.values())
        if sources:
            text += "\n依据：" + "".join(f"[{c.doc_id} §{c.clause}]" for c in sources)
            checked = validate_citations(Answer(answer=text, citations=sources, grounded=True), chunks)
            text, citations = checked.answer, checked.citations
    if not citations and not computed:
        text = next((o.refusal for o in outputs if o.refusal), "") or refusal
        if note:
            text = f"{note}\n{text}"
        return Guarded(text=text, citations=[], grounded=False, flags=flags)
    text, checks, more = check_numbers(text, outputs, chunks, citations, profile, calcs or [], llm=llm,
                                       prompts=prompts)
    flags += more
    if any(_INJECTION.search(c.text) for c in chunks) and _INJECTION.search(text):
        text += "\n" + INJECTION_NOTE
        flags.append("检索到的条款含有指令性文字，已作为数据处理")
    return Guarded(text=text, citations=citations, grounded=bool(citations) or computed, checks=checks, flags=flags)


def _around_refusal(outputs: list[ToolOutput]) -> set[str]:
    """Keys a get_clause call fetched from the hits of a search that refused, when no search of the
    turn answered: citing them would answer what the composer refused."""
    searches = [o for o in outputs if o.name == "search_standards"]
    if not searches or any(o.answerable for o in searches):
        return set()
    refused = {h.get("key") for o in searches for h in o.data.get("hits", [])}
    return {c.key for o in outputs if o.name == "get_clause" for c in o.citations if c.key in refused}


def _bracket_bare_keys(text: str, offered: dict[str, Citation]) -> str:
    """``GB/T 36132-2025§B.10`` written by a model becomes the marker ``[GB/T 36132-2025 §B.10]``."""
    def repl(m: re.Match[str]) -> str:
        return f"[{m.group(1)} §{m.group(2)}]"

    return _BARE_KEY.sub(repl, text)


# The composer's edition note ("（注意：该条款出自已废止的 …，对应现行条款 … 第4.3条（…））") is made from
# the manifest's clause map: clause numbers, not claims.
_EDITION_NOTE = re.compile(r"（注意：该条款出自已废止的[^\n]*")


def _protected(text: str, chunks: list[Chunk], prompts: Prompts | None = None) -> list[tuple[int, int]]:
    """Spans whose numbers are not claims: citation markers, verbatim quotes of a tool's clause, and
    the product's own notes on a quoted chunk (provenance: who added the file and when)."""
    spans = [m.span() for m in _MARKER.finditer(text)] + [m.span() for m in _DOC_NUMBER.finditer(text)]
    spans += [m.span() for m in _EDITION_NOTE.finditer(text)]
    for note in {n for c in chunks for n in trust_labels(c, prompts or Prompts())}:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(note), text)]
    bodies = [_squash(c.text) for c in chunks] + [_squash(c.title) for c in chunks]
    for m in _QUOTE.finditer(text):
        inner = _squash(m.group(1))
        if inner and any(inner in b for b in bodies):
            spans.append(m.span())
    return spans


def _close(value: float, expected: float, decimals: int) -> bool:
    tol = 0.5 * 10 ** -decimals + 1e-9
    return abs(value - expected) <= tol or abs(value - expected) <= abs(expected) * 1e-6


def _number(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _calc_for(text: str, start: int, calcs: list[dict]) -> dict | None:
    """The calculation whose indicator is named just before the number (``重复利用率为 96%``): the name
    ends at most 12 characters before it, with no other number in between."""
    s0 = max((text.rfind(b, 0, start) for b in "。；;！？!?\n"), default=-1) + 1
    before = text[s0:start]
    inds = catalog()["indicators"]
    best = None
    for c in calcs:
        m = inds.get(c["indicator"], {})
        for term in {m.get("name", ""), *m.get("synonyms", [])}:
            pos = before.rfind(term) if term else -1
            if pos < 0:
                continue
            gap = before[pos + len(term):]
            if len(gap) > 12 or re.search(r"\d", gap):
                continue
            if best is None or pos > best[0]:
                best = (pos, c)
    return best[1] if best else None


def check_numbers(text: str, outputs: list[ToolOutput], chunks: list[Chunk], citations: list[Citation],
                  profile: Any, calcs: list[dict], *, llm: bool = False,
                  prompts: Prompts | None = None) -> tuple[str, list[CheckResult], list[str]]:
    """Check every number of ``text``; returns the text with corrections and marks, checks, flags.
    Offline (``llm`` False) the text is the tools' own rendering: a number a tool computed stands even
    when the checker links it to something else."""
    protected = _protected(text, chunks, prompts)
    known = [v for o in outputs for n in o.numbers if (v := _number(n)) is not None]
    labels = {lab for o in outputs for lab in o.clause_labels} | {c.clause for c in chunks}
    results = scoring.check(text, profile, [c.key for c in citations])
    edits: list[tuple[int, int, str]] = []
    kept: list[CheckResult] = []
    flags: list[str] = []
    for r in results:
        c = r.claim
        if any(a <= c.start and c.end <= b for a, b in protected):
            continue
        if r.status == "unverifiable" and not c.unit and c.text.strip() in labels:
            continue
        calc = _calc_for(text, c.start, calcs) if r.status != "verified" else None
        if calc is not None and (not c.unit or c.unit.replace(" ", "") in calc["unit"].replace(" ", "")):
            if _close(c.value, calc["value"], c.decimals):
                kept.append(r.model_copy(update={"status": "verified", "expected": calc["value"],
                                                 "reference": calc.get("formula", "")}))
                continue
            right = f"{_fmt(calc['value'])}{' ' if calc['unit'] != '%' else ''}{calc['unit']}"
            edits.append((c.start, c.end, f"{right}【已更正，原为 {c.text}】"))
            flags.append(f"数值 {c.text} 与计算结果不符，已更正为 {right}")
            kept.append(r.model_copy(update={"status": "mismatch", "expected": calc["value"],
                                             "reference": calc.get("formula", "")}))
            continue
        is_known = any(_close(c.value, k, c.decimals) for k in known)
        if r.status == "mismatch" and not llm and is_known:
            kept.append(r.model_copy(update={"status": "verified", "explanation": "来自本轮工具结果"}))
            continue
        if r.status == "mismatch":
            exp = f"{_fmt(r.expected)} {r.expected_unit}".strip() if r.expected is not None else "见说明"
            edits.append((c.end, c.end, f"⚠（核对不符：应为 {exp}，{r.reference or r.explanation[:40]}）"))
            flags.append(f"数值 {c.text} 核对不符（应为 {exp}）")
            kept.append(r)
            continue
        if r.status == "unverifiable" and is_known:
            kept.append(r.model_copy(update={"status": "verified", "explanation": "与本轮工具结果一致"}))
            continue
        if r.status == "unverifiable":
            edits.append((c.end, c.end, UNVERIFIED))
            flags.append(f"数值 {c.text} 无法核对")
        kept.append(r)
    for start, end, new in sorted(edits, key=lambda e: -e[0]):
        text = text[:start] + new + text[end:]
    return text, kept, flags


def _fmt(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v) >= 0.01 else f"{v:.6g}"
