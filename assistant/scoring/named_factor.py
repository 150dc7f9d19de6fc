"""A quantity converted by a factor named, not written (round ten): '外购电 2 560 万 kWh，按当量值折标
3 146.24 tce', '外购电 10 万 MWh，按 2022 年全国平均因子算，间接排放约 5.366 万吨 CO2'.

The factor's value is the one the checker links its name to (a probe statement), with its unit; the
result is the quantity times that factor, units carried through (quantity_math.py). Only an open
number right after the named factor is judged, and only when the units agree.
"""

from __future__ import annotations

import itertools
import re

from assistant.types import CheckResult, Claim

from .quantity_math import judge, op, quantity
from .sentence_math import CheckAlone, result
from .sentences import BOUNDARY
from .units import fmt

_BY = re.compile(r"^\s*[，,]?\s*(?:若|如果?)?\s*(?:按|按照|取|采用|以)\s*"
                 r"([^，,。；;\d]{1,16}?|[^，,。；;\d]{0,6}(?:19|20)\d{2}\s*年度?[^，,。；;\d]{1,10}?)\s*"
                 r"(?:折标准煤|折标|折算|折合|计算|计|算|折)[，,]?\s*[^\d，,。；;]{0,8}?(?:为|约为|约|是|得)?\s*$")


# '1 500 万 kWh，折 1 843.5 tce': electricity converted with no factor named is the 当量值 (GB/T 2589-2020)
_BARE_FOLD = re.compile(r"^\s*[，,]?\s*(?:折标准煤|折标煤|折标|折合|折)\s*(?:约|为|约为)?\s*$")
_EQUIV = Claim(text="当量值", start=0, end=0, value=0.1229, unit="kgce/kWh")


def _fold(text: str, q: Claim, c: Claim, s1: int) -> CheckResult | None:
    if not _BARE_FOLD.match(text[q.end:c.start]) or not q.unit.endswith("kWh") or "等价值" in text[max(0, q.start - 80):s1]:
        return None
    if re.search(r"[+＋]\s*[\u4e00-\u9fff]{0,4}\s*$", text[max(0, q.start - 12):q.start]):
        return None  # '光伏 600 万 + 绿电 900 万kWh，折…': the last term of a sum is not what is converted
    qa, qf = quantity(q), quantity(_EQUIV)
    got = op(qa, qf, "*") if qa is not None and qf is not None else None
    j = judge(c, got) if got is not None else None
    if j is None:
        return None
    ratio = c.value / j[1] * 0.1229 if j[1] else 0.0
    if not j[0] and 0.28 <= ratio <= 0.40:
        return None  # within the 等价值 range: another basis, not a wrong number
    how = f"计算：{q.text} × 0.1229 kgce/kWh（电力当量值，GB/T 2589-2020）"
    return result(c, j[0], j[1], c.unit, how, "GB/T 2589-2020")


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with an amount after '按<factor name>折标/算' checked as the quantity times that factor."""
    out = list(results)
    order = sorted(range(len(out)), key=lambda i: out[i].claim.start)
    for a, b in itertools.pairwise(order):
        q, c = out[a].claim, out[b].claim
        if out[b].status != "unverifiable" or not q.unit or not c.unit or any(ch in text[q.end:c.start] for ch in BOUNDARY):
            continue
        m = _BY.match(text[q.end:c.start])
        if m is None:
            # the clause's end: '…折 6 636.6 tce；若按等价值…' speaks of 等价值 in another clause
            stop = min((k for k in (text.find(ch, c.end) for ch in "。；;") if k >= 0), default=len(text))
            if (r := _fold(text, q, c, stop)) is not None:
                out[b] = r
            continue
        name = m.group(1).strip()
        probe = [r for r in alone(f"{name}为999999。") if r.status == "mismatch" and r.expected is not None and r.expected_unit]
        if len(probe) != 1:
            continue
        factor = Claim(text=name, start=0, end=0, value=probe[0].expected, unit=probe[0].expected_unit)  # type: ignore[arg-type]
        qa, qf = quantity(q), quantity(factor)
        got = op(qa, qf, "*") if qa is not None and qf is not None else None
        j = judge(c, got) if got is not None else None
        if j is None:
            continue
        how = f"计算：{q.text} × {fmt(factor.value)} {factor.unit}（{name}，{probe[0].reference}）"
        out[b] = result(c, j[0], j[1], c.unit, how, probe[0].reference)
    return out
