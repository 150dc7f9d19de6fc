"""Scoring per GB/T 36132-2025 clause 5.2 and result per clause 6; also the 2018 and supply-chain modes."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from .compute import compute_detailed
from .errors import InputError
from .profile import FactoryProfile
from .results import IndicatorResult
from .schemes import TYPE_ZH, Scheme, SchemeIndicator, load_scheme
from .units import convert, fmt

RowStatus = Literal["scored", "unfilled", "missing", "no_evidence", "not_declared"]


def linear_points(points: float, actual: float, lead: float, base: float, forward: bool) -> float:
    """Clause 5.2 linear method: full at or better than lead, zero below base, linear between."""
    if forward:
        if actual >= lead:
            return points
        if actual <= base:
            return 0.0
        share = (actual - base) / (lead - base)
    elif actual <= lead:
        return points
    elif actual >= base:
        return 0.0
    else:
        share = (base - actual) / (base - lead)
    # Rounding can put the share a hair outside [0, 1] (5.625000000000001 of 5.625 points, found by
    # hypothesis): points stay within the indicator's bounds.
    return points * min(1.0, max(0.0, share))


def range_points(ind: SchemeIndicator, actual: float) -> float:
    """Clause 5.2 range method: the fraction of the best band reached; lead/base rules still apply."""
    lead, base = float(ind.lead or 0), float(ind.base or 0)
    better = (lambda a, b: a >= b) if ind.forward else (lambda a, b: a <= b)
    if better(actual, lead):
        return ind.points
    if not better(actual, base) or actual == base:
        return 0.0
    frac = max((b.fraction for b in ind.ranges if better(actual, b.threshold)), default=0.0)
    return ind.points * frac


class ScoreRow(BaseModel):
    class_name: str
    seq: str
    id: str
    name: str
    type: str
    unit: str = ""
    value: float | None = None
    value_text: str = ""
    lead: float | None = None
    base: float | None = None
    points_max: float
    points: float = 0.0
    status: RowStatus = "scored"
    mandatory: bool = False
    formula: str = ""
    note: str = ""
    confidence: str = "H"


class ClassScore(BaseModel):
    id: str
    name: str
    weight: float
    score: float
    confidence: str = "H"


class GateRow(BaseModel):
    id: str
    text: str
    met: bool
    evidence: list[str] = Field(default_factory=list)


class ScoreReport(BaseModel):
    scheme: str
    title: str
    status: str
    mode: str
    factory: str
    rows: list[ScoreRow]
    classes: list[ClassScore]
    total: float
    gate: list[GateRow]
    gate_passed: bool
    mandatory_failed: list[str] = Field(default_factory=list)
    complete: bool
    pass_mark: float | None
    passed: bool | None
    verdict: str
    notes: list[str] = Field(default_factory=list)
    errors: dict[str, str] = Field(default_factory=dict)


def _actual(ind: SchemeIndicator, results: dict[str, IndicatorResult]) -> IndicatorResult | None:
    for iid in ind.indicator_ids():
        if iid in results:
            return results[iid]
        for key, r in results.items():  # a generic pollutant indicator: the first pollutant reported
            if key.startswith(iid + ":"):
                return r
    return None


def _quant_row(row: ScoreRow, ind: SchemeIndicator, results: dict[str, IndicatorResult],
               errors: dict[str, str]) -> None:
    r = _actual(ind, results)
    if r is None:
        row.status = "missing"
        why = "；".join(errors[i] for i in ind.indicator_ids() if i in errors)
        row.note = f"缺少数据，未能计算{('：' + why) if why else ''}"
        return
    row.formula, row.confidence = r.formula, r.confidence
    value = r.value
    if ind.lead is None or ind.base is None:
        row.value, row.value_text, row.unit = value, r.display_value(), r.unit
        row.status, row.note = "unfilled", "引领值/基准值待按行业填写，未评分"
        return
    try:
        value = convert(r.value, r.unit, ind.unit, water=True)
    except InputError:
        row.status, row.note = "missing", f"计算值单位 {r.unit} 与方案单位 {ind.unit} 不相容"
        return
    row.value, row.value_text = value, f"{fmt(value)} {ind.unit}".strip()
    if ind.rule == "range":
        row.points = range_points(ind, value)
    else:
        row.points = linear_points(ind.points, value, ind.lead, ind.base, ind.forward)


def _qual_row(row: ScoreRow, ind: SchemeIndicator, profile: FactoryProfile,
              results: dict[str, IndicatorResult]) -> None:
    r = _actual(ind, results)
    if r is not None:
        row.value_text = f"参考：{r.name} {r.display_value()}"
    dec = profile.declarations.get(ind.id)
    if dec is None:
        row.status, row.note = "not_declared", "未申报，不得分"
        return
    if isinstance(dec.level, str):
        if dec.level not in ind.levels:
            row.status = "not_declared"
            row.note = f"申报水平“{dec.level}”不在方案水平（{'、'.join(ind.levels)}）中"
            return
        frac, label = ind.levels[dec.level], dec.level
    else:
        frac, label = max(0.0, min(1.0, float(dec.level))), f"比例 {fmt(float(dec.level))}"
    if frac > 0 and not dec.evidence:
        row.status, row.note = "no_evidence", f"申报“{label}”但无证据，不得分"
        return
    row.points = ind.points * frac
    row.value_text = row.value_text or label
    row.note = f"申报：{label}；证据：{'、'.join(dec.evidence) or '无'}"


def score(profile: FactoryProfile, scheme: str | Path | Scheme = "table-c1-example") -> ScoreReport:
    """Score a profile with a scheme: clause 5.2 per indicator, 6.1 sum, gate and verdict."""
    s = scheme if isinstance(scheme, Scheme) else load_scheme(scheme)
    results, errors = compute_detailed(profile)
    rows: list[ScoreRow] = []
    classes: list[ClassScore] = []
    for c in s.classes:
        crow: list[ScoreRow] = []
        for ind in c.indicators:
            row = ScoreRow(class_name=c.name, seq=ind.seq, id=ind.id, name=ind.name, type=TYPE_ZH[ind.type],
                           unit=ind.unit, lead=ind.lead, base=ind.base, points_max=ind.points,
                           mandatory=ind.mandatory, confidence=ind.confidence)
            if ind.quantitative:
                _quant_row(row, ind, results, errors)
            else:
                _qual_row(row, ind, profile, results)
            crow.append(row)
        earned, possible = sum(r.points for r in crow), sum(r.points_max for r in crow)
        classes.append(ClassScore(id=c.id, name=c.name, weight=c.weight,
                                  score=c.weight * earned / possible, confidence=c.confidence))
        rows.extend(crow)
    total = sum(c.score for c in classes)
    gate = []
    for g in s.basic_requirements:
        br = profile.basic_requirements.get(g.id)
        gate.append(GateRow(id=g.id, text=g.text, met=bool(br and br.met and br.evidence),
                            evidence=br.evidence if br else []))
    gate_passed = all(g.met for g in gate)
    mandatory_failed = [r.name for r in rows if r.mandatory and r.points <= 0]
    complete = not any(r.status in ("unfilled", "missing") for r in rows)
    passed, verdict = _verdict(s, total, gate, gate_passed, mandatory_failed, complete, rows)
    notes = [n for n in (s.note,) if n]
    if any(r.confidence in ("M", "L") for r in rows) or s.confidence != "H":
        notes.append("部分数值（系数、排放因子、权重或方案数值）来自二手资料或为示意值，请以正式文本核对")
    return ScoreReport(scheme=s.id, title=s.title, status=s.status, mode=s.mode, factory=profile.basics.name,
                       rows=rows, classes=classes, total=total, gate=gate, gate_passed=gate_passed,
                       mandatory_failed=mandatory_failed, complete=complete, pass_mark=s.pass_mark,
                       passed=passed, verdict=verdict, notes=notes, errors=errors)


def _verdict(s: Scheme, total: float, gate: list[GateRow], gate_ok: bool, mand: list[str],
             complete: bool, rows: list[ScoreRow]) -> tuple[bool | None, str]:
    none_note = s.pass_mark_note or "GB/T 36132-2025 未规定合格分数线"
    if not gate_ok:
        failed = "、".join(g.id for g in gate if not g.met)
        return False, f"不满足基本要求（{failed}，未满足或无证据），不能判定为绿色工厂；总分 {total:.2f} 分仅供参考。"
    if mand:
        return False, f"必选项未满足（{'、'.join(mand)}），不能通过；总分 {total:.2f} 分。"
    if not complete:
        n = sum(1 for r in rows if r.status in ("unfilled", "missing"))
        return None, f"评分不完整：{n} 项定量指标未评分（引领值/基准值待填或缺数据），总分 {total:.2f} 分仅为已评分部分之和，不能据此判定。{none_note}"
    if s.pass_mark is None:
        return None, f"总分 {total:.2f} 分。{none_note}因此不给出是否达标的结论。"
    ok = total >= s.pass_mark
    word = "达到" if ok else "未达到"
    return ok, f"总分 {total:.2f} 分，{word}本方案分数线 {s.pass_mark:g} 分。说明：{none_note}"
