"""The items of a list closed by its total are parts, not the total (round sixteen): in
'可再生电力：屋顶光伏 600 万kWh、绿电交易 900 万kWh，合计 1500 万kWh' the name before the colon is the total's,
and 600 is a part of it. A part a subject link (计算/来源) judged against the total's subject (its expected value is
the total written after the list, and the items do add up to it) is left open instead.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .quantity_math import judge, quantity, total

_TOTAL = re.compile(r"^\s*[，,]?\s*(?:合计|共计|总计|一共|总共|共)\s*(?:为|是|约)?\s*$")
_ITEM = re.compile(r"^\s*[、和及与]\s*[\u4e00-\u9fffA-Za-z]{0,10}\s*$")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a list item no longer judged as the total the list adds up to."""
    out = list(results)
    order = sorted(range(len(out)), key=lambda i: out[i].claim.start)
    for n in range(len(order)):
        end = n
        while end + 1 < len(order) and _ITEM.match(text[out[order[end]].claim.end:out[order[end + 1]].claim.start]):
            end += 1
        if end == n or end + 1 >= len(order):
            continue
        t = order[end + 1]
        if not _TOTAL.match(text[out[order[end]].claim.end:out[t].claim.start]):
            continue
        items = [out[k] for k in order[n:end + 1]]
        got = total([q for r in items if (q := quantity(r.claim)) is not None])
        if got is None or len(items) < 2 or (v := judge(out[t].claim, got)) is None or not v[0]:
            continue
        for k in order[n:end + 1]:
            r = out[k]
            if r.status == "mismatch" and "计算/来源" in r.explanation and r.expected is not None \
                    and abs(r.expected - out[t].claim.value) <= 1e-9 * max(1.0, abs(r.expected)):
                out[k] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation=f"列举中的一项（各项之和等于文中合计 {out[t].claim.text.strip()}），不与合计比较")
    return out
