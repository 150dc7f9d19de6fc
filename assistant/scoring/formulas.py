"""GB/T 36132-2025 Annex B formulas B.1-B.27, plus Table C.1 items 4 and 10.

Every function takes a mapping of inputs (numbers, or strings with units such as '35万元') and
returns an IndicatorResult with its steps. Inputs are converted to the formula's units; missing,
negative or non-convertible inputs and zero denominators raise InputError naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from . import refdata
from .errors import InputError
from .results import IndicatorResult, InputValue
from .units import MULTIPLIERS, convert, fmt, parse_quantity, parse_unit

Inputs = Mapping[str, Any]
DOC = "GB/T 36132-2025"

# (id) -> (numerator symbol, label, unit, denominator kind 'Q' or 'G')
_RATIOS: dict[str, tuple[str, str, str, str]] = {
    "energy_per_product": ("E", "综合能耗", "tce", "Q"),
    "energy_per_value": ("E", "综合能耗", "tce", "G"),
    "co2_per_product": ("C", "二氧化碳排放量", "tCO2", "Q"),
    "co2_per_value": ("C", "二氧化碳排放量", "tCO2", "G"),
    "raw_material_per_product": ("M", "原材料消耗量", "t", "Q"),
    "raw_material_per_value": ("M", "原材料消耗量", "t", "G"),
    "water_per_product": ("V", "取水量", "m3", "Q"),
    "water_per_value": ("V", "取水量", "m3", "G"),
    "wastewater_generated_per_product": ("W", "废水产生量", "t", "Q"),
    "wastewater_generated_per_value": ("W", "废水产生量", "t", "G"),
    "wastewater_discharged_per_product": ("W", "废水排放量", "t", "Q"),
    "wastewater_discharged_per_value": ("W", "废水排放量", "t", "G"),
    "waste_gas_generated_per_product": ("F", "废气产生量", "m3", "Q"),
    "waste_gas_generated_per_value": ("F", "废气产生量", "m3", "G"),
    "waste_gas_discharged_per_product": ("F", "废气排放量", "m3", "Q"),
    "waste_gas_discharged_per_value": ("F", "废气排放量", "m3", "G"),
    "pollutant_generated_per_product": ("P", "主要污染物产生量", "t", "Q"),
    "pollutant_generated_per_value": ("P", "主要污染物产生量", "t", "G"),
    "pollutant_discharged_per_product": ("P", "主要污染物排放量", "t", "Q"),
    "pollutant_discharged_per_value": ("P", "主要污染物排放量", "t", "G"),
}
_WATER = {"water_per_product", "water_per_value", "wastewater_generated_per_product",
          "wastewater_generated_per_value", "wastewater_discharged_per_product",
          "wastewater_discharged_per_value"}


def meta(indicator: str) -> dict[str, Any]:
    return refdata.catalog()["indicators"][indicator]


def _result(indicator: str, value: float, unit: str, inputs: dict[str, InputValue],
            steps: list[str], notes: list[str] | None = None, confidence: str = "H") -> IndicatorResult:
    m = meta(indicator)
    formula = str(m["formula"])
    key = f"{DOC}§{formula}" if formula.startswith("B.") else ""
    if formula.startswith("表C.1"):
        key = f"{DOC}§表C.1"
    notes = list(notes or [])
    if m.get("note"):
        notes.append(m["note"])
    conf = refdata.lowest(confidence, m.get("confidence"))
    if m.get("confidence") in ("M", "L"):
        notes.append("公式编号按各组顺序推定（B.12-B.23），请以正式文本核对")
    return IndicatorResult(indicator=indicator, name=m["name"], formula=formula,
                           equation=str(m.get("equation", "")), citation_key=key, value=value,
                           unit=unit, inputs=inputs, steps=steps, notes=notes, confidence=conf)


def get_input(inputs: Inputs, sym: str, label: str, unit: str, *, water: bool = False,
              default: float | None = None, allow_zero: bool = True) -> InputValue:
    """Read one input, convert it to `unit`, and reject negatives."""
    raw = inputs.get(sym)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if default is not None:
            return InputValue(symbol=sym, label=label, value=default, unit=unit)
        raise InputError(sym, f"缺少输入 {sym}（{label}，单位 {unit or '无'}）")
    value, given_unit = parse_quantity(raw, sym)
    given = ""
    if given_unit and given_unit != unit:
        try:
            new = convert(value, given_unit, unit, water=water)
        except InputError:
            raise InputError(sym, f"输入 {sym}（{label}）的单位“{given_unit}”与所需单位“{unit}”不符，无法换算") from None
        given = f"{fmt(value)} {given_unit}"
        value = new
    if value < 0:
        raise InputError(sym, f"输入 {sym}（{label}）不能为负数：{fmt(value)}")
    if not allow_zero and value == 0:
        raise InputError(sym, f"输入 {sym}（{label}）为零，作分母无意义")
    return InputValue(symbol=sym, label=label, value=value, unit=unit, given=given)


def product_output(inputs: Inputs, sym: str = "Q", label: str = "合格产品产量") -> InputValue:
    """Read Q with its product unit: '200000 t', '20万吨', or a number plus unit='台'."""
    raw = inputs.get(sym)
    if raw is None:
        raise InputError(sym, f"缺少输入 {sym}（{label}）")
    value, unit = parse_quantity(raw, sym)
    given = ""
    if unit:
        for prefix, mult in MULTIPLIERS.items():
            if unit.startswith(prefix) and len(unit) > len(prefix):
                given, value, unit = f"{fmt(value)} {unit}", value * mult, unit[len(prefix):]
                break
    unit = unit or str(inputs.get("unit") or "单位产品")
    unit = {"吨": "t", "千克": "kg", "公斤": "kg"}.get(unit, unit)
    if value < 0:
        raise InputError(sym, f"输入 {sym}（{label}）不能为负数：{fmt(value)}")
    return InputValue(symbol=sym, label=label, value=value, unit=unit, given=given)


def _line(iv: InputValue) -> str:
    conv = f"（给定 {iv.given}，已换算）" if iv.given else ""
    return f"{iv.symbol} = {fmt(iv.value)} {iv.unit}（{iv.label}）{conv}".replace(" （", "（")


def _nonzero(value: float, field: str, what: str) -> None:
    if value == 0:
        raise InputError(field, f"分母为零：{what} = 0，无法计算")


def ratio(indicator: str, inputs: Inputs) -> IndicatorResult:
    """B.1-B.4, B.6-B.9, B.12-B.23: a quantity per unit product (Q) or per output value (G)."""
    sym, label, unit, den = _RATIOS[indicator]
    water = indicator in _WATER
    num = get_input(inputs, sym, label, unit, water=water)
    if den == "Q":
        d = product_output(inputs)
    else:
        d = get_input(inputs, "G", "工业总产值", "万元")
    _nonzero(d.value, d.symbol, d.label)
    value = num.value / d.value
    out_unit = f"{unit}/{d.unit}"
    steps = [_line(num), _line(d),
             f"{meta(indicator)['name']} = {sym}/{d.symbol} = {fmt(num.value)} ÷ {fmt(d.value)} = {fmt(value)} {out_unit}"]
    return _result(indicator, value, out_unit, {sym: num, d.symbol: d}, steps)


def renewable_energy_rate(inputs: Inputs) -> IndicatorResult:
    """B.5: Rre = Ere / E x 100%. Ere may be given in kWh (converted with 0.1229 kgce/kWh)."""
    raw = inputs.get("Ere")
    notes: list[str] = []
    conf = "H"
    if isinstance(raw, str) and parse_quantity(raw, "Ere")[1] and parse_unit(parse_quantity(raw, "Ere")[1]).dims == (("elec", 1),):
        kwh = get_input(inputs, "Ere", "可再生能源电力", "kWh")
        coef = refdata.coefficients()["energies"]["electricity"]["coefficient"]
        ere = InputValue(symbol="Ere", label="可再生能源利用量", value=kwh.value * coef / 1000, unit="tce",
                         given=f"{fmt(kwh.value)} kWh × {coef} kgce/kWh（当量值）")
        notes.append("可再生电力按当量值折标，E 须同为当量值口径")
        conf = "M"
    else:
        ere = get_input(inputs, "Ere", "可再生能源利用量", "tce")
    e = get_input(inputs, "E", "综合能耗", "tce")
    _nonzero(e.value, "E", "综合能耗 E")
    if ere.value > e.value:
        raise InputError("Ere", f"可再生能源利用量 Ere（{fmt(ere.value)} tce）大于综合能耗 E（{fmt(e.value)} tce），请检查是否重复计算")
    value = ere.value / e.value * 100
    steps = [_line(ere), _line(e), f"Rre = Ere/E × 100% = {fmt(ere.value)} ÷ {fmt(e.value)} × 100% = {fmt(value)}%"]
    return _result("renewable_energy_rate", value, "%", {"Ere": ere, "E": e}, steps, notes, conf)


def water_reuse_rate(inputs: Inputs) -> IndicatorResult:
    """B.10: Rw = Vr / (V + Vr) x 100%."""
    v = get_input(inputs, "V", "取水量", "m3", water=True)
    vr = get_input(inputs, "Vr", "重复利用水量", "m3", water=True)
    _nonzero(v.value + vr.value, "V", "取水量 V + 重复利用水量 Vr")
    value = vr.value / (v.value + vr.value) * 100
    steps = [_line(v), _line(vr),
             f"Rw = Vr/(V+Vr) × 100% = {fmt(vr.value)} ÷ ({fmt(v.value)} + {fmt(vr.value)}) × 100% = {fmt(value)}%"]
    return _result("water_reuse_rate", value, "%", {"V": v, "Vr": vr}, steps)


def solid_waste_utilisation_rate(inputs: Inputs) -> IndicatorResult:
    """B.11: Kr = Zr / (Z + Zw) x 100%, Zw = prior-year stock utilised this year."""
    zr = get_input(inputs, "Zr", "综合利用量（不含外购）", "t")
    z = get_input(inputs, "Z", "产生量", "t")
    zw = get_input(inputs, "Zw", "综合利用往年贮存量", "t", default=0.0)
    _nonzero(z.value + zw.value, "Z", "产生量 Z + 往年贮存利用量 Zw")
    if zr.value > z.value + zw.value:
        raise InputError("Zr", f"综合利用量 Zr（{fmt(zr.value)} t）大于 Z + Zw（{fmt(z.value + zw.value)} t）")
    value = zr.value / (z.value + zw.value) * 100
    steps = [_line(zr), _line(z), _line(zw),
             f"Kr = Zr/(Z+Zw) × 100% = {fmt(zr.value)} ÷ ({fmt(z.value)} + {fmt(zw.value)}) × 100% = {fmt(value)}%"]
    return _result("solid_waste_utilisation_rate", value, "%", {"Zr": zr, "Z": z, "Zw": zw}, steps)


def capacity_per_land(inputs: Inputs) -> IndicatorResult:
    """B.24/(B.25): n = N / A; N = sum(Ni x ki), ki = ti / t0 (time quota conversion)."""
    a = get_input(inputs, "A", "用地面积", "m2")
    steps: list[str] = []
    used: dict[str, InputValue] = {"A": a}
    idx = sorted({int(m.group(1)) for k in inputs if (m := re.fullmatch(r"N(\d+)", k))})
    if idx:
        t0 = get_input(inputs, "t0", "代表产品单位产品时间定额", "h", allow_zero=False)
        used["t0"] = t0
        total, unit = 0.0, ""
        for i in idx:
            ni = product_output(inputs, f"N{i}", f"产品{i}年产能")
            ti = get_input(inputs, f"t{i}", f"产品{i}单位产品时间定额", "h")
            k = ti.value / t0.value
            total += ni.value * k
            unit = unit or ni.unit
            used[f"N{i}"], used[f"t{i}"] = ni, ti
            steps.append(f"k{i} = t{i}/t0 = {fmt(ti.value)} ÷ {fmt(t0.value)} = {fmt(k)}；N{i}×k{i} = {fmt(ni.value * k)}")
        n = InputValue(symbol="N", label="折合代表产品的年产能", value=total, unit=unit)
        steps.append(f"N = Σ Ni×ki = {fmt(total)} {unit}")
    else:
        n = product_output(inputs, "N", "折合代表产品的年产能")
        steps.append(_line(n))
    used["N"] = n
    _nonzero(a.value, "A", "用地面积 A")
    value = n.value / a.value
    steps += [_line(a), f"n = N/A = {fmt(n.value)} ÷ {fmt(a.value)} = {fmt(value)} {n.unit}/m2"]
    return _result("capacity_per_land", value, f"{n.unit}/m2", used, steps)


def output_value_per_land(inputs: Inputs) -> IndicatorResult:
    """B.25/(B.26): g = G / A (万元/m2)."""
    g = get_input(inputs, "G", "工业总产值", "万元")
    a = get_input(inputs, "A", "用地面积", "m2")
    _nonzero(a.value, "A", "用地面积 A")
    value = g.value / a.value
    steps = [_line(g), _line(a), f"g = G/A = {fmt(g.value)} ÷ {fmt(a.value)} = {fmt(value)} 万元/m2"]
    return _result("output_value_per_land", value, "万元/m2", {"G": g, "A": a}, steps)


def building_coefficient(inputs: Inputs) -> IndicatorResult:
    """B.26/(B.27): r = (buildings + structures + yards) / A x 100%."""
    parts = [get_input(inputs, s, lab, "m2", default=0.0)
             for s, lab in (("a1", "建筑物占地面积"), ("a2", "构筑物占地面积"), ("a3", "堆场占地面积"))]
    if all(p.value == 0 for p in parts) and inputs.get("a1") is None:
        raise InputError("a1", "缺少输入 a1（建筑物占地面积，m2）")
    a = get_input(inputs, "A", "用地面积", "m2")
    _nonzero(a.value, "A", "用地面积 A")
    s = sum(p.value for p in parts)
    if s > a.value:
        raise InputError("a1", f"建构筑物及堆场占地面积之和（{fmt(s)} m2）大于用地面积 A（{fmt(a.value)} m2）")
    value = s / a.value * 100
    steps = [*(_line(p) for p in parts), _line(a),
             f"r = (a1+a2+a3)/A × 100% = {fmt(s)} ÷ {fmt(a.value)} × 100% = {fmt(value)}%"]
    return _result("building_coefficient", value, "%", {p.symbol: p for p in [*parts, a]}, steps)


def plot_ratio(inputs: Inputs) -> IndicatorResult:
    """B.27/(B.28): R = counted floor area / A; a storey higher than 8 m counts double.

    S is the total floor area with each storey once; S_high the floor area of storeys higher
    than 8 m, which is added once more.
    """
    s = get_input(inputs, "S", "总建筑面积（每层计一次）", "m2")
    hi = get_input(inputs, "S_high", "层高超过 8 m 楼层的建筑面积", "m2", default=0.0)
    a = get_input(inputs, "A", "用地面积", "m2")
    _nonzero(a.value, "A", "用地面积 A")
    if hi.value > s.value:
        raise InputError("S_high", f"S_high（{fmt(hi.value)} m2）不应大于总建筑面积 S（{fmt(s.value)} m2）")
    counted = s.value + hi.value
    value = counted / a.value
    steps = [_line(s), _line(hi), _line(a),
             f"计容建筑面积 = S + S_high（层高 > 8 m 按两层计）= {fmt(s.value)} + {fmt(hi.value)} = {fmt(counted)} m2",
             f"R = {fmt(counted)} ÷ {fmt(a.value)} = {fmt(value)}"]
    return _result("plot_ratio", value, "", {"S": s, "S_high": hi, "A": a}, steps)


def retrofit_investment_share(inputs: Inputs) -> IndicatorResult:
    """Table C.1 no. 10: last 3 years' retrofit investment / last 3 years' output value x 100%."""
    inv = get_input(inputs, "I", "近三年绿色低碳改造投资", "万元")
    g3 = get_input(inputs, "G3", "近三年工业总产值", "万元")
    _nonzero(g3.value, "G3", "近三年工业总产值 G3")
    value = inv.value / g3.value * 100
    steps = [_line(inv), _line(g3), f"占比 = I/G3 × 100% = {fmt(inv.value)} ÷ {fmt(g3.value)} × 100% = {fmt(value)}%"]
    return _result("retrofit_investment_share", value, "%", {"I": inv, "G3": g3}, steps)


def platform_functions(inputs: Inputs) -> IndicatorResult:
    """Table C.1 no. 4: number of the 12 energy-carbon platform functions met."""
    n = get_input(inputs, "n", "平台已具备的业务功能项数", "项")
    if n.value > 12 or n.value != int(n.value):
        raise InputError("n", f"平台功能项数应为 0～12 的整数：{fmt(n.value)}")
    steps = [_line(n), f"符合项数 = {int(n.value)} 项（共 12 项业务功能）"]
    return _result("platform_functions", n.value, "项", {"n": n}, steps)


SIMPLE: dict[str, Callable[[Inputs], IndicatorResult]] = {
    "renewable_energy_rate": renewable_energy_rate,
    "water_reuse_rate": water_reuse_rate,
    "solid_waste_utilisation_rate": solid_waste_utilisation_rate,
    "capacity_per_land": capacity_per_land,
    "output_value_per_land": output_value_per_land,
    "building_coefficient": building_coefficient,
    "plot_ratio": plot_ratio,
    "retrofit_investment_share": retrofit_investment_share,
    "platform_functions": platform_functions,
}
