"""A running total said with 加 (round thirteen a): '× 0.5306 = 28 652.4 t；加天然气 1 081 t、柴油 62 t，
C = 29 795.4 tCO2' and '绿证计 500 万 kWh，加光伏共 800 万 kWh' (光伏's amount stated earlier in the text).

The amount right before 加 is the running value; the addends are the amounts after it (joined by 、/和/及),
or, with no amount, the last amount written right after the same name earlier in the text; the total is
the amount after 共/合计/= that closes the clause. Units must convert into the total's. Only a total the
checker left open is judged.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import tolerance
from .errors import ScoringError
from .sentence_math import result
from .units import compatible, convert, fmt

_PLUS = re.compile(r"^\s*[；;，,]?\s*(?:再|然后)?\s*加上?\s*([\u4e00-\u9fffA-Za-z]{0,8}?)\s*$")
_AND = re.compile(r"^\s*[、和及]\s*[\u4e00-\u9fffA-Za-z]{0,8}\s*$")
_TOTAL = re.compile(r"^\s*[，,]?\s*(?:(?:总量|合计|总计|共计|一共|总共|共|得|为|是)\s*(?:为|是)?|[A-Za-z]\w{0,3}\s*[=＝]|[=＝])\s*$")
_NAMED = re.compile(r"^\s*[；;，,]?\s*(?:再|然后)?\s*加上?\s*([\u4e00-\u9fff]{2,6}?)\s*(?:共计?|合计|总计|一共|总共)\s*$")


def _into(c: Claim, unit: str) -> float | None:
    if c.unit == unit:
        return c.value
    if not c.unit or not compatible(c.unit, unit, co2=True):
        return None
    try:
        return convert(c.value, c.unit, unit, co2=True)
    except ScoringError:
        return None


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each open total of a running sum said with 加 checked."""
    out = sorted(results, key=lambda r: r.claim.start)
    cl = [r.claim for r in out]
    for i in range(len(cl) - 1):
        base, terms, j = cl[i], [], i + 1
        if not base.unit:
            continue
        named = _NAMED.match(text[base.end:cl[j].start])
        if named:  # '…，加光伏共 800 万 kWh': the addend by its name, its amount stated before
            name = named.group(1)
            prior = [c for c in cl[:i] if c.unit and name in text[max(0, c.start - 8):c.start]]
            if not prior:
                continue
            terms = [prior[-1]]
        elif _PLUS.match(text[base.end:cl[j].start]):
            while j < len(cl) and cl[j].unit and (j == i + 1 or _AND.match(text[cl[j - 1].end:cl[j].start])):
                terms.append(cl[j])
                j += 1
            if j >= len(cl) or not _TOTAL.match(text[terms[-1].end:cl[j].start]):
                continue
        else:
            continue
        total = out[j]
        if total.status != "unverifiable" or not total.claim.unit or re.search(r"[。\n]", text[base.end:total.claim.start]):
            continue
        parts = [_into(c, total.claim.unit) for c in (base, *terms)]
        if any(p is None for p in parts):
            continue
        exp = sum(p for p in parts if p is not None)
        how = "计算：" + " + ".join(c.text.strip() for c in (base, *terms)) + f" = {fmt(exp)} {total.claim.unit}"
        ok = abs(exp - total.claim.value) <= tolerance(total.claim, exp)
        out[j] = result(total.claim, ok, exp, total.claim.unit, how)
    return out
