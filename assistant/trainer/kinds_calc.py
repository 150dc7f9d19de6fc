"""Numeric question kinds: formula (graded by assistant.scoring.calc) and the clause 5.2 score."""

from __future__ import annotations

import random
import re

from assistant.scoring import InputError, calc, linear_points, refdata
from assistant.scoring.units import fmt

from .build import Builder, Context, question
from .source import Clause

# indicator -> inputs (symbol, label, unit, low, high). Ranges keep every input valid together
# (Zr <= Z, Ere <= E, a1+a2+a3 <= A, S_high <= S).
FORMULAS: dict[str, list[tuple[str, str, str, float, float]]] = {
    "energy_per_product": [("E", "综合能耗", "tce", 2000, 90000), ("Q", "合格品产量", "t", 10000, 500000)],
    "energy_per_value": [("E", "综合能耗", "tce", 2000, 90000), ("G", "产值", "万元", 20000, 900000)],
    "co2_per_product": [("C", "二氧化碳排放量", "tCO2", 5000, 200000), ("Q", "合格品产量", "t", 10000, 500000)],
    "co2_per_value": [("C", "二氧化碳排放量", "tCO2", 5000, 200000), ("G", "产值", "万元", 20000, 900000)],
    "renewable_energy_rate": [("Ere", "可再生能源利用量", "tce", 200, 4000), ("E", "综合能耗", "tce", 8000, 60000)],
    "water_per_product": [("V", "取水量", "m3", 50000, 900000), ("Q", "合格品产量", "t", 10000, 500000)],
    "water_per_value": [("V", "取水量", "m3", 50000, 900000), ("G", "产值", "万元", 20000, 900000)],
    "water_reuse_rate": [("V", "取水量", "m3", 50000, 900000), ("Vr", "重复利用水量", "m3", 500000, 9000000)],
    "solid_waste_utilisation_rate": [("Zr", "综合利用量", "t", 1000, 7000), ("Z", "产生量", "t", 8000, 20000),
                                     ("Zw", "综合利用的往年贮存量", "t", 0, 900)],
    "output_value_per_land": [("G", "产值", "万元", 20000, 900000), ("A", "工厂用地面积", "m2", 50000, 900000)],
    "building_coefficient": [("a1", "建筑物占地面积", "m2", 10000, 30000), ("a2", "构筑物占地面积", "m2", 1000, 9000),
                             ("a3", "堆场占地面积", "m2", 500, 5000), ("A", "工厂用地面积", "m2", 60000, 120000)],
    "plot_ratio": [("S", "总建筑面积（每层计一次）", "m2", 40000, 120000),
                   ("S_high", "其中层高超过 8 m 楼层的建筑面积", "m2", 2000, 20000),
                   ("A", "工厂用地面积", "m2", 60000, 120000)],
}
# 'hard' states inputs in other units; the calculator converts them back (unit, factor, shown unit).
CONVERT: dict[str, tuple[float, str]] = {"tce": (1000, "kgce"), "m3": (1e-4, "万m3"), "万元": (1e-4, "亿元"),
                                         "t": (1e-4, "万t"), "tCO2": (1e-4, "万tCO2"), "m2": (1e-4, "公顷")}
TOLERANCE = {"easy": 0.01, "medium": 0.01, "hard": 0.005}
_B_CLAUSE = re.compile(r"^B\.\d+$")


def _draw(lo: float, hi: float, difficulty: str, rng: random.Random) -> float:
    if difficulty == "easy":  # round numbers
        step = 10 ** max(0, len(str(int(hi))) - 2)
        return max(step, round(rng.uniform(lo, hi) / step) * step)
    return float(round(rng.uniform(lo, hi)))


def _formula_line(c: Clause, equation: str) -> str | None:
    for line in c.text.split("\n"):
        if "=" in line and f"（{equation}）" in line.replace("(", "（").replace(")", "）"):
            return line.strip()
    return None


def _formula_clauses(ctx: Context) -> dict[str, Clause]:
    return {c.clause: c for c in ctx.pool if _B_CLAUSE.match(c.clause) and c.status == "current"
            and c.doc_id.startswith("GB/T 36132")}


