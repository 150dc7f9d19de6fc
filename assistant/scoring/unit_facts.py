"""Unit equivalences stated as facts (`1 kWh = 3 600 kJ`, `1 tce = 1 000 kgce`, `1 kgce 相当于 29 307 kJ`):
the right side is checked against the definitions (GB/T 2589-2020 for the heat of 1 kgce; SI for the
rest). Only a number the linking left unverifiable is judged."""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .units import fmt

# (left unit, right unit) -> value of 1 left unit in right units, and where it comes from
_FACTS = {
    ("kWh", "kJ"): (3600.0, "1 kWh = 3 600 kJ（定义）"), ("kWh", "MJ"): (3.6, "1 kWh = 3.6 MJ（定义）"),
    ("kgce", "kJ"): (29307.0, "GB/T 2589-2020：1 kgce 低位发热量 29 307 kJ"),
    ("kgce", "MJ"): (29.307, "GB/T 2589-2020：1 kgce 低位发热量 29.307 MJ"),
    ("tce", "GJ"): (29.307, "GB/T 2589-2020：1 tce = 29.307 GJ"), ("tce", "kgce"): (1000.0, "1 tce = 1 000 kgce"),
    ("MWh", "kWh"): (1000.0, "1 MWh = 1 000 kWh"), ("GJ", "MJ"): (1000.0, "1 GJ = 1 000 MJ"),
    ("MJ", "kJ"): (1000.0, "1 MJ = 1 000 kJ"), ("t", "kg"): (1000.0, "1 t = 1 000 kg"),
}
# 7 000 kcal x 4.1868 kJ/kcal = 29 307.6 kJ: the exact value many texts write, which GB/T 2589 gives as
# 29 307 kJ; it is right, not a slip of the last digit
_EXACT = {("kgce", "kJ"): 29307.6, ("kgce", "MJ"): 29.3076, ("tce", "GJ"): 29.3076}
_EQ = re.compile(r"(?<![\d.])1\s*(kWh|kgce|tce|MWh|GJ|MJ|t)(?![A-Za-z])\s*(?:的热量)?\s*(?:=|＝|等于|相当于|折合|约等于|≈)\s*(?:约)?\s*$")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for i, r in enumerate(out):
        c = r.claim
        if r.status != "unverifiable" or c.comparator != "=":
            continue
        m = _EQ.search(text[max(0, c.start - 24):c.start])
        fact = _FACTS.get((m.group(1), c.unit.strip())) if m else None
        if fact is None:
            continue
        want, src = fact
        tol = max(0.5 * 10 ** -c.decimals, 1e-9)
        exact = _EXACT.get((m.group(1), c.unit.strip()))  # type: ignore[union-attr]
        ok = abs(c.value - want) <= tol + (abs(want) * 0.001 if c.approx else 0) or (
            exact is not None and abs(c.value - exact) <= tol)
        out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=want, expected_unit=c.unit,
                             reference=src, explanation=(f"与单位换算一致：{src}。" if ok else
                                                         f"单位换算应为 {fmt(want)} {c.unit}，文中为 {c.text}。依据：{src}"))
    return out
