"""The verdict on one claim against one subject: unit slip, direction, range, value."""

from __future__ import annotations

from assistant.types import CheckResult, Claim

from .compare import (
    EXACT_UNITS,
    agrees,
    diagnose,
    expected_in_claim_unit,
    magnitude_slip,
    tolerance,
)
from .lexicon import Subject
from .subjects import fmt_value
from .units import convert, fmt


def against(claim: Claim, subj: Subject, slip: bool, others: dict[str, Subject]) -> CheckResult:
    claim = claim.model_copy(update={"subject": subj.id})
    conf = subj.confidence if subj.confidence != "H" else None
    base = dict(claim=claim, reference=subj.reference, confidence=conf)
    if slip:
        return CheckResult(**base, status="mismatch", expected=subj.value, expected_unit=subj.unit,
                           explanation=f"单位不符：{subj.name}应为 {fmt_value(subj)}（{subj.how}），文中单位为 {claim.unit}")
    if subj.constant and _opposite(claim.comparator, subj.comparator):
        word = "超过" if subj.comparator.startswith(">") else "低于"
        return CheckResult(**base, status="mismatch", expected=subj.value, expected_unit=subj.unit,
                           explanation=f"方向不符：{subj.name}，条文为“{word} {fmt_value(subj)}”，文中为“{claim.text}”")
    if subj.constant and subj.value_range and claim.comparator == "range":
        lo, hi = _range(claim, subj)
        ok = abs(lo - claim.value) <= tolerance(claim, lo) and abs(hi - (claim.value_high or 0)) <= tolerance(claim, hi)
        return CheckResult(**base, status="verified" if ok else "mismatch", expected=lo, expected_unit=claim.unit,
                           explanation=f"{subj.name}区间为 {fmt(lo)}～{fmt(hi)} {claim.unit}（{subj.how}）")
    cands = expected_in_claim_unit(claim, subj)
    unit_shown = claim.unit or subj.unit
    for v, note in cands:
        exact = subj.constant and subj.unit in EXACT_UNITS and claim.unit in EXACT_UNITS  # 2.5 分 is not '2分'
        # '不低于8项' next to a constant restates it; '不到一成' (< 10 %) next to 8 % only bounds it
        restates = subj.constant and not (subj.comparator == "=" and claim.comparator in ("<", ">"))
        if agrees(claim, v, restates, exact) and not magnitude_slip(claim, v):
            extra = f"（{note}）" if note else ""
            shown = "" if note == "按小数形式理解" else unit_shown
            msg = f"与{subj.name}一致{extra}：{fmt(v)} {shown}".rstrip()
            if claim.comparator != "=" and not subj.constant:
                msg = f"文中称“{claim.text}”，{subj.name}为 {fmt(v)} {shown}，成立".replace(" ，", "，")
            return CheckResult(**base, status="verified", expected=v, expected_unit=shown,
                               explanation=f"{msg}。{subj.how}")
    if subj.constant and subj.value_range:
        lo, hi = _range(claim, subj)
        if lo - tolerance(claim, lo) <= claim.value <= hi + tolerance(claim, hi):
            return CheckResult(**base, status="verified", expected=claim.value, expected_unit=unit_shown,
                               explanation=f"在{subj.name}区间 {fmt(lo)}～{fmt(hi)} {unit_shown} 内（{subj.how}）")
    v = cands[0][0]
    return CheckResult(**base, status="mismatch", expected=v, expected_unit=unit_shown,
                       explanation=diagnose(claim, subj, v, unit_shown, others))


def _range(claim: Claim, subj: Subject) -> tuple[float, float]:
    lo, hi = subj.value_range or (subj.value, subj.value)
    if claim.unit:
        return convert(lo, subj.unit, claim.unit), convert(hi, subj.unit, claim.unit)
    return lo, hi


def _opposite(a: str, b: str) -> bool:
    return (a[:1] == "<" and b[:1] == ">") or (a[:1] == ">" and b[:1] == "<")
