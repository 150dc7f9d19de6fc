"""A total of items that each have the same value (round nine): '产品绿色化两项各 8 分，合计 16 分',
'三类各占 10 分，共 30 分'. The total is the count times the value of each; the number after 合计 is
checked against that product, since nothing else in the sentence names it."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import COUNTERS, agrees
from .sentence_math import result

_EACH = re.compile(r"^[^，,。；;\d]{0,6}?(?:各|均|每项|每个)(?:为|是|占|计|得)?\s*$")
_TOTAL = re.compile(r"^\s*[，,]?\s*(?:合计|共计|总计|一共|总共|共|加起来|合起来|加在一起)\s*(?:为|是|得|有)?\s*$")


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each open total after 'N 项各 M' checked as N × M."""
    out = list(results)
    for k in range(2, len(claims)):
        n, each, c = claims[k - 2], claims[k - 1], claims[k]
        if out[k].status != "unverifiable" or n.unit not in COUNTERS or each.unit != c.unit or not c.unit:
            continue
        if not (_EACH.match(text[n.end:each.start]) and _TOTAL.match(text[each.end:c.start])):
            continue
        exp = n.value * each.value
        out[k] = result(c, agrees(c, exp, False), exp, c.unit, f"{n.text}各 {each.text}：{n.value:g} × {each.value:g}")
    return out
