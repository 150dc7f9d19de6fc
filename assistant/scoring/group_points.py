"""Bare points under a group that states its own ('绿色回收（20）：产品回收率 5、包装回收率 5、…'), as 分.

A scorecard copied from a PDF keeps the numbers and drops the unit: the group's `（20）` and its items'
bare numbers are points when the items add up to about the group's (half to one and a half times:
a wrong item still reads as a part; a weight `（30%）` is as many points on 5.1's basis). Each bare number then gets ` 分` after it, so the items are read
as the points they are (layout.py maps the added characters to nothing of the pasted text).
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str]

_GROUP = re.compile(r"(?m)^([^\n（(]{2,20})[（(]\s*(\d{1,3})\s*(%|％)?\s*[）)]\s*[：:]([^\n]+)$")
_ITEM = re.compile(r"([^、，,；;\d\s][^、，,；;\d]{1,30}?)\s*(\d{1,2}(?:\.\d)?)(?=\s*(?:[、，,；;。]|$))")


def edits(text: str) -> list[Edit]:
    """' 分' after the group's number and each item's, for every such line of `text`."""
    out: list[Edit] = []
    for m in _GROUP.finditer(text):
        body, start = m.group(4), m.start(4)
        items = list(_ITEM.finditer(body))
        rest = _ITEM.sub("", body)
        if len(items) < 2 or re.search(r"\d", rest) or re.search(r"[分%％]", body):
            continue  # numbers with a unit, or numbers that are not items
        total = float(m.group(2))
        if not 0.5 * total <= sum(float(i.group(2)) for i in items) <= 1.5 * total:
            continue
        if not m.group(3):
            out.append((m.end(2), m.end(2), " 分"))  # '（30%）' keeps its percent: a weight on 5.1's basis
        out += [(start + i.end(2), start + i.end(2), " 分") for i in items]
    return out
