"""A coefficient called the default is the default (round fifteen): `天然气默认系数1.1000`, `先按默认1.3300
kgce/m³折标`, `Natural gas: default 1.2413 kgce/m³`. GB/T 2589's natural gas has a range (1.1000-1.3300)
and two sources (气田 1.2143, the default; 油田 1.3300), so any value in the range had verified; a value
the text itself calls the default (默认, 缺省, 预设, default) is read against the default only. Only a
verified coefficient of a row with a range or alternatives changes, and only in kgce per the row's unit
or written bare."""

from __future__ import annotations

import re

from assistant.types import CheckResult

from . import refdata
from .compare import agrees
from .units import fmt

_DEFAULT = re.compile(r"默认|缺省|预设|(?i:\bdefault)")
_UNITS = {"", "kgce/m³", "kgce/m3", "千克标准煤/立方米", "kgce/立方米"}


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        if r.status != "verified" or not (c.subject or "").startswith("coef:") or c.unit.replace(" ", "") not in _UNITS:
            continue
        row = refdata.coefficients()["energies"].get(c.subject.split(":", 1)[1], {})
        if not (row.get("range") or row.get("alternatives")):
            continue
        clause = re.split(r"[，,；;。：:()（）]", text[max(0, c.start - 16):c.start])[-1]
        if not _DEFAULT.search(clause) or re.search(r"非默认|不是默认|not (?:the )?default", clause):
            continue
        coef = float(row["coefficient"])
        if agrees(c, coef, True):
            continue
        out[k] = CheckResult(claim=c, status="mismatch", expected=coef, expected_unit=f"kgce/{row['unit']}",
                             reference=r.reference, confidence=r.confidence,
                             explanation=f"{row['name']}折标系数的默认值应为 {fmt(coef)} kgce/{row['unit']}，文中称默认值为 {c.text}"
                                         f"（{row.get('note', 'GB/T 2589-2020')}）")
    return out
