"""A count said with its own measure word is a count of that (round sixteen): '两个小时' is a duration, '20 道题'
a number of questions, '3 页' a number of pages. A verdict against a constant counted in another unit (附录B's
27 条, 586号's 六个方面) is no verdict on them, so such a mismatch is left open.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

# the measure words of things no constant counts (the checker's data counts 条, 项, 个, 类, 种, 章, 分, 名, 年…)
_OTHER = re.compile(r"^\s*(?:小时|个小时|钟头|分钟|个月|个工作日|工作日|天|周|星期|道|题|页|张|篇|讲|节课|课时|场|轮|批|期|人次)")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a mismatch of a number counted in another measure word left open."""
    out = list(results)
    for i, r in enumerate(out):
        c = r.claim
        if r.status != "mismatch" or c.unit.strip() not in ("", "个"):
            continue
        if _OTHER.match(text[c.end:c.end + 5]):
            out[i] = CheckResult(claim=c, status="unverifiable",
                                 explanation=f"“{text[c.start:c.end + 2].strip()}…”计的是另一种量（时长、题数、页数等），不与标准中的计数比较")
    return out
