"""The factory's indicators in a hypothetical state (round twelve): `问：综合能耗换成 8000 tce 再算一次？
答：单位产值综合能耗约 0.00816 tce/万元` recomputes every indicator that takes the substituted input
(B.2: 8000 / 980 000), and `改造投资占比达到引领值 0.5%，近三年改造投资需约 1.35 亿元` solves the indicator
for the input that reaches the target (0.5 % × 270 亿元). A number of the hypothetical state linked to
such an indicator (or input) is checked against the recomputed value; everything else of the state
stays unverifiable (hypothetical.py).

Only one substitution per state, an input the profile's calculation actually uses (its value
equal to the input subject's), and a formula the calculator recomputes from those inputs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from assistant.types import CheckResult

from .calc import calc
from .compute import compute_detailed
from .errors import InputError
from .lexicon import Subject
from .profile import FactoryProfile
from .units import compatible, convert
from .verdict import against


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _uses(profile: FactoryProfile, old: Subject) -> list[tuple[str, str, dict[str, str], float]]:
    """(indicator key, input symbol, inputs as text, old value in the input's unit) of every indicator
    whose calculation takes the value of `old`."""
    results, _ = compute_detailed(profile)
    out = []
    for key, r in results.items():
        for sym, q in r.inputs.items():
            if "#" in sym or not compatible(q.unit, old.unit, water=old.water):
                continue
            try:
                mine = convert(old.value, old.unit, q.unit, water=old.water)
            except (ValueError, KeyError):
                continue
            if _close(mine, q.value):
                out.append((key, sym, {k: f"{v.value} {v.unit}".strip() for k, v in r.inputs.items()}, q.value))
    return out


def _recompute(key: str, inputs: dict[str, str]) -> tuple[float, str] | None:
    try:
        r = calc(key.split(":")[0], inputs)
    except (InputError, ValueError, KeyError, ZeroDivisionError):
        return None
    return r.value, r.unit


def _unit(text: str) -> str:
    return text.split(" ", 1)[1] if " " in text else ""


def substituted(profile: FactoryProfile, old: Subject, new_value: float, new_unit: str) -> dict[str, Subject]:
    """The subjects of the factory's indicators (and of the input itself) when `old` takes the value
    `new_value new_unit`, by subject id."""
    try:
        mine = convert(new_value, new_unit, old.unit, water=old.water)
    except (ValueError, KeyError):
        return {}
    out = {old.id: replace(old, value=mine, how=f"假设：{old.name}换成 {new_value:g} {new_unit}")}
    for key, sym, inputs, _ in _uses(profile, old):
        unit = _unit(inputs[sym])
        got = _recompute(key, {**inputs, sym: f"{convert(mine, old.unit, unit or old.unit, water=old.water)} {unit}".strip()})
        if got is not None:
            out[key] = Subject(id=key, name="假设情形下的指标值", role="value", value=got[0], unit=got[1],
                               how=f"按假设重算（{old.name}换成 {new_value:g} {new_unit}）")
    return out


def needed(profile: FactoryProfile, target: Subject, value: float, need: Subject) -> Subject | None:
    """The value of input `need` at which indicator `target` reaches `value` (its own unit)."""
    for key, sym, inputs, q_old in _uses(profile, need):
        if key.split(":")[0] != target.id.split(":")[0] or q_old == 0:
            continue
        unit = _unit(inputs[sym])
        now = _recompute(key, inputs)
        if now is None or now[0] == 0 or not compatible(now[1], target.unit):
            continue
        want = convert(value, target.unit, now[1])
        def at(x: float, key: str = key, inputs: dict[str, str] = inputs, sym: str = sym, unit: str = unit) -> tuple[float, str] | None:
            return _recompute(key, {**inputs, sym: f"{x} {unit}".strip()})
        if (guess := _solve(at, q_old, now[0], want)) is not None:
            return replace(need, value=convert(guess, unit or need.unit, need.unit, water=need.water),
                           how=f"按目标重算：{target.name}达到 {value:g} {target.unit} 时需 {guess:g} {unit}")
    return None


def _solve(f: Callable[[float], tuple[float, str] | None], x0: float, y0: float, want: float) -> float | None:
    """The input x > 0 at which f(x) = want, by the secant method from the present state (x0, y0):
    exact in one step for a ratio (B.2, the share of an investment), a few for B.10's Vr / (V + Vr)."""
    x1 = x0 * want / y0
    for _ in range(40):
        got = f(x1)
        if got is None or x1 <= 0:
            return None
        if _close(got[0], want):
            return x1
        if got[0] == y0:
            return None
        x0, y0, x1 = x1, got[0], x1 + (want - got[0]) * (x1 - x0) / (got[0] - y0)
    return None


def judged(r: CheckResult, subj: Subject, why: str) -> CheckResult:
    """`r`'s claim against the hypothetical value of its subject."""
    res = against(r.claim, subj, False, {})
    return res.model_copy(update={"explanation": why + res.explanation})
