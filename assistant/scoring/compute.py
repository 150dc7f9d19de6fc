"""Compute every indicator a factory profile has data for."""

from __future__ import annotations

from typing import Any

from . import formulas, refdata
from .energy import co2_emissions, comprehensive_energy
from .errors import InputError
from .formulas import _RATIOS
from .profile import FactoryProfile, Product
from .results import IndicatorResult
from .units import convert, fmt, parse_quantity

# ratio indicator -> (allocation key, how to read the numerator from the profile)
_ALLOC = {"E": "energy", "C": "co2", "M": "raw_material", "V": "water", "W": "wastewater",
          "F": "waste_gas", "P": "pollutants"}


def qty(raw: Any, unit: str, field: str, water: bool = False) -> float:
    """A profile quantity in `unit` (numbers are taken as already in `unit`)."""
    value, given = parse_quantity(raw, field)
    if given:
        try:
            value = convert(value, given, unit, water=water)
        except InputError:
            raise InputError(field, f"画像字段 {field} 的单位“{given}”无法换算为“{unit}”") from None
    if value < 0:
        raise InputError(field, f"画像字段 {field} 不能为负数：{fmt(value)}")
    return value


def renewable_kwh(profile: FactoryProfile) -> tuple[float, float]:
    """(all renewable electricity counted, of which self-generated), kWh; GEC 1 张 = 1 MWh."""
    total = self_gen = 0.0
    for i, item in enumerate(profile.renewable.electricity):
        field = f"renewable.electricity[{i}]"
        if item.certificates is not None:
            kwh = item.certificates * 1000
        elif item.quantity is not None:
            kwh = qty(item.quantity, "kWh", field + ".quantity")
        else:
            raise InputError(field, f"{field} 须给出 quantity（kWh）或 certificates（绿证张数）")
        total += kwh
        if item.category == "self_generated":
            self_gen += kwh
    return total, self_gen


def electricity_kwh(profile: FactoryProfile) -> float:
    total = 0.0
    for i, row in enumerate(profile.energy.table):
        eid, _ = refdata.energy_type(row.type)
        if eid == "electricity" and not row.exported:
            total += qty(row.quantity if not row.unit else f"{row.quantity}{row.unit}", "kWh", f"energy.table[{i}]")
    return total


def output_value(profile: FactoryProfile) -> float:
    if profile.basics.output_value is not None:
        return qty(profile.basics.output_value, "万元", "basics.output_value")
    vals = [p.output_value for p in profile.products]
    if any(v is None for v in vals):
        raise InputError("products.output_value", "缺少产值：请给出 basics.output_value 或每个产品的 output_value（万元）")
    return sum(qty(v, "万元", f"products[{i}].output_value") for i, v in enumerate(vals))


def _numerator(profile: FactoryProfile, ind: str, results: dict[str, IndicatorResult],
               pollutant: Any = None) -> float | None:
    sym = _RATIOS[ind][0]
    part = "generated" if "generated" in ind else "discharged"
    if sym == "E":
        return results["comprehensive_energy"].value if "comprehensive_energy" in results else None
    if sym == "C":
        return results["co2_emissions"].value if "co2_emissions" in results else None
    if sym == "M":
        return qty(profile.raw_materials.quantity, "t", "raw_materials.quantity") if profile.raw_materials else None
    if sym == "V":
        return qty(profile.water.withdrawal, "m3", "water.withdrawal", True) if profile.water else None
    flow, unit, name = ((profile.wastewater, "t", "wastewater") if sym == "W" else (profile.waste_gas, "m3", "waste_gas"))
    if sym == "P":
        flow, name = pollutant, "pollutants"
    raw = getattr(flow, part, None) if flow is not None else None
    return None if raw is None else qty(raw, unit if sym != "P" else "t", f"{name}.{part}", sym == "W")


def _per_product_bases(profile: FactoryProfile) -> list[tuple[str, Product, float, dict[str, float] | None]]:
    """(key suffix, product, Q, shares or None = whole factory) for per-product indicators."""
    prods = profile.products
    rep = profile.representative()
    if len(prods) == 1:
        return [("", rep, qty(rep.output, rep.unit, "products[0].output"), None)]
    out: list[tuple[str, Product, float, dict[str, float] | None]] = []
    if all(p.standard_factor is not None for p in prods):
        q = sum(qty(p.output, p.unit, f"products[{i}].output") * float(p.standard_factor or 0)
                for i, p in enumerate(prods))
        out.append(("", rep, q, None))
    for i, p in enumerate(prods):
        if p.allocation:
            suffix = "" if (p is rep and not out) else f"@{p.id}"
            out.append((suffix, p, qty(p.output, p.unit, f"products[{i}].output"), p.allocation))
    return out


