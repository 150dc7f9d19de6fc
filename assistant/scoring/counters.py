"""Counts read by what they count (round sixteen). A count said with its own measure word is a count of that: '两个小时' is a duration, '20 道题'
a number of questions, '3 页' a number of pages. A verdict against a constant counted in another unit (附录B's
27 条, 586号's 六个方面) is no verdict on them, so such a mismatch is left open.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from . import refdata

# the measure words of things no constant counts (the checker's data counts 条, 项, 个, 类, 种, 章, 分, 名, 年…)
_OTHER = re.compile(r"^\s*(?:小时|个小时|钟头|分钟|个月|个工作日|工作日|天|周|星期|道|题|页|张|篇|讲|节课|课时|场|轮|批|期|人次)")


# 'A与B两项', 'A、B和C三类': a count right after the names it counts
_NAMES = re.compile(r"([\u4e00-\u9fff]{2,8}?)((?:(?:与|和|及|、)[\u4e00-\u9fff]{2,8}?)+)\s*$")


def _listed(text: str, start: int) -> list[str]:
    m = _NAMES.search(text[max(0, start - 40):start])
    return [m.group(1), *re.split(r"与|和|及|、", m.group(2))[1:]] if m else []


def _counts_a_listed_name(r: CheckResult, names: list[str]) -> bool:
    """Whether the constant the count was linked to counts the parts of one of the listed names (so the
    list is of that name's peers, and the count is the list's): '能源低碳化与资源高效化两项' is no number of
    资源高效化's indicators. A list of a heading's own parts ('绿色回收由 A、B、C 3 项组成') keeps its verdict."""
    cid = (r.claim.subject or "").removeprefix("const:")
    const = next((c for c in refdata.constants() if c["id"] == cid), None)
    return const is not None and any(t in names for t in const.get("terms", []))


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a mismatch of a number counted in another measure word left open, and a count of the
    names right before it ('能源低碳化与资源高效化两项') judged as that count, not as a constant's."""
    out = list(results)
    for i, r in enumerate(out):
        c = r.claim
        names = _listed(text, c.start) if r.status == "mismatch" and c.unit.strip() in ("项", "个", "类", "种") else []
        if names and len(names) == c.value and _counts_a_listed_name(r, names):
            out[i] = CheckResult(claim=c, status="verified", expected=c.value, expected_unit=c.unit.strip(),
                                 explanation=f"与文中列出的名称数一致：{c.value:g} {c.unit.strip()}（计数前列出的各项）")
            continue
        if r.status != "mismatch" or c.unit.strip() not in ("", "个"):
            continue
        if _OTHER.match(text[c.end:c.end + 5]):
            out[i] = CheckResult(claim=c, status="unverifiable",
                                 explanation=f"“{text[c.start:c.end + 2].strip()}…”计的是另一种量（时长、题数、页数等），不与标准中的计数比较")
    return out
