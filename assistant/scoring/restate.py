"""Restatements: '工业总产值15亿元（150 000万元）', '服务器产值20亿元（即20 000万元）'. A number that
says the one before it again in another unit is the same quantity, not a second part or a
denominator of a calculation in its sentence."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.types import Claim

from .quantity_math import alike, quantity

_OPEN = re.compile(r"^\s*[（(]\s*(?:即|合|约|也就是|相当于)?\s*(?:约)?\s*$|^\s*[，,]\s*(?:即|也就是|也即|相当于)\s*(?:约)?\s*$")


def restatements(text: str, sub: list[Claim]) -> set[int]:
    """ids of the claims in `sub` that restate the claim right before them: with the same value, or
    after 即/合/相当于 with any value."""
    out: set[int] = set()
    for a, b in pairwise(sub):
        if not _OPEN.match(text[a.end:b.start]):
            continue
        qa, qb = quantity(a), quantity(b)
        if qa is None or qb is None or not qa.dims or not alike(qa.dims, qb.dims):
            continue
        mid_a, mid_b = (qa.lo + qa.hi) / 2, (qb.lo + qb.hi) / 2
        # '即' says it is the same quantity even when the restatement itself is wrong (checked on its own)
        if re.search(r"即|合|相当于|也就是", text[a.end:b.start]) or (mid_a and abs(mid_a - mid_b) <= 0.005 * abs(mid_a)):
            out.add(id(b))
    return out
