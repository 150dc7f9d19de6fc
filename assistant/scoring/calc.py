"""`calc`: compute one indicator from named inputs; indicator names in English or Chinese."""

from __future__ import annotations

import math
from collections.abc import Mapping

from . import formulas, refdata
from .energy import co2_emissions, comprehensive_energy
from .errors import InputError
from .results import IndicatorResult

_OPTION_KEYS = {"basis", "electricity_equivalent", "unit"}


def indicator_ids() -> list[str]:
    return list(refdata.catalog()["indicators"])


def resolve_indicator(name: str) -> str:
    """Indicator id from an id, a formula id ('B.10'), a Chinese name or a synonym."""
    key = name.strip()
    inds = refdata.catalog()["indicators"]
    if key in inds:
        return key
    norm = key.upper().replace("式", "").replace("(", "").replace(")", "").replace("（", "").replace("）", "")
    if norm.startswith("B") and not norm.startswith("B."):
        norm = "B." + norm[1:]
    for iid, m in inds.items():
        if norm == str(m["formula"]).upper():
            return iid
    for iid, m in inds.items():
        if key == m["name"] or key in m.get("synonyms", []):
            return iid
    raise InputError("indicator", f"未知指标：{name}。可用：" + "、".join(
        f"{iid}（{m['name']}，{m['formula']}）" for iid, m in inds.items()))


class _Tracked(dict):  # type: ignore[type-arg]
    """The inputs, remembering which names a formula read: any other name was silently ignored."""

    def __init__(self, data: Mapping[str, float | str]) -> None:
        super().__init__(data)
        self.read: set[str] = set()

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> object:
        self.read.add(key)
        return super().__getitem__(key)


def calc(indicator: str, inputs: Mapping[str, float | str]) -> IndicatorResult:
    """Compute `indicator` from `inputs`; see :func:`_calc`. An input the formula does not use, and a
    non-finite result, are InputErrors (both used to pass silently)."""
    iid = resolve_indicator(indicator)
    tracked = _Tracked(inputs)
    try:
        result = _calc(iid, tracked)
    except (OverflowError, ZeroDivisionError) as exc:
        raise InputError("indicator", f"{iid} 计算溢出或除零（{exc}）：请检查输入的数量级") from None
    if iid != "comprehensive_energy":  # its keys are energy types, each validated by refdata
        unused = sorted(k for k in inputs if k not in tracked.read and k not in _OPTION_KEYS)
        if unused:
            raise InputError(unused[0], f"输入 {'、'.join(unused)} 未被指标 {iid} 使用（名称写错了？）。{input_help(iid)}")
    if not math.isfinite(result.value):
        raise InputError("indicator", f"{iid} 的计算结果不是有限数值（{result.value}）：请检查输入的数量级")
    return result


def _calc(indicator: str, inputs: Mapping[str, float | str]) -> IndicatorResult:
    """Compute `indicator` from `inputs` (numbers, or strings with units: '350000 kgce', '1.2亿元').

    Examples: calc('water_reuse_rate', {'V': 1000, 'Vr': 9000});
    calc('单位产品综合能耗', {'E': '92899 tce', 'Q': '20万吨'});
    calc('comprehensive_energy', {'electricity': '4.5亿kWh', '天然气': '1800万m3'}).
    """
    iid = resolve_indicator(indicator)
    if iid in formulas.SIMPLE:
        return formulas.SIMPLE[iid](inputs)
    if iid in formulas._RATIOS:
        return formulas.ratio(iid, inputs)
    if iid == "comprehensive_energy":
        rows = [{"type": k, "quantity": v} for k, v in inputs.items() if k not in _OPTION_KEYS]
        for row in rows:
            refdata.energy_type(row["type"])
        return comprehensive_energy(rows, str(inputs.get("basis", "当量值")), inputs.get("electricity_equivalent"))
    if iid == "co2_emissions":
        return co2_emissions(inputs)
    if iid == "renewable_energy":
        raise InputError("indicator", "renewable_energy 由工厂画像的可再生电力明细计算；单独计算利用率请用 renewable_energy_rate（Ere, E）")
    raise InputError("indicator", f"指标 {iid} 不能单独计算")


def input_help(indicator: str) -> str:
    """Chinese one-liner listing the inputs an indicator needs."""
    iid = resolve_indicator(indicator)
    m = refdata.catalog()["indicators"][iid]
    if iid in formulas._RATIOS:
        sym, label, unit, den = formulas._RATIOS[iid]
        d = "Q（合格产品产量，可带单位如 200000t）" if den == "Q" else "G（工业总产值，万元）"
        return f"{m['name']}（{m['formula']}）输入：{sym}（{label}，{unit}）、{d}"
    helps = {
        "renewable_energy_rate": "Ere（可再生能源利用量，tce 或 kWh）、E（综合能耗，tce）",
        "water_reuse_rate": "V（取水量，m3）、Vr（重复利用水量，m3）",
        "solid_waste_utilisation_rate": "Zr（综合利用量，t）、Z（产生量，t）、Zw（利用往年贮存量，t，可缺省为 0）",
        "capacity_per_land": "N（折合代表产品年产能）或 N1,t1,N2,t2,...,t0（时间定额折算）、A（用地面积，m2）",
        "output_value_per_land": "G（工业总产值，万元）、A（用地面积，m2）",
        "building_coefficient": "a1（建筑物）、a2（构筑物）、a3（堆场）占地面积、A（用地面积），m2",
        "plot_ratio": "S（总建筑面积，每层计一次）、S_high（层高超过 8 m 楼层的面积，再计一次）、A（用地面积），m2",
        "retrofit_investment_share": "I（近三年绿色低碳改造投资，万元）、G3（近三年工业总产值，万元）",
        "platform_functions": "n（已具备的平台业务功能项数，0-12）",
        "comprehensive_energy": "能源品种=消耗量带单位，如 electricity=4.5亿kWh 天然气=1800万m3；可选 basis=等价值 electricity_equivalent=0.3",
        "co2_emissions": "purchased_electricity（kWh）、grid_factor（tCO2/MWh）或 year/region、direct、process（tCO2）、heat（GJ）",
    }
    return f"{m['name']}（{m['formula']}）输入：{helps.get(iid, '')}"
