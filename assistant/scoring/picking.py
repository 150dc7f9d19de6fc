"""Choosing a subject for a number once its name is found: the role the words before the number give
(引领值 / 权重 / 得分 …, else the unit's), and the first subject of that role whose unit fits."""

from __future__ import annotations

import re

from assistant.types import Claim

from . import vocab
from .compare import compatible_claim
from .lexicon import Subject
from .units import parse_unit, slip_like

ROLE_WORDS = vocab.role_words()

def unit_roles(unit: str) -> list[str]:
    if unit == "分":
        return ["points", "score"]
    if unit == "%":
        return ["value", "weight"]
    return ["value"]


def role_of(between: str, unit: str) -> list[str]:
    found = [(between.rfind(w), len(w), role) for role, words in ROLE_WORDS for w in words if w in between]
    if found:
        role = max(found)[2]
        if role == "score" and unit not in ("分", "", "%"):
            return ["value"]
        if role == "points" and unit not in ("分", "", "%"):
            return ["value"]
        if role == "weight" and unit in ("%", ""):
            return ["weight", "points"]  # 5.1: an indicator's points are its share of 100 ('权重为8%')
        return [role]
    return unit_roles(unit)


def _physical(unit: str) -> bool:
    dims = parse_unit(unit).dims
    return bool(dims) and not all(d in ("分", "项", "年", "层", "类", "个", "种") for d, _ in dims)


def _near(s: Subject, lead: str) -> int:
    """How close before the number a constant's context word is ('1 kgce的热量为29307 kJ，1 kWh电…':
    kgce, not kWh, is the context of the 29307)."""
    return max((lead.rfind(w) for w in s.context_any), default=-1) if lead and s.constant else -1


def pick(subjects: list[Subject], claim: Claim, roles: list[str], sentence: str,
         year: int | None = None, factory: bool = False, lead: str = "") -> tuple[Subject | None, bool]:
    """(subject, is_unit_slip). Constants whose context the sentence meets come first, the one whose
    context word is nearest before the number first among them; in a sentence on the factory itself,
    profile values come first."""
    clause = re.split(r"[，,；;。]", lead)[-1] if lead else sentence
    cands = [s for s in subjects if s.role in roles and s.context_ok(sentence) and (s.year is None or s.year == year)
             and not (s.constant and s.comparator != "=" and claim.comparator == "=")
             and not any(w in clause for w in s.context_none)]
    cands.sort(key=lambda s: (roles.index(s.role), 0 if s.constant and (s.context_any or s.context_all) else 1 if not s.constant else 2,
                              -_near(s, lead)))
    if cands and roles == ["points", "score"]:
        cands.sort(key=lambda s: (0 if s.constant else 1, roles.index(s.role)))
    if factory:
        cands.sort(key=lambda s: 1 if s.constant else 0)
    for s in cands:
        if compatible_claim(claim, s):
            return s, False
    for s in cands:
        if _physical(claim.unit) and s.physical and not s.no_slip and slip_like(claim.unit, s.unit):
            return s, True
    return None, False



def imply_denominator(claim: Claim, subs: list[Subject]) -> Claim:
    """'吨铜取水量12立方米': the per-unit word before the name implies the denominator (m3/t)."""
    if not claim.unit or "/" in claim.unit or not subs:
        return claim
    per = [s for s in subs if "/" in s.unit]
    if not per:
        return claim
    num, den = per[0].unit.split("/", 1)
    if compatible_claim(claim.model_copy(update={"unit": claim.unit}), Subject("", "", "value", 0, num, "", water=per[0].water)):
        return claim.model_copy(update={"unit": f"{claim.unit}/{den}"})
    return claim

