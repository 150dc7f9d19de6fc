"""A count of a selection is not the count of the whole: '基本要求里比较硬的两条是：…', '最关键的三项', '主要的两类'.

A count right after an evaluative or selective word with 的 (比较硬的, 最重要的, 主要的, 关键的) counts the items
the writer picked, so a mismatch against the whole's count (586号's 7 basic requirements) is no error of
the text. Blind14's tune half: `比较硬的两条` read as 绿色供应链管理评价基本要求 7 项 (in a text on parks).
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .compare import COUNTERS

_PICKED = re.compile(r"(?:比较|最为?|较为?|特别|尤其|主要|重要|关键|核心|突出|典型|常见|常用)[\u4e00-\u9fff]{0,4}的\s*$")
_WHY = "所选的几项（“最…的”“比较…的”），不是总数，不核对"


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """Mismatched counts of a selection left unjudged."""
    out = []
    for r in results:
        c = r.claim
        if r.status == "mismatch" and (c.unit in COUNTERS or c.unit in ("名", "家")) \
                and _PICKED.search(text[max(0, c.start - 12):c.start]):
            r = CheckResult(claim=c, status="unverifiable", explanation=_WHY)
        out.append(r)
    return out
