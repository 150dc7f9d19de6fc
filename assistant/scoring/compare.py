"""Rounding-aware comparison of a claim with an expected value, and the diagnosis of a mismatch."""

from __future__ import annotations

import math

from assistant.types import Claim

from .errors import InputError
from .lexicon import Subject
from .units import MULTIPLIERS, compatible, convert, fmt

# Counts written with different counters ('六类' / '五个类别' / '四项'): the same kind of number.
COUNTERS = {"项", "个", "类", "种", "条", "份", "方面", "列", "级"}


def bridged(claim_unit: str, subj_unit: str, constant: bool) -> bool:
    """Units that name the same number without conversion: counters; and, for the 100-point basis
    of GB/T 36132-2025 5.1, points and percent (8 分 is 8 % of the total; a 30 % weight is 30 分)."""
    if claim_unit in COUNTERS and subj_unit in COUNTERS:
        return True
    return constant and {claim_unit, subj_unit} == {"%", "分"}


def compatible_claim(claim: Claim, s: Subject) -> bool:
    if not claim.unit:
        return True
    if claim.unit in MULTIPLIERS and s.unit in ("%", ""):
        return False  # '53万' is an amount, never a rate
    if bridged(claim.unit, s.unit, s.constant):
        return True
    try:
        return compatible(claim.unit, s.unit, water=s.water, co2=s.co2)
    except InputError:
        return False


def tolerance(claim: Claim, value: float) -> float:
    tol = 0.5 * 10 ** (-claim.decimals)
    if claim.approx:
        if claim.decimals == 0 and claim.value:
            digits = str(int(abs(claim.value)))
            zeros = len(digits) - len(digits.rstrip("0"))
            # the half-unit bound is exclusive: "约 10%" or "前 10% 左右" does not cover 5 %
            tol = 0.499 * 10 ** zeros if zeros else 1.0
        else:
            tol = 10 ** (-claim.decimals)
    return tol + 1e-9 * max(1.0, abs(value))


EXACT_UNITS = COUNTERS | {"分", "%", "年", "层", "倍", "级", "名", ""}


def agrees(claim: Claim, v: float, constant: bool, exact: bool = False) -> bool:
    if exact and not claim.approx and claim.comparator == "=":
        return abs(v - claim.value) <= 1e-9 * max(1.0, abs(v))
    tol = tolerance(claim, v)
    trunc = math.trunc(v * 10 ** claim.decimals + 1e-9 * (1 if v >= 0 else -1)) / 10 ** claim.decimals
    eq = abs(v - claim.value) <= tol or abs(trunc - claim.value) <= 1e-9 * max(1.0, abs(v))
    op = claim.comparator
    if constant or op == "=":
        return eq
    if op == "range":
        eps = 1e-9 * max(1.0, abs(v))
        return claim.value - eps <= v <= (claim.value_high or claim.value) + eps
    return {">=": v >= claim.value - tol, ">": v > claim.value - tol,
            "<=": v <= claim.value + tol, "<": v < claim.value + tol}[op]


def points_agree(claim: Claim, v: float) -> bool:
    """A computed score: '4分' is not 4.5 分 (a score is reported to 0.1 分 unless hedged with 约)."""
    if claim.approx:
        return abs(v - claim.value) < 0.5 + 1e-9
    return abs(v - claim.value) <= 0.05 + 1e-9


def magnitude_slip(claim: Claim, v: float) -> bool:
    """An inequality that holds only because the number is 100, 1000 or 10000 times off."""
    if claim.comparator in ("=", "range") or not v or not claim.value:
        return False
    k = round(math.log10(abs(v / claim.value)))
    return abs(k) >= 2 and abs(v / 10 ** k - claim.value) <= tolerance(claim, v / 10 ** k)


def expected_in_claim_unit(claim: Claim, s: Subject) -> list[tuple[float, str]]:
    """Expected value(s) in the claim's unit, with a note on the reading."""
    vals = [(s.value, ""), *s.alternatives]
    if not claim.unit:
        if s.unit == "%":
            return [(v, "") for v, _ in vals] + [(v / 100, "按小数形式理解") for v, _ in vals]
        return [(v, "") for v, _ in vals]
    if bridged(claim.unit, s.unit, s.constant):
        return [(v, lab) for v, lab in vals]
    return [(convert(v, s.unit, claim.unit, water=s.water, co2=s.co2), lab) for v, lab in vals]


def diagnose(claim: Claim, s: Subject, v: float, unit: str, others: dict[str, Subject]) -> str:
    msg = f"{s.name}应为 {fmt(v)} {unit}".rstrip() + f"，文中为 {claim.text}。计算/来源：{s.how}"
    if v and claim.value:
        ratio = claim.value / v
        k = round(math.log10(abs(ratio)))
        if k and abs(ratio / 10 ** k - 1) < 0.01:
            if abs(k) == 2 and (s.unit == "%" or claim.unit == "%"):
                msg += f"。文中数值是应有值的 10^{k} 倍，疑似百分数与小数混淆"
            else:
                msg += f"。文中数值是应有值的 10^{k} 倍，疑似单位或数量级错误（如 kgce 与 tce、元与万元）"
    for o in others.values():
        if o.id == s.id or not compatible_claim(claim, o):
            continue
        try:
            ov = convert(o.value, o.unit, claim.unit, water=o.water, co2=o.co2) if claim.unit else o.value
        except InputError:
            continue
        if agrees(claim.model_copy(update={"comparator": "="}), ov, True):
            msg += f"。该数值与“{o.name}”一致，疑似指标张冠李戴"
            break
    return msg
