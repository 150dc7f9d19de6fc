"""Evaluation schemes in the GB/T 36132-2025 Table A.1 format: loading and validation."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.types import Confidence

from . import refdata
from .errors import SchemeError
from .units import compatible

IndicatorType = Literal["forward_quantitative", "inverse_quantitative",
                        "forward_qualitative", "inverse_qualitative"]
TYPE_ZH = {"forward_quantitative": "正向定量", "inverse_quantitative": "逆向定量",
           "forward_qualitative": "正向定性", "inverse_qualitative": "逆向定性"}
DEFAULT_LEVELS = {"符合": 1.0, "部分符合": 0.5, "不符合": 0.0}


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RangeBand(_M):
    threshold: float = Field(description="正向：实际值 ≥ threshold；逆向：实际值 ≤ threshold")
    fraction: float = Field(description="得分比例 0-1")


class SchemeIndicator(_M):
    seq: str = Field(description="序号（表A.1 的“序号”列）")
    id: str
    name: str
    indicator: str | list[str] | None = Field(default=None, description="计算指标 id（可多个备选）")
    type: IndicatorType
    unit: str = ""
    lead: float | None = None
    lead_text: str = ""
    base: float | None = None
    base_text: str = ""
    points: float
    rule: Literal["linear", "range", "level"] = "linear"
    ranges: list[RangeBand] = Field(default_factory=list)
    levels: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_LEVELS))
    mandatory: bool = False
    requirement: str = ""
    confidence: Confidence = "H"

    @field_validator("seq", mode="before")
    @classmethod
    def _seq_str(cls, v: object) -> str:
        return str(v)

    @property
    def quantitative(self) -> bool:
        return self.type.endswith("quantitative")

    @property
    def forward(self) -> bool:
        return self.type.startswith("forward")

    def indicator_ids(self) -> list[str]:
        if self.indicator is None:
            return []
        return [self.indicator] if isinstance(self.indicator, str) else list(self.indicator)


class SchemeClass(_M):
    id: str
    name: str
    weight: float
    confidence: Confidence = "H"
    indicators: list[SchemeIndicator]


class GateItem(_M):
    id: str
    text: str
    confidence: Confidence = "H"


class Scheme(_M):
    id: str
    title: str
    mode: Literal["gbt36132-2025", "gbt36132-2018", "supply-chain"]
    status: Literal["example", "illustrative", "template", "official"]
    industry: dict[str, str] | None = None
    source: str = ""
    citation_key: str = ""
    confidence: Confidence = "H"
    note: str = ""
    points_equal_weight: bool = Field(default=False, description="各二级指标分值之和等于其一级指标权重")
    pass_mark: float | None = None
    pass_mark_note: str = ""
    basic_requirements: list[GateItem] = Field(default_factory=list)
    classes: list[SchemeClass]

    def all_indicators(self) -> list[tuple[SchemeClass, SchemeIndicator]]:
        return [(c, i) for c in self.classes for i in c.indicators]


def list_schemes() -> list[str]:
    """Ids of the shipped schemes."""
    return sorted(p.stem for p in refdata.SCHEMES_DIR.glob("*.yaml"))


def load_scheme(scheme: str | Path) -> Scheme:
    """Load a shipped scheme by id, or a scheme YAML file by path; validate it."""
    path = Path(scheme)
    if not path.suffix and not path.exists():
        path = refdata.SCHEMES_DIR / f"{scheme}.yaml"
    if not path.exists():
        raise SchemeError(str(scheme), [f"找不到评分方案（可用：{'、'.join(list_schemes())}）"])
    return scheme_from_dict(_read_yaml(str(path.resolve()), path.stat().st_mtime_ns), str(scheme))


@lru_cache(maxsize=64)
def _read_yaml(path: str, mtime_ns: int) -> object:
    """Parsed scheme file, cached by path and modification time (scheme_from_dict never mutates it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def scheme_from_dict(data: object, name: str = "方案") -> Scheme:
    try:
        s = Scheme.model_validate(data)
    except ValidationError as exc:
        raise SchemeError(name, [f"{'.'.join(str(x) for x in e['loc'])}：{e['msg']}" for e in exc.errors()]) from None
    problems = validate_scheme(s)
    if problems:
        raise SchemeError(s.id, problems)
    return s


def _unit_ok(ind_id: str, unit: str) -> bool:
    base = ind_id.split(":")[0].split("@")[0]
    cat = refdata.catalog()["indicators"].get(base)
    if cat is None:
        return False
    want = str(cat["unit"])
    if "{u}" in want:
        num_w, num_s = want.split("/")[0], unit.split("/")[0]
        if want.startswith("{u}"):
            return unit.endswith("/m2") or unit.endswith("/m²")
        return compatible(num_w, num_s)
    return compatible(want, unit)


def validate_scheme(s: Scheme) -> list[str]:
    """Every problem of a scheme, in Chinese; empty when the scheme is valid."""
    p: list[str] = []
    total = sum(c.weight for c in s.classes)
    if abs(total - 100) > 1e-6:
        p.append(f"一级指标权重之和为 {total:g}，应为 100")
    if s.pass_mark is not None and not 0 <= s.pass_mark <= 100:
        p.append(f"分数线 {s.pass_mark:g} 应在 0～100 之间")
    seen: set[str] = set()
    for c in s.classes:
        if c.weight <= 0:
            p.append(f"一级指标“{c.name}”权重应大于 0")
        if not c.indicators:
            p.append(f"一级指标“{c.name}”下没有二级指标")
            continue
        pts = sum(i.points for i in c.indicators)
        if s.points_equal_weight and abs(pts - c.weight) > 1e-6:
            p.append(f"一级指标“{c.name}”下各指标分值之和为 {pts:g}，与权重 {c.weight:g} 不等")
        for i in c.indicators:
            where = f"指标 {i.seq}“{i.name}”"
            if i.id in seen:
                p.append(f"{where}：id {i.id} 重复")
            seen.add(i.id)
            if i.points <= 0:
                p.append(f"{where}：分值应大于 0")
            p.extend(f"{where}：{m}" for m in _check_indicator(s, i))
    return p


def _check_indicator(s: Scheme, i: SchemeIndicator) -> list[str]:
    p: list[str] = []
    if not i.quantitative:
        if i.rule != "level":
            p.append("定性指标的评分规则应为 level（按申报水平与证据）")
        if any(not 0 <= f <= 1 for f in i.levels.values()):
            p.append("定性指标各水平的得分比例应在 0～1 之间")
        return p
    if i.rule == "level":
        p.append("定量指标的评分规则应为 linear 或 range")
    if not i.unit:
        p.append("定量指标须给出单位")
    for ind in i.indicator_ids():
        if ind.split(":")[0].split("@")[0] not in refdata.catalog()["indicators"]:
            p.append(f"未知计算指标 {ind}")
        elif i.lead is not None and not _unit_ok(ind, i.unit):
            p.append(f"单位 {i.unit} 与计算指标 {ind} 的单位不相容")
    if (i.lead is None) != (i.base is None):
        p.append("引领值与基准值须同时给出（或同时待填）")
    elif i.lead is None:
        if s.status != "example":
            p.append("非示例方案的定量指标须给出引领值和基准值")
    elif i.forward and not i.lead > i.base:  # type: ignore[operator]
        p.append(f"正向指标的引领值（{i.lead:g}）应大于基准值（{i.base:g}）")
    elif not i.forward and not i.lead < i.base:  # type: ignore[operator]
        p.append(f"逆向指标的引领值（{i.lead:g}）应小于基准值（{i.base:g}）")
    if i.rule == "range":
        if not i.ranges:
            p.append("区间法须给出 ranges")
        if any(not 0 <= b.fraction <= 1 for b in i.ranges):
            p.append("区间得分比例应在 0～1 之间")
        order = sorted(i.ranges, key=lambda b: b.threshold, reverse=not i.forward)
        fracs = [b.fraction for b in order]
        if fracs != sorted(fracs):
            p.append("区间得分比例应随指标变好而不减")
    return p
