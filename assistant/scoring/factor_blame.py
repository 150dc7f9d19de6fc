"""Which number of a conversion is wrong: the coefficient or the result.

Also an emission from purchased electricity: '华东电网，2022 年外购电力 43 800 万 kWh 的排放按 0.5366 计为
246 024.6 tCO2' follows the 2022 East China factor 0.5617 (data/grid_factors.yaml), so 0.5366 is the
wrong number. The region is the one the sentence names (else the national factor of its year).

'柴油 800 t，按 1.4714 kgce/kg 折 1 165.68 tce' and '15 000 t × 0.9000 kgce/kg = 14 571 tce': the result
disagrees with the stated coefficient, but agrees with the GB/T 2589 coefficient of the energy the
sentence names (diesel 1.4571, coke 0.9714). The writer computed with the standard value and wrote
another coefficient, so the coefficient is the mismatch and the result is verified. When the result
agrees with neither, both stay as the earlier rules left them.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import refdata
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


def _grid(text: str, s0: int, s1: int, q: Claim, f: Claim, r: Claim) -> tuple[float, str, str] | None:
    """(factor in tCO2/MWh, its name, the amount in MWh) of an electricity emission, or None."""
    try:
        if parse_unit(r.unit).dims != (("co2", 1),) or parse_unit(q.unit).dims != (("elec", 1),):
            return None
        mwh = convert(q.value, q.unit, "MWh")
        stated = convert(f.value, f.unit, "tCO2/MWh") if f.unit else f.value
    except InputError:
        return None
    years = re.findall(r"((?:19|20)\d{2})\s*年", text[s0:s1])
    if not years or (not f.unit and f.decimals < 2):
        return None
    regions = [row["region"] for row in refdata.grid_data()["factors"] if row["region"] in text[s0:s1]]
    try:
        row = refdata.grid_factor(int(years[0]), regions[0] if regions else None)
    except InputError:
        return None
    known = {float(x["value"]) for x in refdata.grid_data()["factors"] if x["year"] == row["year"]}
    if row.get("fallback") or (not regions and any(abs(stated - v) <= 0.0005 for v in known)):
        return None  # no region named: a factor of some region of that year may be the right one
    return (float(row["value"]), f"{row['year']} 年{row['region']}电网排放因子（{row['source']}）", f"{fmt(mwh)} MWh") \
        if abs(stated - float(row["value"])) > 0.0005 and abs(mwh * stated - convert(r.value, r.unit, "tCO2")) > tolerance(r, r.value) \
        and abs(convert(mwh * float(row["value"]), "tCO2", r.unit) - r.value) <= max(tolerance(r, r.value), 0.001 * r.value) else None


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for s0, s1 in spans(text):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        for n in range(2, len(idx)):
            qi, fi, ri = idx[n - 2], idx[n - 1], idx[n]
            q, f, r = claims[qi], claims[fi], claims[ri]
            if out[ri].status == "verified" or not q.unit or "/" in q.unit:
                continue
            if (g := _grid(text, s0, s1, q, f, r)) is not None:
                ref, name, mwh = g
                out[fi] = CheckResult(claim=f, status="mismatch", expected=ref, expected_unit="tCO2/MWh", reference=name,
                                      confidence="M", explanation=f"{name}应为 {fmt(ref)} tCO2/MWh，文中为 {f.text}；"
                                      f"文中结果 {r.text} 正是按 {fmt(ref)} 计算的（{mwh} × {fmt(ref)}）。")
                out[ri] = CheckResult(claim=r, status="verified", expected=r.value, expected_unit=r.unit, reference=name,
                                      confidence="M", explanation=f"与按{name} {fmt(ref)} tCO2/MWh 计算的结果一致（文中所写因子 {f.text} 有误）。")
                continue
            if not _ce(r):
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
