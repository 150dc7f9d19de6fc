"""Which number of a conversion is wrong: the coefficient or the result.

'柴油 800 t，按 1.4714 kgce/kg 折 1 165.68 tce' and '15 000 t × 0.9000 kgce/kg = 14 571 tce': the result
disagrees with the stated coefficient, but agrees with the GB/T 2589 coefficient of the energy the
sentence names (diesel 1.4571, coke 0.9714). The writer computed with the standard value and wrote
another coefficient, so the coefficient is the mismatch and the result is verified. When the result
agrees with neither, both stay as the earlier rules left them.
"""

from __future__ import annotations

from assistant.types import CheckResult, Claim

from .arith import _energy_at
from .compare import tolerance
from .errors import InputError
from .sentences import spans
from .units import convert, fmt, parse_unit


def _ce(c: Claim) -> bool:
    try:
        dims = parse_unit(c.unit).dims if c.unit else ()
    except InputError:
        return False
    return bool(dims) and all(d == "ce" for d, _ in dims)


def _factor(f: Claim, unit: str) -> float | None:
    """The stated coefficient in kgce per the energy's unit; a bare decimal is taken in that unit."""
    if not f.unit:
        return f.value if f.decimals >= 2 else None
    try:
        return convert(f.value, f.unit, f"kgce/{unit}")
    except InputError:
        return None


def _agrees(c: Claim, kgce: float) -> bool:
    try:
        v = convert(kgce, "kgce", c.unit)
    except InputError:
        return False
    return abs(v - c.value) <= max(tolerance(c, v), 0.001 * abs(v))


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for s0, s1 in spans(text):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        for n in range(2, len(idx)):
            qi, fi, ri = idx[n - 2], idx[n - 1], idx[n]
            q, f, r = claims[qi], claims[fi], claims[ri]
            if not _ce(r) or not q.unit or "/" in q.unit or out[ri].status == "verified":
                continue
            found = _energy_at(text, q.start, q.end)
            if found is None:
                continue
            row = found[1]
            unit, ref = str(row["unit"]), float(row["coefficient"])  # type: ignore[arg-type]
            try:
                amount = convert(q.value, q.unit, unit)
            except InputError:
                continue
            stated = _factor(f, unit)
            if stated is None or abs(stated - ref) <= 0.0005 * ref or _agrees(r, amount * stated) or not _agrees(r, amount * ref):
                continue
            conf = row.get("confidence", "M")
            out[fi] = CheckResult(claim=f, status="mismatch", expected=convert(ref, f"kgce/{unit}", f.unit) if f.unit else ref,
                                  expected_unit=f.unit or f"kgce/{unit}", reference="GB/T 2589-2020", confidence=conf,  # type: ignore[arg-type]
                                  explanation=f"{row['name']}折标系数应为 {fmt(ref)} kgce/{unit}，文中为 {f.text}；"
                                              f"文中结果 {r.text} 正是按 {fmt(ref)} 折算的（{q.text} × {fmt(ref)} kgce/{unit}）。")
            out[ri] = CheckResult(claim=r, status="verified", expected=r.value, expected_unit=r.unit,
                                  reference="GB/T 2589-2020", confidence=conf,  # type: ignore[arg-type]
                                  explanation=f"与按 GB/T 2589 {row['name']}折标系数 {fmt(ref)} kgce/{unit} 折算的结果一致"
                                              f"（文中所写系数 {f.text} 有误）。")
    return out
