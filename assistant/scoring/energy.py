"""Comprehensive energy consumption (GB/T 2589-2020) and CO2 emissions (GB/T 32150 boundary)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from . import refdata
from .errors import InputError
from .formulas import _result, get_input
from .results import IndicatorResult, InputValue
from .units import convert, fmt, parse_quantity

BASES = ("当量值", "等价值")


def _row_quantity(row: Mapping[str, Any], idx: int, coef_unit: str) -> tuple[float, str]:
    field = f"energy[{idx}].quantity"
    if row.get("quantity") is None:
        raise InputError(field, f"能源表第 {idx + 1} 行缺少 quantity（消耗量）")
    value, unit = parse_quantity(row["quantity"], field)
    unit = unit or str(row.get("unit") or "")
    if not unit:
        raise InputError(f"energy[{idx}].unit", f"能源表第 {idx + 1} 行缺少单位（如 kWh、t、m3）")
    if value < 0:
        raise InputError(field, f"能源表第 {idx + 1} 行消耗量不能为负数：{fmt(value)}")
    try:
        return convert(value, unit, coef_unit), unit
    except InputError:
        raise InputError(f"energy[{idx}].unit",
                         f"能源表第 {idx + 1} 行单位“{unit}”无法换算为折标系数的单位“{coef_unit}”") from None


def comprehensive_energy(rows: Sequence[Mapping[str, Any]], basis: str = "当量值",
                         equivalent: float | str | None = None,
                         overrides: Mapping[str, float] | None = None) -> IndicatorResult:
    """Sum of quantity x standard-coal coefficient over the energy table, in tce.

    Rows marked `feedstock: true` (energy used as raw material) or `exported: true` (supplied to
    others) are listed in the steps but not counted. Electricity uses the calorific equivalent
    (当量值) unless basis='等价值', which needs the year's equivalent coefficient as input.
    """
    if basis not in BASES:
        raise InputError("energy.electricity_basis", f"电力折标口径应为“当量值”或“等价值”：{basis}")
    if not rows:
        raise InputError("energy.table", "能源表为空：至少需要一行（品种、消耗量、单位）")
    overrides = dict(overrides or {})
    total_kgce, steps, notes, confs = 0.0, [], [], []
    inputs: dict[str, InputValue] = {}
    for idx, row in enumerate(rows):
        eid, ref = refdata.energy_type(str(row.get("type", "")))
        coef, conf, how = float(ref["coefficient"]), ref.get("confidence", "M"), ref.get("basis", "")
        if eid == "electricity" and basis == "等价值":
            if equivalent is None:
                raise InputError("energy.electricity_equivalent",
                                 "电力按等价值折标时须给出当年等价值系数（kgce/kWh，如 0.3 左右），本模块不设默认值")
            coef = get_input({"k": equivalent}, "k", "电力等价值折标系数", "kgce/kWh").value
            conf, how = "H", "等价值（用户给定）"
        if row.get("coefficient") is not None or eid in overrides:
            coef = float(row.get("coefficient") if row.get("coefficient") is not None else overrides[eid])
            conf, how = "H", "用户给定"
        elif ref.get("disagreement"):
            notes.append(f"{ref['name']}：{ref.get('note', '资料不一致')}")
        qty, given_unit = _row_quantity(row, idx, ref["unit"])
        kgce = qty * coef
        label = f"{ref['name']}" + (f"（{how}）" if how else "")
        excluded = row.get("feedstock") or row.get("exported")
        why = "用作原料，不计入" if row.get("feedstock") else "外供，不计入" if row.get("exported") else ""
        steps.append(f"{label}：{fmt(qty)} {ref['unit']} × {coef} kgce/{ref['unit']} = {fmt(kgce)} kgce"
                     + (f"（{why}）" if excluded else ""))
        inputs[f"{eid}#{idx}"] = InputValue(symbol=eid, label=ref["name"], value=qty, unit=ref["unit"],
                                            given=f"{row.get('quantity')} {given_unit}" if given_unit != ref["unit"] else "")
        if not excluded:
            total_kgce += kgce
            confs.append(conf)
    conf = refdata.lowest(*confs)
    if conf != "H":
        notes.append(f"折标系数{refdata.confidence_note(conf)}（GB/T 2589-2020）")
    tce = total_kgce / 1000
    steps.append(f"E = Σ 消耗量 × 折标系数 = {fmt(total_kgce)} kgce = {fmt(tce)} tce（电力按{basis}）")
    res = _result("comprehensive_energy", tce, "tce", inputs, steps, notes, conf)
    res.citation_key = "GB/T 2589-2020"
    return res


def co2_emissions(inputs: Mapping[str, Any], fuels: Sequence[Mapping[str, Any]] = ()) -> IndicatorResult:
    """C = purchased electricity x grid factor + purchased heat x heat factor + direct emissions.

    Direct emissions come from `direct` (tCO2, user-supplied, e.g. from a GB/T 32151 report) or from
    `fuels`: energy rows with a user-supplied `emission_factor` (e.g. '2.162 kgCO2/m3').
    """
    steps: list[str] = []
    notes: list[str] = []
    used: dict[str, InputValue] = {}
    conf = "H"
    kwh = get_input(inputs, "purchased_electricity", "外购电量", "kWh", default=0.0)
    total = 0.0
    if kwh.value > 0:
        if inputs.get("grid_factor") is not None:
            gf = get_input(inputs, "grid_factor", "电网排放因子", "tCO2/MWh")
            src = str(inputs.get("grid_factor_source") or "用户给定")
        else:
            if inputs.get("year") is None:
                raise InputError("grid_factor", "有外购电量时须给出 grid_factor（tCO2/MWh）或 year（按年份取生态环境部公布因子）")
            row = refdata.grid_factor(int(float(inputs["year"])), inputs.get("region"))
            gf = InputValue(symbol="grid_factor", label="电网排放因子", value=row["value"], unit="tCO2/MWh")
            src = f"{row['year']}年{row['region']}，{row['source']}"
            conf = refdata.lowest(conf, row.get("confidence"))
            if row["fallback"]:
                notes.append(f"无 {inputs.get('region')} 区域 {row['year']} 年因子，改用全国平均因子")
            notes.append(f"电网排放因子{refdata.confidence_note(row.get('confidence'))}")
        t = kwh.value / 1000 * gf.value
        total += t
        used["purchased_electricity"], used["grid_factor"] = kwh, gf
        steps.append(f"外购电力：{fmt(kwh.value)} kWh = {fmt(kwh.value / 1000)} MWh × {gf.value} tCO2/MWh（{src}）= {fmt(t)} tCO2")
    heat = get_input(inputs, "heat", "外购热力", "GJ", default=0.0)
    if heat.value > 0:
        hd = refdata.grid_data()["heat"]
        hf = get_input(inputs, "heat_factor", "热力排放因子", "tCO2/GJ", default=float(hd["value"]))
        if inputs.get("heat_factor") is None:
            conf = refdata.lowest(conf, hd.get("confidence"))
            notes.append(f"热力排放因子取 {hd['source']} {hd['value']} tCO2/GJ，{refdata.confidence_note(hd.get('confidence'))}")
        t = heat.value * hf.value
        total += t
        used["heat"] = heat
        steps.append(f"外购热力：{fmt(heat.value)} GJ × {hf.value} tCO2/GJ = {fmt(t)} tCO2")
    for idx, row in enumerate(fuels):
        if row.get("emission_factor") is None or row.get("feedstock") or row.get("exported"):
            continue
        _, ref = refdata.energy_type(str(row["type"]))
        qty, qunit = parse_quantity(row["quantity"], f"energy[{idx}].quantity")
        qunit = qunit or str(row.get("unit") or "")
        ef, ef_unit = parse_quantity(row["emission_factor"], f"energy[{idx}].emission_factor")
        den = ef_unit.split("/", 1)[1] if "/" in ef_unit else qunit
        try:
            t = convert(convert(qty, qunit, den) * ef, ef_unit.split("/", 1)[0] or "tCO2", "tCO2")
        except InputError:
            raise InputError(f"energy[{idx}].emission_factor",
                             f"能源表第 {idx + 1} 行排放因子单位“{ef_unit}”与消耗量单位“{qunit}”不匹配（应如 tCO2/{qunit}）") from None
        total += t
        steps.append(f"{ref['name']}燃烧：{fmt(qty)} {qunit} × {fmt(ef)} {ef_unit}（用户给定）= {fmt(t)} tCO2")
    for sym, label in (("direct", "直接排放（用户给定）"), ("process", "工业过程排放（用户给定）")):
        iv = get_input(inputs, sym, label, "tCO2", default=0.0)
        if iv.value > 0:
            total += iv.value
            used[sym] = iv
            steps.append(f"{label}：{fmt(iv.value)} tCO2")
    if not steps:
        raise InputError("purchased_electricity", "无任何排放来源：请给出外购电量、外购热力、燃料排放因子或直接排放量")
    steps.append(f"C = {fmt(total)} tCO2")
    res = _result("co2_emissions", total, "tCO2", used, steps, notes, conf)
    res.citation_key = "GB/T 32150"
    return res
