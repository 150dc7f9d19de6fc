"""What a number in text can refer to: profile indicators and inputs, scores, clause constants,
reference coefficients. Each subject has the words that name it (terms) and its expected value."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from . import refdata, vocab
from .citekeys import key_matches, keys_in_text  # noqa: F401  (keys_in_text: lexcache imports it from here)
from .compute import compute_detailed, qty
from .errors import ScoringError
from .lexicon import Lexicon, Subject
from .profile import FactoryProfile
from .quantities import quantities
from .results import IndicatorResult
from .scorer import ScoreReport, score
from .units import fmt

# Family terms: a generic word whose unit decides the indicator.
FAMILIES: dict[str, list[str]] = {
    "comprehensive_energy": ["energy_per_product", "energy_per_value"],
    "co2_emissions": ["co2_per_product", "co2_per_value"],
    "water_withdrawal": ["water_per_product", "water_per_value"],
    "raw_material": ["raw_material_per_product", "raw_material_per_value"],
    "wastewater_generated": ["wastewater_generated_per_product", "wastewater_generated_per_value"],
    "wastewater_discharged": ["wastewater_discharged_per_product", "wastewater_discharged_per_value"],
}
GENERIC: dict[str, list[str]] = {
    "能耗强度": ["energy_per_product", "energy_per_value"], "能源消耗强度": ["energy_per_product", "energy_per_value"],
    "碳排放强度": ["co2_per_product", "co2_per_value"], "二氧化碳排放强度": ["co2_per_product", "co2_per_value"],
    "取水强度": ["water_per_product", "water_per_value"], "原材料消耗强度": ["raw_material_per_product", "raw_material_per_value"],
    "土地产出率": ["output_value_per_land", "capacity_per_land"], "用地产出率": ["output_value_per_land", "capacity_per_land"],
    # '阴极铜单耗约 446.5 kgce/t': a per-product consumption, the unit says of what
    "单耗": ["energy_per_product", "water_per_product", "raw_material_per_product"],
    "产品单耗": ["energy_per_product", "water_per_product", "raw_material_per_product"],
}
TOTAL_SCORE_TERMS = ["总分", "总得分", "综合得分", "评价总分", "最终得分", "评价得分", "自评得分", "自评价得分", "得分合计", "合计得分"]


def _from_result(r: IndicatorResult, key: str) -> Subject:
    how = "；".join(r.steps[-2:]) if r.steps else r.display_value()
    note = refdata.confidence_note(r.confidence)
    return Subject(id=key, name=r.name, role="value", value=r.value, unit=r.unit, reference=r.formula,
                   how=how + (f"（{note}）" if note else ""), confidence=r.confidence,
                   water=bool(refdata.catalog()["indicators"].get(r.indicator, {}).get("water")))


def _pollutant_terms(iid: str, name: str) -> list[str]:
    aliases = refdata.catalog()["pollutant_aliases"].get(name, [name])
    verb = "产生" if "generated" in iid else "排放"
    out = []
    for a in aliases:
        if iid.endswith("per_product"):
            out += [f"单位产品{a}{verb}量", f"单位产品{a}{verb}", f"吨产品{a}{verb}量", f"{a}{verb}强度",
                    f"{a}单位产品{verb}量", f"{a}的单位产品{verb}量"]  # 'SO2单位产品排放量'
        else:
            out += [f"单位产值{a}{verb}量", f"万元产值{a}{verb}量", f"{a}{verb}强度", f"{a}单位产值{verb}量",
                    f"{a}的单位产值{verb}量"]
    return out


def add_profile(lex: Lexicon, profile: FactoryProfile) -> dict[str, Subject]:
    """Indicator and input subjects of a profile; returns them by id (for swapped-value hints)."""
    results, _ = compute_detailed(profile)
    cat = refdata.catalog()
    by_id: dict[str, Subject] = {}
    for key, r in results.items():
        if "@" in key:
            continue
        s = _from_result(r, key)
        by_id[key] = s
        if ":" in key:
            for t in _pollutant_terms(key.split(":")[0], key.split(":")[1]):
                lex.add(t, s)
        else:
            for t in cat["indicators"][key].get("synonyms", []):
                lex.add(t, s)
    for term, ids in GENERIC.items():
        for iid in ids:
            if iid in by_id:
                lex.add(term, by_id[iid])
    for qid, s in quantities(profile).items():
        by_id[qid] = s
        for t in cat["quantities"].get(qid, {}).get("synonyms", []):
            lex.add(t, s)
    cap = results.get("capacity_per_land")
    if cap is not None and "N" in cap.inputs:  # B.24: capacity converted to the representative product
        n = cap.inputs["N"]
        s = Subject(id="capacity", name="折合代表产品的年产能", role="value", value=n.value, unit=n.unit,
                    reference=cap.formula, how=next((x for x in cap.steps if x.startswith("N =")), "画像填报值"))
        by_id["capacity"] = s
        for t in ("产能", "年产能", "全厂产能", "总产能", "折合产能", "折算产能", "产能合计", "合计产能", "全厂年产能"):
            lex.add(t, s)
    for p in profile.products:
        if (s := by_id.get(f"output:{p.id}")) is not None:
            for t in (f"{p.name}产量", f"{p.name}年产量", f"{p.name}合格产品产量", f"{p.name}合格品产量"):
                lex.add(t, s)
            if p.representative:  # '2022年合格品产量20万吨' in a text on the representative product
                for t in ("合格品产量", "合格产品产量"):
                    lex.add(t, s)
    for fam, members in FAMILIES.items():
        for t in cat["indicators"].get(fam, cat["quantities"].get(fam, {})).get("synonyms", []):
            for iid in members:
                if iid in by_id:
                    lex.add(t, by_id[iid])
    for pol in profile.pollutants:
        for a in cat["pollutant_aliases"].get(pol.name, [pol.name]):
            for part, verb in (("generated", "产生"), ("discharged", "排放")):
                raw = getattr(pol, part)
                if raw is not None:
                    s = Subject(id=f"pollutant_{part}:{pol.name}", name=f"{pol.name}{verb}量", role="value",
                                value=qty(raw, "t", f"pollutants.{part}"), unit="t", how="画像填报值", reference="画像")
                    lex.add(f"{a}{verb}量", s)
                    lex.add(f"{a}{verb}总量", s)
                    lex.add(f"{a}年{verb}", s)  # 'SO2年排放380吨'; a bare 'SO2排放' may be per unit
    return by_id


def add_scores(lex: Lexicon, profile: FactoryProfile, scheme: Any) -> ScoreReport | None:
    try:
        rep = score(profile, scheme)
    except ScoringError:
        return None
    ref = f"方案 {rep.scheme}"
    total = Subject(id="score:total", name="总分", role="score", value=rep.total, unit="分", reference=ref,
                    how=f"各一级指标综合得分之和（GB/T 36132-2025 6.1），方案《{rep.title}》")
    for t in TOTAL_SCORE_TERMS:
        lex.add(t, total)
    if rep.pass_mark is not None:  # '示意方案设定的分数线是60分': the scheme's pass mark, not a rule of the standard
        mark = Subject(id="score:pass_mark", name="方案分数线", role="points", value=rep.pass_mark, unit="分",
                       reference=ref, how=f"方案《{rep.title}》设定的分数线（GB/T 36132-2025 未规定合格分数线）")
        for t in ("分数线", "合格分数线", "及格线", "合格线", "通过分数线"):
            lex.add(t, mark)
    for c in rep.classes:
        cs = Subject(id=f"score:{c.id}", name=f"{c.name}得分", role="score", value=c.score, unit="分",
                     reference=ref, how=f"权重 {c.weight:g} × 得分 / 分值，方案《{rep.title}》")
        for t in (c.name, f"{c.name}综合得分"):  # '能源低碳化综合得分' is the class's, not the total '综合得分'
            lex.add(t, cs)
        lex.add(c.name, Subject(id=f"weight:{c.id}", name=f"{c.name}权重", role="weight", value=c.weight, unit="%",
                                reference=ref, how=f"方案《{rep.title}》一级指标权重"))
        # '能源低碳化满分 30 分': a class's full points are its weight on the 100-point result (6.1)
        lex.add(c.name, Subject(id=f"classmax:{c.id}", name=f"{c.name}满分", role="points", value=c.weight, unit="分",
                                reference=ref, how=f"方案《{rep.title}》一级指标权重 {c.weight:g}，即该类满分",
                                context_any=["满分", "分值", "最高"]))  # only when the sentence speaks of full points
    cat = refdata.catalog()["indicators"]
    from .schemes import load_scheme
    sch = load_scheme(scheme)
    for (_, ind), row in zip(sch.all_indicators(), rep.rows, strict=True):
        ids = [i.split(":")[0] for i in ind.indicator_ids()]
        terms = {row.name, *(t for i in ids for t in cat.get(i, {}).get("synonyms", []))}
        # a family word ('碳排放强度…得6.2分') names this row too; with another denominator it names the
        # family's other indicator, so no unit slip is read through it
        generic = {*(g for g, members in GENERIC.items() if any(i in members for i in ids)),
                   *(t for i in ind.indicator_ids() if ":" in i for t in _pollutant_terms(*i.split(":", 1))),
                   *(t for fam, members in FAMILIES.items() if any(i in members for i in ids)
                     for t in cat.get(fam, refdata.catalog()["quantities"].get(fam, {})).get("synonyms", []))} - terms

        subs = [Subject(id=f"points:{row.id}", name=f"{row.name}得分", role="score", value=row.points, unit="分",
                        reference=ref, how=f"按 5.2 计分：{row.value_text or '—'}，分值 {row.points_max:g}"),
                Subject(id=f"max:{row.id}", name=f"{row.name}分值", role="points", value=row.points_max, unit="分",
                        reference=ref, how=f"方案《{rep.title}》分值")]
        if row.lead is not None and row.base is not None:
            subs += [Subject(id=f"lead:{row.id}", name=f"{row.name}引领值", role="lead", value=row.lead, unit=row.unit,
                             reference=ref, how=f"方案《{rep.title}》引领值（{sch.status}）", confidence=ind.confidence),
                     Subject(id=f"base:{row.id}", name=f"{row.name}基准值", role="base", value=row.base, unit=row.unit,
                             reference=ref, how=f"方案《{rep.title}》基准值（{sch.status}）", confidence=ind.confidence)]
        for t in terms:
            for s in subs:
                lex.add(t, s)
        # '单位产品综合能耗（阴极铜）实际值 446.5 kgce/t': the row's own name names the profile's indicator too
        own = {s.id: s for t in terms for s in lex.terms.get(t, []) if s.id in ind.indicator_ids() and not s.constant}
        for s in own.values():
            if s not in lex.terms.get(row.name, []):
                lex.add(row.name, s)
        for t in generic:
            for s in subs:
                lex.add(t, replace(s, no_slip=True))
    return rep


def add_reference(lex: Lexicon) -> None:
    """Always-on reference data: standard-coal coefficients and grid factors (with year/region context)."""
    co = refdata.coefficients()
    for eid, row in co["energies"].items():
        alts = [(float(a["value"]), a["label"]) for a in row.get("alternatives", [])]
        rng = tuple(row["range"]) if row.get("range") else None
        s = Subject(id=f"coef:{eid}", name=f"{row['name']}折标系数", role="value", value=float(row["coefficient"]),
                    unit=f"kgce/{row['unit']}", reference=co["citation_key"], confidence=row.get("confidence", "M"),
                    how=f"{co['standard']} {row['name']}折标系数{('（' + row['basis'] + '）') if row.get('basis') else ''}",
                    constant=True, alternatives=alts, value_range=rng)  # type: ignore[arg-type]
        bare = Subject(**{**s.__dict__, "context_any": list(co.get("bare_context", ["系数", "kgce", "折标", "折算"]))})
        for a in {row["name"], *row.get("aliases", [])}:
            for suffix in ("折标系数", "折标准煤系数", "折标煤系数", "标准煤折算系数", "折算系数"):
                for mid in ("", "的", "的默认", "默认", "的参考", "参考"):
                    lex.add(a + mid + suffix, s)
            if len(a) >= 2:  # '油田天然气常取1.2143 kgce/m3': the unit or 系数 in the sentence says it
                lex.add(a, bare)
        if eid == "electricity":
            lex.add("电力当量值", s)
            lex.add("当量值", s)
            eq = row.get("equivalent_value", {})
            if eq.get("typical_range"):
                lo, hi = (float(v) for v in eq["typical_range"])
                r = Subject(id="coef:electricity_equivalent", name="电力等价值折标系数", role="value",
                            value=(lo + hi) / 2, unit="kgce/kWh", reference=co["citation_key"], constant=True,
                            confidence=eq.get("confidence", "M"), value_range=(lo, hi),
                            how=f"{co['standard']} 3.3：电力等价值不固定，常用 {lo:g}～{hi:g} kgce/kWh")
                for t in ("电力等价值", "等价值", "等价值折标系数", "电力等价值折标系数"):
                    lex.add(t, r)
    for row in refdata.grid_data()["factors"]:
        ctx = vocab.region_names(row["region"])  # 'North China' chooses 华北 as '华北' does
        s = Subject(id=f"grid:{row['year']}:{row['region']}", name=f"{row['year']}年{row['region']}电网平均排放因子",
                    role="value", value=row["value"], unit="tCO2/MWh", reference=row["source"], constant=True,
                    confidence=row.get("confidence", "M"), how=f"{row['source']}", year=int(row["year"]),
                    context_any=ctx,  # another 口径 of the same average passes; a different factor (alternative: false) does not
                    # and a sentence that names that different factor's words is not on the average
                    context_none=[t for v in row.get("variants", {}).values() if not v.get("alternative", True)
                                  for t in (*v.get("terms", []), *v.get("cues", []))],
                    alternatives=[(v["value"], v["label"]) for v in row.get("variants", {}).values() if v.get("alternative", True)])
        regional = (f"{row['region']}区域", f"{row['region']}电网", f"{row['region']}区域电网", f"{row['region']}因子")  # '南方区域2022年的是…'
        for t in (*_GRID_TERMS, *(("全国因子", "全国平均因子", "全国平均") if row["region"] == "全国" else regional)):
            lex.add(t, s)
        if row["region"] != "全国":  # '区域电网平均排放因子：南方 0.3869、华中 0.5395、东北 0.5564': a region's bare
            # name names its factor in a sentence on grid factors only
            lex.add(row["region"], Subject(**{**s.__dict__, "context_any": ["电网", "因子", "grid"]}))
        for v in row.get("variants", {}).values():  # a variant by its own words ('扣除市场化交易非化石能源电量的')
            vs = Subject(**{**s.__dict__, "id": f"{s.id}:{v['label']}", "name": f"{row['year']}年{row['region']}{v['label']}电网排放因子",
                            "value": v["value"], "alternatives": [], "context_any": [], "context_none": []})
            for t in v.get("terms", []):
                lex.add(t, vs)
    heat = refdata.grid_data().get("heat")
    if heat:
        h = Subject(id="grid:heat", name="外购热力排放因子", role="value", value=float(heat["value"]), unit=heat["unit"],
                    reference=heat["source"], constant=True, confidence=heat.get("confidence", "M"), how=heat["source"])
        for t in ("热力排放因子", "热力的排放因子", "热力缺省排放因子", "热力的缺省排放因子", "热力默认排放因子",
                  "热力的默认排放因子", "热力因子", "热力的排放因子缺省值", "购入热力的缺省排放因子",
                  "外购热力排放因子", "外购热力的排放因子", "购入热力排放因子", "外购热力的默认排放因子", "外购热力默认排放因子",
                  "外购热力的缺省排放因子", *heat.get("terms", [])):
            lex.add(t, h)


# '2022年华东区域电网因子0.5617' / '按区域因子': the factor's names; the year and region come from the context
_GRID_TERMS = ("电网排放因子", "电网平均排放因子", "电网平均二氧化碳排放因子", "电力排放因子", "排放因子", "电网因子",
               "区域电网因子", "区域因子", "区域电网排放因子", "区域电网平均排放因子", "电网平均因子", "电力平均排放因子")


def add_constants(lex: Lexicon, cited: list[str], scoped_text: str | None = None) -> None:
    """Constants of the cited clauses; with `scoped_text`, those of every document in scope instead
    (constants.yaml `scopes`: the document's scope words occur in the text, or it has none)."""
    scopes = refdata.scopes()
    for c in refdata.constants():
        if scoped_text is None:
            if not any(key_matches(k, cited) for k in c["keys"]):
                continue
        else:
            doc = c["keys"][0].partition("§")[0]
            words = scopes.get(doc)
            if words is None or (words and not any(w in scoped_text for w in words)):
                continue
        note = refdata.confidence_note(c.get("confidence"))
        s = Subject(id=f"const:{c['id']}", name=c["description"], role=c.get("role", "value"), value=float(c["value"]),
                    unit=c["unit"], reference=c["keys"][0], confidence=c.get("confidence", "H"), constant=True,
                    context_any=list(c.get("context_any", [])), context_all=list(c.get("context_all", [])),
                    context_none=list(c.get("context_none", [])),
                    comparator=c.get("comparator", "="),
                    generic=bool(c.get("generic")),
                    how=f"{c['keys'][0]}：{c['description']}" + (f"（{note}）" if note else ""))
        for t in c["terms"]:
            lex.add(t, s)


def fmt_value(s: Subject) -> str:
    return f"{fmt(s.value)} {s.unit}".strip()