def compute_detailed(profile: FactoryProfile) -> tuple[dict[str, IndicatorResult], dict[str, str]]:
    """All computable indicators, and for the others the reason (Chinese) they could not be computed."""
    res: dict[str, IndicatorResult] = {}
    errors: dict[str, str] = {}

    def attempt(key: str, fn: Any, *args: Any) -> None:
        try:
            r = fn(*args)
            if r is not None:
                res[key] = r
        except InputError as exc:
            errors[key] = f"{exc.message}（字段 {exc.field}）"

    en = profile.energy
    attempt("comprehensive_energy", lambda: comprehensive_energy(
        [r.model_dump() for r in en.table], en.electricity_basis, en.electricity_equivalent, en.coefficient_overrides))
    attempt("co2_emissions", _co2, profile)
    attempt("renewable_energy", _renewable, profile, res)
    if "renewable_energy" in res and "comprehensive_energy" in res:
        attempt("renewable_energy_rate", formulas.renewable_energy_rate,
                {"Ere": res["renewable_energy"].value, "E": res["comprehensive_energy"].value})
    try:
        g = output_value(profile)
        bases = _per_product_bases(profile)
    except InputError as exc:
        errors["products"] = f"{exc.message}（字段 {exc.field}）"
        g, bases = None, []
    if not bases and len(profile.products) > 1:
        errors["per_product"] = ("多产品工厂的单位产品指标须给出每个产品的 standard_factor（折合标准产品），"
                                 "或 allocation（按计量或按产量与能耗比例分摊的份额）（字段 products）")
    for ind in _RATIOS:
        polls = profile.pollutants if ind.startswith("pollutant") else [None]
        for pol in polls:
            sub = f":{pol.name}" if pol is not None else ""
            try:
                num = _numerator(profile, ind, res, pol)
            except InputError as exc:
                errors[ind + sub] = f"{exc.message}（字段 {exc.field}）"
                continue
            if num is None:
                continue
            sym = _RATIOS[ind][0]
            if ind.endswith("_per_value"):
                if g is not None:
                    attempt(ind + sub, formulas.ratio, ind, {sym: num, "G": g})
                    _tag(res.get(ind + sub), None, pol)
                continue
            for suffix, prod, q, shares in bases:
                share = 1.0 if shares is None else shares.get(_ALLOC[sym])
                if share is None:
                    continue
                key = ind + sub + suffix
                attempt(key, formulas.ratio, ind, {sym: num * share, "Q": q, "unit": prod.unit})
                _tag(res.get(key), prod, pol, share)
    if (w := profile.water) is not None:
        attempt("water_reuse_rate", lambda: formulas.water_reuse_rate({
            "V": qty(w.withdrawal, "m3", "water.withdrawal", True), "Vr": qty(w.reused, "m3", "water.reused", True)}))
    if (sw := profile.solid_waste) is not None:
        attempt("solid_waste_utilisation_rate", lambda: formulas.solid_waste_utilisation_rate({
            "Zr": qty(sw.utilised, "t", "solid_waste.utilised"), "Z": qty(sw.generated, "t", "solid_waste.generated"),
            "Zw": qty(sw.prior_stock_utilised, "t", "solid_waste.prior_stock_utilised")}))
    attempt("land", lambda: _land(profile, g, res, attempt))
    if (r := profile.retrofit) is not None:
        attempt("retrofit_investment_share", lambda: formulas.retrofit_investment_share({
            "I": qty(r.investment_3y, "万元", "retrofit.investment_3y"),
            "G3": qty(r.output_value_3y, "万元", "retrofit.output_value_3y")}))
    if profile.platform_functions is not None:
        attempt("platform_functions", formulas.platform_functions, {"n": len(profile.platform_functions)})
    return res, errors


def _tag(r: IndicatorResult | None, prod: Product | None, pol: Any, share: float = 1.0) -> None:
    if r is None:
        return
    r.product = prod.id if prod else None
    if pol is not None:
        r.subject = pol.name
        r.name = r.name.replace("主要污染物", pol.name)
    if share != 1.0:
        r.steps.insert(0, f"按分摊份额 {fmt(share)} 计入产品“{prod.name if prod else ''}”")


