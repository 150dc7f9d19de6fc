"""A total under a column of amounts, one per line (round sixteen): the lines above a 合计/综合能耗 line that
each end in an amount of the total's kind are its parts.

    电力 2 000 万kWh × 0.1229 = 2 458 tce
    天然气 100 万m³ × 1.2143 = 1 214.3 tce
    综合能耗 E ≈ 3 672.3 tce

Only extensive amounts are summed (no rates, intensities, shares or points: a column of those has no sum),
and only a total the passes before left open is judged.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .quantity_math import alike, judge, quantity, total
from .sentence_math import result, within
from .sentences import spans as sentence_spans

_TOTAL = re.compile(r"合计|总计|小计|共计|总量|总和|综合能耗|排放总量|总排放")
_TAIL = re.compile(r"^[\s。；;，,）)]*$")


def _last(out: list[CheckResult], start: int, end: int, text: str) -> int | None:
    """The result whose number ends the line text[start:end] (only punctuation after it)."""
    inside = within(out, start, end)
    if not inside:
        return None
    n = max(inside, key=lambda k: out[k].claim.end)
    return n if _TAIL.match(text[out[n].claim.end:end]) else None


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each open column total judged against the sum of the amounts above it."""
    out = list(results)
    spans = sentence_spans(text, "\n")
    for li, (a, b) in enumerate(spans):
        i = _last(out, a, b, text)
        if i is None or out[i].status != "unverifiable" or not _TOTAL.search(text[a:out[i].claim.start]):
            continue
        c = out[i].claim
        want = quantity(c)
        if want is None or not want.dims or "/" in c.unit or c.unit in ("%", "分"):
            continue
        parts = []
        for pa, pb in reversed(spans[:li]):
            n = _last(out, pa, pb, text)
            q = quantity(out[n].claim) if n is not None else None
            if q is None or not alike(q.dims, want.dims) or _TOTAL.search(text[pa:out[n].claim.start]):  # type: ignore[index]
                break
            parts.append(out[n].claim)  # type: ignore[index]
        if len(parts) < 2:
            continue
        got = total([q for p in reversed(parts) if (q := quantity(p)) is not None])
        v = judge(c, got) if got is not None else None
        if v is not None:
            how = "计算：" + " + ".join(p.text.strip() for p in reversed(parts)) + "（上方各行之和）"
            out[i] = result(c, v[0], round(v[1], c.decimals + 2), c.unit, how)
    return out
