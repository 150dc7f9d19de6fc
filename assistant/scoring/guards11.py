"""Weak links found in round eleven (called by guards.weak_link only for a mismatch): the number is
not a statement of the value it was linked to, so it is left unverifiable rather than called wrong.

- a score after a compliance level (`碳足迹“部分符合”4分`, no profile to score it) linked to the points;
- an amount per item (`绿证 20 000 张（每张 1 000 kWh）`) linked to a total quantity.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from .lexicon import Subject

_LEVEL = re.compile(r"(?:部分|基本|不)(?:符合|满足)[”\"」]?\s*[，,]?\s*(?:计|得|记|可得)?\s*$")
_PER_ITEM = re.compile(r"每(?:一)?(?:张|个|台|块|套|件|份|人|户|证)\s*(?:为|是|折|折合|按|约|计|相当于)?\s*$")


def level_lead(head: str, unit: str) -> bool:
    """'按部分符合计6分', '碳足迹“部分符合”4分': a compliance level leads a score."""
    return unit == "分" and bool(_LEVEL.search(head))


def weak(text: str, s0: int, claim: Claim, subj: Subject) -> str:
    """Why the link of `claim` to `subj` is too weak to judge ('' when it is not)."""
    clause = re.split(r"[，,；;。（(]", text[s0:claim.start])[-1]
    if subj.role == "points" and _LEVEL.search(text[s0:claim.start]):
        return "达标程度（部分符合…）后的分数是得分，不是该项分值"
    if _PER_ITEM.search(clause) and "/" not in subj.unit and not subj.name.startswith("1"):
        return "每一单位（每张、每台…）的量，不是总量"
    return ""
