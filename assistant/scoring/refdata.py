"""Reference data: loads the versioned data files under assistant/scoring/data/."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

DATA_DIR = Path(__file__).parent / "data"
SCHEMES_DIR = DATA_DIR / "schemes"

CONFIDENCE_NOTE = {
    "M": "数值来自二手资料，请以正式文本核对",
    "L": "数值仅有单一或较弱来源，请以正式文本核对",
}


def confidence_note(conf: str | None) -> str:
    return CONFIDENCE_NOTE.get(conf or "H", "")


def lowest(*confs: str | None) -> str:
    """The lowest of several confidences (L < M < H); None counts as H."""
    order = {"L": 0, "M": 1, "H": 2}
    vals = [c or "H" for c in confs] or ["H"]
    return min(vals, key=lambda c: order[c])


@cache
def _load(name: str) -> dict[str, Any]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def coefficients() -> dict[str, Any]:
    return _load("coefficients.yaml")


def grid_data() -> dict[str, Any]:
    return _load("grid_factors.yaml")


def children() -> list[dict[str, Any]]:
    """constants.yaml `children`: the constants under a heading, in table order."""
    return list(_load("constants.yaml").get("children", []))


@cache
def constants() -> list[dict[str, Any]]:
    """constants.yaml, plus constants derived from the data rather than written twice: the number of
    normative references (references.yaml `normative`), and the sums of 表C.1's points and weights."""
    rows = list(_load("constants.yaml")["constants"])
    n = sum(1 for f in _load("references.yaml")["references"] if f.get("normative"))
    c1 = "GB/T 36132-2025§表C.1"
    pts = sum(float(c["value"]) for c in rows if c["id"].startswith("c1_points_"))
    wts = sum(float(c["value"]) for c in rows if c["id"].startswith("c1_weight_"))
    sums = ["加总", "总和", "之和", "相加", "合计", "总计", "共计", "累计", "全部", "所有", "一共", "加起来"]
    rows += [
        {"id": "normative_references", "keys": ["GB/T 36132-2025§2"], "value": n, "unit": "项", "role": "value",
         "terms": ["规范性引用文件", "引用文件", "规范性引用", "引用的标准", "引用标准"], "confidence": "H",
         "description": f"第2章 规范性引用文件共 {n} 项"},
        {"id": "c1_points_total", "keys": [c1], "value": pts, "unit": "分", "role": "points", "generic": True,
         "terms": ["分值", "各项分值", "总分值", "全部分值", "所有分值", "二级指标分值", "各指标分值", "指标分值"],
         "context_any": sums, "confidence": "H", "description": f"表C.1 各二级指标分值之和（{pts:g} 分）"},
        {"id": "c1_weights_total", "keys": [c1], "value": wts, "unit": "%", "role": "weight", "generic": True,
         "terms": ["权重", "各类权重", "一级指标权重", "五类权重", "各一级指标权重"], "context_any": sums,
         "confidence": "H", "description": f"表C.1 五类一级指标权重之和（{wts:g}%）"},
    ]
    return rows


def scopes() -> dict[str, list[str]]:
    """Documents whose constants are checked without a citation, with the words that bring them in scope."""
    return dict(_load("constants.yaml").get("scopes", {}))


def catalog() -> dict[str, Any]:
    return _load("indicators.yaml")


def energy_type(name: str) -> tuple[str, dict[str, Any]]:
    """Resolve an energy type by id or Chinese alias ('electricity', '电力', '天然气')."""
    energies = coefficients()["energies"]
    key = name.strip()
    if key in energies:
        return key, energies[key]
    for eid, row in energies.items():
        if key == row["name"] or key in row.get("aliases", []):
            return eid, row
    known = "、".join(f"{eid}（{row['name']}）" for eid, row in energies.items())
    raise InputError("type", f"未知能源品种：{name}。可用：{known}")


def grid_factor(year: int, region: str | None = None) -> dict[str, Any]:
    """The grid factor row for a year and region; falls back to the national factor of that year."""
    data = grid_data()
    region = region or data["default_region"]
    rows = data["factors"]
    for row in rows:
        if row["year"] == year and row["region"] == region:
            return {**row, "fallback": False}
    for row in rows:
        if row["year"] == year and row["region"] == data["default_region"]:
            return {**row, "fallback": region != data["default_region"]}
    years = sorted({r["year"] for r in rows})
    raise InputError(
        "carbon.grid_factor",
        f"没有 {year} 年{region}电网排放因子数据（已有年份：{years}）；请在画像 carbon.grid_factor 中给出因子及其来源",
    )