def _co2(profile: FactoryProfile) -> IndicatorResult:
    c = profile.carbon
    _, self_gen = renewable_kwh(profile)
    if c.purchased_electricity is not None:
        kwh = qty(c.purchased_electricity, "kWh", "carbon.purchased_electricity")
    else:
        kwh = max(electricity_kwh(profile) - self_gen, 0.0)
    inputs: dict[str, Any] = {"purchased_electricity": kwh, "year": c.grid_year or profile.basics.year,
                              "region": c.grid_region or profile.basics.region or None}
    if c.grid_factor is not None:
        inputs["grid_factor"], inputs["grid_factor_source"] = c.grid_factor, c.grid_factor_source or "画像给定"
    for key, raw, unit in (("heat", c.purchased_heat, "GJ"), ("direct", c.direct_emissions, "tCO2"),
                           ("process", c.process_emissions, "tCO2")):
        if raw is not None:
            inputs[key] = qty(raw, unit, f"carbon.{key}")
    fuels = [r.model_dump() for r in profile.energy.table]
    return co2_emissions(inputs, fuels)


def _renewable(profile: FactoryProfile, res: dict[str, IndicatorResult]) -> IndicatorResult | None:
    total_kwh, _ = renewable_kwh(profile)
    other = qty(profile.renewable.other, "tce", "renewable.other") if profile.renewable.other is not None else 0.0
    if total_kwh == 0 and other == 0 and not profile.renewable.electricity:
        return None
    elec = electricity_kwh(profile)
    if total_kwh > elec:
        raise InputError("renewable.electricity",
                         f"可再生电力合计 {fmt(total_kwh)} kWh 超过能源表用电量 {fmt(elec)} kWh，可能重复计算（绿电与绿证不得重复计入）")
    en = profile.energy
    coef = en.electricity_equivalent if en.electricity_basis == "等价值" else refdata.coefficients()["energies"]["electricity"]["coefficient"]
    coef = en.coefficient_overrides.get("electricity", coef)
    tce = total_kwh * float(coef or 0) / 1000 + other
    r = formulas._result("renewable_energy", tce, "tce", {}, [
        f"可再生电力 {fmt(total_kwh)} kWh × {coef} kgce/kWh（{en.electricity_basis}）= {fmt(total_kwh * float(coef or 0) / 1000)} tce",
        f"其他可再生能源 {fmt(other)} tce", f"Ere = {fmt(tce)} tce"],
        ["可再生电力计入：自发自用、市场化交易绿电、专线供电（有结算凭证）、单独购买的绿证，不得重复计算"], "M")
    return r


def _land(profile: FactoryProfile, g: float | None, res: dict[str, IndicatorResult], attempt: Any) -> None:
    land = profile.land
    if land is None:
        return
    a = qty(land.area, "m2", "land.area")
    rep = profile.representative()
    caps = [(i, p) for i, p in enumerate(profile.products) if p.capacity is not None]
    if caps:
        if len(caps) == 1 and caps[0][1].time_quota is None:
            i, p = caps[0]
            attempt("capacity_per_land", formulas.capacity_per_land,
                    {"N": f"{qty(p.capacity, p.unit, f'products[{i}].capacity')} {p.unit}", "A": a})
        else:
            inp: dict[str, Any] = {"A": a, "t0": rep.time_quota}
            for n, (i, p) in enumerate(caps, start=1):
                inp[f"N{n}"] = f"{qty(p.capacity, p.unit, f'products[{i}].capacity')} {rep.unit}"
                inp[f"t{n}"] = p.time_quota
            attempt("capacity_per_land", formulas.capacity_per_land, inp)
    if g is not None:
        attempt("output_value_per_land", formulas.output_value_per_land, {"G": g, "A": a})
    attempt("building_coefficient", formulas.building_coefficient, {
        "a1": qty(land.buildings, "m2", "land.buildings"), "a2": qty(land.structures, "m2", "land.structures"),
        "a3": qty(land.yards, "m2", "land.yards"), "A": a})
    if land.floors:
        s = sum(qty(f.area, "m2", "land.floors.area") * f.storeys for f in land.floors)
        hi = sum(qty(f.area, "m2", "land.floors.area") * f.storeys for f in land.floors if f.height > 8)
        attempt("plot_ratio", formulas.plot_ratio, {"S": s, "S_high": hi, "A": a})


def compute_profile(profile: FactoryProfile) -> dict[str, IndicatorResult]:
    """Every indicator the profile has data for, keyed by indicator id (per-pollutant 'id:SO2')."""
    return compute_detailed(profile)[0]
