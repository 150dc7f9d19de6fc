"""Input quantities of a profile (outputs, water, land, electricity ...) as checkable subjects."""

from __future__ import annotations

from typing import Any

from . import refdata
from .compute import electricity_kwh, output_value, qty, renewable_kwh
from .errors import InputError, ScoringError
from .lexicon import Subject
from .profile import FactoryProfile


def _q(qid: str, name: str, value: float, unit: str, how: str = "画像填报值", water: bool = False) -> Subject:
    return Subject(id=qid, name=name, role="value", value=value, unit=unit, how=how, reference="画像", water=water)


def quantities(p: FactoryProfile) -> dict[str, Subject]:
    out: dict[str, Subject] = {}

    def put(qid: str, fn: Any) -> None:
        try:
            s = fn()
            if s is not None:
                out[qid] = s
        except (InputError, ScoringError):
            pass

    rep = p.representative()
    for i, prod in enumerate(p.products):
        put(f"output:{prod.id}", lambda prod=prod, i=i: _q(f"output:{prod.id}", f"{prod.name}产量",
                                                            qty(prod.output, prod.unit, f"products[{i}].output"), prod.unit))
    if len(p.products) == 1:
        out["output"] = out[f"output:{rep.id}"]
    put("output_value", lambda: _q("output_value", "工业总产值", output_value(p), "万元"))
    if p.raw_materials:
        put("raw_material", lambda: _q("raw_material", "原材料消耗量", qty(p.raw_materials.quantity, "t", "raw"), "t"))  # type: ignore[union-attr]
    if p.water:
        put("water_withdrawal", lambda: _q("water_withdrawal", "取水量", qty(p.water.withdrawal, "m3", "w", True), "m3", water=True))  # type: ignore[union-attr]
        put("water_reused", lambda: _q("water_reused", "重复利用水量", qty(p.water.reused, "m3", "w", True), "m3", water=True))  # type: ignore[union-attr]
    for flow, fid, unit, zh in ((p.wastewater, "wastewater", "t", "废水"), (p.waste_gas, "waste_gas", "m3", "废气")):
        for part, verb in (("generated", "产生"), ("discharged", "排放")):
            raw = getattr(flow, part, None) if flow else None
            if raw is not None:
                put(f"{fid}_{part}", lambda raw=raw, fid=fid, part=part, unit=unit, zh=zh, verb=verb: _q(
                    f"{fid}_{part}", f"{zh}{verb}量", qty(raw, unit, fid, unit == "t"), unit, water=unit == "t"))
    if p.solid_waste:
        sw = p.solid_waste
        put("solid_waste_generated", lambda: _q("solid_waste_generated", "一般工业固体废物产生量", qty(sw.generated, "t", "z"), "t"))
        put("solid_waste_utilised", lambda: _q("solid_waste_utilised", "综合利用量", qty(sw.utilised, "t", "z"), "t"))
        put("solid_waste_stock_utilised", lambda: _q("solid_waste_stock_utilised", "利用往年贮存量", qty(sw.prior_stock_utilised, "t", "z"), "t"))
    if p.land:
        land = p.land
        put("land_area", lambda: _q("land_area", "用地面积", qty(land.area, "m2", "land.area"), "m2"))
        put("building_area", lambda: _q("building_area", "建构筑物及堆场占地面积", sum(
            qty(x, "m2", "land") for x in (land.buildings, land.structures, land.yards)), "m2"))
        if land.floors:
            put("floor_area_counted", lambda: _q("floor_area_counted", "计容建筑面积", sum(
                qty(f.area, "m2", "f") * f.storeys * (2 if f.height > 8 else 1) for f in land.floors), "m2",
                "层高超过 8 m 的楼层按两层计"))
    total_re, self_gen = renewable_kwh(p)
    put("electricity", lambda: _q("electricity", "用电量", electricity_kwh(p), "kWh"))
    if p.carbon.purchased_electricity is None:
        put("purchased_electricity", lambda: _q("purchased_electricity", "外购电量", electricity_kwh(p) - self_gen, "kWh",
                                                "能源表用电量 − 自发自用可再生电力"))
    if total_re:
        out["renewable_electricity"] = _q("renewable_electricity", "可再生电力", total_re, "kWh", "可再生电力明细之和（绿证 1 张 = 1 MWh）")
    by_cat: dict[str, float] = {}
    for item in p.renewable.electricity:
        if item.category == "gec" and item.certificates is not None:
            by_cat["gec"] = by_cat.get("gec", 0.0) + item.certificates
        elif item.quantity is not None:
            try:
                by_cat[item.category] = by_cat.get(item.category, 0.0) + qty(item.quantity, "kWh", "renewable")
            except InputError:
                pass
    if "market_green" in by_cat:
        out["market_green_electricity"] = _q("market_green_electricity", "市场化交易绿电", by_cat["market_green"], "kWh")
    if "gec" in by_cat:
        out["gec_certificates"] = _q("gec_certificates", "绿证", by_cat["gec"], "张")
    if self_gen:
        out["self_generated_renewable"] = _q("self_generated_renewable", "自发自用可再生电力", self_gen, "kWh")
    if p.retrofit:
        put("retrofit_investment", lambda: _q("retrofit_investment", "近三年绿色低碳改造投资", qty(p.retrofit.investment_3y, "万元", "r"), "万元"))  # type: ignore[union-attr]
    put("grid_factor", lambda: _grid_subject(p))
    return out


def _grid_subject(p: FactoryProfile) -> Subject:
    c = p.carbon
    if c.grid_factor is not None:
        return _q("grid_factor", "电网排放因子", qty(c.grid_factor, "tCO2/MWh", "carbon.grid_factor"), "tCO2/MWh",
                  c.grid_factor_source or "画像给定")
    row = refdata.grid_factor(c.grid_year or p.basics.year, c.grid_region or p.basics.region or None)
    return Subject(id="grid_factor", name="电网排放因子", role="value", value=row["value"], unit="tCO2/MWh",
                   how=f"{row['year']}年{row['region']}电网平均排放因子（{row['source']}）", reference=row["source"],
                   confidence=row.get("confidence", "M"))