def formula(ctx: Context) -> list[Builder]:
    """Compute an Annex B indicator from given numbers; 'hard' hides the formula and converts units."""
    found = _formula_clauses(ctx)

    def make(iid: str, c: Clause, line: str) -> Builder:
        def build(rng: random.Random) -> object:
            inputs: dict[str, str] = {}
            for sym, _label, unit, lo, hi in FORMULAS[iid]:
                v = _draw(lo, hi, ctx.difficulty, rng)
                if ctx.difficulty == "hard" and unit in CONVERT and rng.random() < 0.7:
                    factor, shown = CONVERT[unit]
                    inputs[sym] = f"{fmt(v * factor)} {shown}"
                else:
                    inputs[sym] = f"{fmt(v)} {unit}"
            try:
                result = calc(iid, inputs)
            except InputError:
                return None
            labels = {s: lab for s, lab, *_ in FORMULAS[iid]}
            shown = "；".join(f"{labels[s]} {s} = {v}" for s, v in inputs.items())
            ref = f"{c.doc_id} {c.clause}"
            ask = (ctx.prompts.render("trainer/ask_unit", unit=result.unit) if result.unit
                   else ctx.prompts.render("trainer/ask_plain"))
            if ctx.difficulty == "hard":
                stem = ctx.prompts.render("trainer/formula_hard", clause_ref=ref, name=result.name,
                                          inputs=shown, ask=ask)
            else:
                stem = ctx.prompts.render("trainer/formula", clause_ref=ref, name=result.name,
                                          formula=line.split("（")[0].strip(), inputs=shown, ask=ask)
            extra = ctx.prompts.render("trainer/explain_formula", steps="；".join(result.steps))
            tol = TOLERANCE[ctx.difficulty]
            return question(ctx, kind="formula", form=iid, clause=c, stem=stem, quote=line,
                            answer=f"{fmt(result.value, 4)} {result.unit}".strip(), value=result.value,
                            tolerance=tol, unit=result.unit, inputs=inputs, indicator=iid, extra=extra)
        return build  # type: ignore[return-value]

    out = []
    for iid in FORMULAS:
        meta = refdata.catalog()["indicators"][iid]
        c = found.get(str(meta["formula"]))
        line = _formula_line(c, str(meta.get("equation", meta["formula"]))) if c else None
        if c and line:
            out.append(make(iid, c, line))
    return out


_RULE = re.compile(r"^-?\s*(正向|逆向)指标：得分\s*=.+$", re.M)


def score_rule(ctx: Context) -> list[Builder]:
    """Clause 5.2: the points of one indicator from its actual, baseline and leading values."""
    rules = [c for c in ctx.pool if c.status == "current" and len(_RULE.findall(c.text)) == 2]

    def make(c: Clause) -> Builder:
        def build(rng: random.Random) -> object:
            forward = True if ctx.difficulty == "easy" else rng.random() < 0.5
            points = float(rng.choice([4, 6, 8]))
            base, lead = (80.0, 90.0) if forward else (0.6, 0.4)
            if not forward and ctx.difficulty != "easy":
                base, lead = round(rng.uniform(0.5, 0.8), 2), round(rng.uniform(0.2, 0.45), 2)
            elif ctx.difficulty != "easy":
                base = float(rng.randint(60, 80))
                lead = base + rng.randint(5, 15)
            lo, hi = min(base, lead), max(base, lead)
            outside = ctx.difficulty == "hard" and rng.random() < 0.4
            actual = (hi + (hi - lo) * 0.2 if rng.random() < 0.5 else lo - (hi - lo) * 0.2) if outside \
                else lo + (hi - lo) * rng.choice([0.2, 0.3, 0.4, 0.6, 0.7, 0.8])
            actual = round(actual, 2 if not forward else 1)
            value = linear_points(points, actual, lead, base, forward)
            word = "正向" if forward else "逆向"
            line = next(m.group(0) for m in _RULE.finditer(c.text) if m.group(1) == word)
            if outside:
                line = next((s.strip() + "。" for s in c.body.split("。") if "满分" in s and s.strip() in c.text),
                            line)
            stem = ctx.prompts.render("trainer/procedure_score", clause_ref=f"{c.doc_id} {c.clause}",
                                      direction=word, points=fmt(points), base=fmt(base), lead=fmt(lead),
                                      actual=fmt(actual))
            extra = ctx.prompts.render("trainer/explain_score", points=fmt(points), base=fmt(base),
                                       lead=fmt(lead), actual=fmt(actual), value=fmt(value, 4))
            quote = line.lstrip("- ").strip() if line.lstrip("- ").strip() in c.text else line
            return question(ctx, kind="procedure", form="score", clause=c, stem=stem, quote=quote,
                            answer=f"{fmt(value, 4)} 分", value=value, tolerance=0.01, unit="分", extra=extra)
        return build  # type: ignore[return-value]

    # a few draws per rule clause: each gets its own numbers (and direction, above 'easy')
    return [make(c) for c in rules for _ in range(3)]
