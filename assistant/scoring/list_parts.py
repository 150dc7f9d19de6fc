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


def _part_after_whole(text: str, out: list[CheckResult], k: int) -> bool:
    """'累计投入约 4.8 亿元，其中余热发电单项 1.35 亿元': a number after 其中 that a subject link judged against the
    whole stated before it in the sentence (the link's expected value is that number) is a part of it."""
    r = out[k]
    if r.status != "mismatch" or "计算/来源" not in r.explanation or r.expected is None:
        return False
    s0 = max(text.rfind(b, 0, r.claim.start) for b in "。；;\n") + 1
    for p in out:
        c = p.claim
        # a whole holds its part: '四项各 5 分，其中产品回收率 10 分' is no part of 5 分 (and 各 5 分 is no whole)
        if s0 <= c.start and c.end <= r.claim.start and "其中" in text[c.end:r.claim.start] \
                and abs(c.value - r.expected) <= 1e-9 * max(1.0, abs(c.value)) and c.unit == r.claim.unit \
                and r.claim.value < c.value:
            return True
    return False


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a list item no longer judged as the total the list adds up to, nor a part after 其中
    as the whole before it."""
    out = list(results)
    for k in range(len(out)):
        if _part_after_whole(text, out, k):
            out[k] = CheckResult(claim=out[k].claim, status="unverifiable",
                                 explanation="“其中”之后的一部分，不与前文的整体比较")
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
