"""Every number of a draft goes through a ledger: written from a computed or given value, re-checked
by assistant.scoring.check, and listed in the verification appendix.

Offline, each number is registered as it is written (``Ledger.num``) with what it is and where it
comes from; the checker then re-checks the statement ``{label}为 {text}`` against the profile and the
scheme, independently of the drafting code. ``uncovered`` finds numbers in the text that no ledger
entry accounts for (they are listed as unchecked). Not claims, and so skipped: citation markers,
document numbers, clause numbers, dates and years, the 序号 column, formulas after ``计算式：`` (their
result is the registered value) and text copied verbatim from the profile or the scheme.
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path

from assistant.report.types import NumberCheck
from assistant.scoring import FactoryProfile, check, extract_claims
from assistant.scoring.units import normalize_width

_PROTECT = re.compile(
    r"\[[^\[\]§]+? §[^\[\]]+?\]"                                   # citation markers
    r"|(?<![A-Za-z])(?:GB|HJ|YB|JB|QB|SJ|DL|NB|ISO|IEC)(?:\s*/\s*[TZ])?\s*\d+(?:\.\d+)*(?:\s*[-—]\s*\d{2,4})?"
    r"|[\u4e00-\u9fff]+〔\d{4}〕\d+号"
    r"|计算式：[^。\n|]*"                                             # formulas: the result is registered
    r"|(?<![\d.])(?:表?[A-C]\.\d+(?:-\d+)?|\d+\.\d+(?:\.\d+)+[a-z]?|\d+\.\d+[a-z]|[1-9]\.\d(?=[^\d%]|$))"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{4}\s*年度?|近三年|第\s*\d+\s*[条页]|附录[A-C]|【待补充：[^】]*】"
    r"|^\s*(?:#{1,6}\s*)?\d{1,2}[.、](?!\d)", re.M)                # list and heading enumerators
_SEQ_CELL = re.compile(r"^\|\s*\d+(?:\.\d+)*\s*\|", re.M)


def show(value: float) -> str:
    """A value as a report writes it: two decimals (thousands separated), four significant digits
    below 1; trailing zeros dropped."""
    a = abs(value)
    if a == 0 or not math.isfinite(value):
        return "0" if a == 0 else str(value)
    if a >= 1:
        s = f"{value:,.2f}"
    else:
        digits = 4 - math.floor(math.log10(a)) - 1
        s = f"{value:.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def with_unit(value: float, unit: str) -> str:
    text = show(value)
    return f"{text}%" if unit == "%" else f"{text} {unit}".strip()


class Ledger:
    """The numbers (and verbatim texts) of one section, in the order they are written."""

    def __init__(self, section: str) -> None:
        self.section = section
        self.items: list[NumberCheck] = []
        self.statements: list[str] = []
        self.verbatim: list[str] = []

    def num(self, value: float | None, text: str, label: str, source: str, reference: str = "",
            statement: str | None = None) -> str:
        """Register ``text`` (the number as written) and return it."""
        self.items.append(NumberCheck(text=text, value=value, label=label, source=source, reference=reference,
                                      section=self.section))
        self.statements.append(statement or f"{label}为 {text}")
        return text

    def keep(self, text: str) -> str:
        """Text copied verbatim from the profile or the scheme: its digits are not claims."""
        if text and any(ch.isdigit() for ch in text):
            self.verbatim.append(text)
        return text


# The checker's verdict on one statement about one profile (content hash) and scheme; statements
# repeat across sections and reports.
_cache: dict[tuple[str, str, str], tuple[str, str]] = {}


def verify(ledger: Ledger, profile: FactoryProfile, scheme: str | Path | None) -> list[NumberCheck]:
    """Each registered number re-checked by the checker on its own statement."""
    out = []
    who = hashlib.sha256(profile.model_dump_json().encode()).hexdigest()
    for item, statement in zip(ledger.items, ledger.statements, strict=True):
        key = (who, str(scheme), statement)
        if key not in _cache:
            _cache[key] = _check_one(statement, item.text, profile, scheme)
        status, detail = _cache[key]
        out.append(item.model_copy(update={"status": status, "detail": detail}))
    return out


def _check_one(statement: str, text: str, profile: FactoryProfile, scheme: str | Path | None) -> tuple[str, str]:
    at = statement.rfind(text)
    results = check(statement, profile, scheme=scheme)
    mine = [r for r in results if r.claim.end > at] or results
    if not mine:
        return "unchecked", "核对器未识别该数值"
    r = mine[0]
    status = {"verified": "verified", "mismatch": "mismatch"}.get(r.status, "unchecked")
    return status, r.explanation


def protected_spans(text: str, verbatim: list[str]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PROTECT.finditer(text)] + [(m.start(), m.end()) for m in _SEQ_CELL.finditer(text)]
    for v in verbatim:
        start = text.find(v)
        while start >= 0:
            spans.append((start, start + len(v)))
            start = text.find(v, start + 1)
    return spans


def uncovered(text: str, ledger: Ledger) -> list[NumberCheck]:
    """Numbers the checker finds in ``text`` that are neither protected nor registered."""
    norm = normalize_width(text)
    spans = protected_spans(norm, [normalize_width(v) for v in ledger.verbatim])
    out = []
    for c in extract_claims(norm):
        if any(a <= c.start and c.end <= b for a, b in spans):
            continue
        if any(_matches(c.value, c.decimals, c.text, i) for i in ledger.items):
            continue
        out.append(NumberCheck(text=c.text, value=c.value, label="", source="未登记", status="unchecked",
                               detail="文中数值未登记来源，未核对", section=ledger.section))
    return out


def _matches(value: float, decimals: int, text: str, item: NumberCheck) -> bool:
    if re.sub(r"\s+", "", text) == re.sub(r"\s+", "", item.text):
        return True
    if item.value is None:
        return False
    tol = 0.5 * 10 ** -decimals + 1e-9
    return abs(value - item.value) <= tol or abs(value - item.value) <= abs(item.value) * 1e-6
