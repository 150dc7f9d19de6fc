"""B.27 容积率 from the areas a sentence gives (worked.py's ratio rule): floor area ÷ land area."""

from __future__ import annotations

import re

from assistant.types import Claim

from .quantity_math import Q, judge, op, stated_before, total

_PLOT = re.compile(r"容积率[^，,。；\d]{0,4}$")
_SYMBOL = re.compile(r"(?<![A-Za-z])(?:R|FAR)\s*[=＝]\s*(?:约)?\s*$")  # '…容积率计算：…，R = 0.75'
_HIGH = re.compile(r"^[^，,；;。]*?层高\s*(\d+(?:\.\d+)?)\s*(?:m|米)")
LAND = re.compile(r"(用地|厂区面积|土地面积)[^，,。；\d占]{0,6}$")  # not 占地: a building's footprint


def plot_ratio(text: str, sub: list[Claim], k: int, s0: int, bad: set[int]) -> tuple[Q, str, bool] | None:
    """B.27: 容积率 = floor area ÷ land area, the land the amount named 用地/占地 and the floor area the
    last other area before the ratio (after any doubling the text has done)."""
    c = sub[k]
    lead = text[max(s0, sub[k - 1].end):c.start]
    if c.unit or not (_PLOT.search(lead) or ("容积率" in text[s0:c.start] and _SYMBOL.search(lead))):
        return None
    area = [(p, q) for p, q in stated_before(sub, k) if q.dims == (("area", 1),)]
    land = [(p, q) for p, q in area if LAND.search(text[max(s0, p.start - 10):p.start])]
    floor = [(p, q) for p, q in area if (p, q) not in land]
    if len(land) != 1 or not floor:
        return None
    # one building per clause ('单层厂房10 000 m²、层高12 m，计容按20 000 m²；办公楼3层，计6 000 m²'):
    # each clause's last area is what it counts, and the floor area is their sum
    last: dict[int, tuple[Claim, Q]] = {}
    for p, q in floor:
        if not re.search(r"每层|单层面积", text[max(s0, p.start - 4):p.start]):
            last[text.count("；", s0, p.start) + text.count(";", s0, p.start)] = (p, q)
    tries = [[floor[-1]]]
    if len(last) >= 2:
        tries.insert(0, list(last.values()))
    # B.27: a single-storey building over 8 m high counts twice ('单层厂房占地 2 万 m²、层高 10 m'), when the
    # text gives the height but has not doubled the area itself
    high = [(p, q) for p, q in floor if "单层" in text[max(s0, p.start - 10):p.start]
            and (h := _HIGH.match(text[p.end:])) and float(h.group(1)) > 8]
    if high and len(floor) <= 3:
        doubled = [(p, Q(q.lo * 2, q.hi * 2, q.dims) if (p, q) in high else q) for p, q in floor]
        tries.insert(0, doubled)
    elif len(floor) >= 2:
        tries.append(floor)  # several buildings in one clause: their sum may be the reading that agrees
    found = []
    for parts in tries:  # the first reading that agrees, else the first reading
        whole = total([q for _, q in parts])
        if whole is not None and (got := op(whole, land[0][1], "/")) is not None:
            how = " + ".join(p.text + (" × 2" if any(p is h for h, _ in high) and parts is tries[0] else "") for p, _ in parts)
            found.append((got, f"GB/T 36132-2025 B.27：{'(' + how + ')' if len(parts) > 1 else how} ÷ {land[0][0].text}", True))
            if (j := judge(c, got)) is not None and j[0]:
                return found[-1]
    return found[0] if found else None
