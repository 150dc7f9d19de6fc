"""Sections of the self-evaluation report (自评价报告), outline of corpus/guides/self-evaluation-report-guide.md."""

from __future__ import annotations

from collections.abc import Callable

from assistant.report import parts
from assistant.report.outlines import GUIDE, INDICATOR_CLASSES, STD, SectionSpec
from assistant.report.writer import Writer, table

ENERGY_ZH = {"electricity": "电力", "natural_gas": "天然气", "coke": "焦炭", "diesel": "柴油", "coal": "原煤",
             "raw_coal": "原煤", "gasoline": "汽油", "steam": "蒸汽", "heat": "热力", "fuel_oil": "燃料油",
             "lpg": "液化石油气", "lng": "液化天然气"}
STATUS_ZH = {"example": "示例", "illustrative": "示意", "template": "模板", "official": "正式"}


def scheme_note(w: Writer) -> str:
    rep = w.facts.report
    if rep.status == "official":
        return ""
    return "\n\n" + w.t("scheme_note", title=w.ledger.keep(rep.title), status=STATUS_ZH.get(rep.status, rep.status))


def basic(w: Writer, spec: SectionSpec) -> str:
    p = w.facts.profile
    products = "；".join(f"{w.ledger.keep(x.name)} {w.num(_f(x.output), x.unit, x.name + '产量', '画像填报值')}"
                        for x in p.products if isinstance(x.output, int | float))
    g = w.facts.results.get("energy_per_value")
    output = (w.num(g.inputs["G"].value, "万元", "工业总产值", "画像填报值") if g and "G" in g.inputs
              else w.need("工业总产值（万元）"))
    systems = "、".join(w.ledger.keep(f"{m.standard}（证书编号 {m.certificate_no or '未填'}）")
                       for m in p.management_systems) or w.need("管理体系认证情况")
    energy_types = "、".join(dict.fromkeys(w.ledger.keep(ENERGY_ZH.get(e.type, e.type)) for e in p.energy.table))
    body = w.t("self_basic", name=w.ledger.keep(p.basics.name), province=w.given(p.basics.province, "所在省份"),
               year=p.basics.year, products=products or w.need("主要产品产量"), output_value=output,
               energy_types=energy_types, systems=systems, scheme=w.ledger.keep(w.facts.report.title),
               boundary=w.need("评价边界（主要、辅助和附属生产系统）"),
               process=w.need("主要工艺和主要用能设备"), ref=w.ref(f"{GUIDE}§2.3"))
    return f"### （一）基本信息\n\n{parts.basic_table(w)}\n\n### （二）生产经营与评价边界\n\n{body}{scheme_note(w)}"


def _f(v: object) -> float:
    return float(v)  # type: ignore[arg-type]


def requirements(w: Writer, spec: SectionSpec) -> str:
    tbl, ok = parts.requirements_table(w)
    conclusion = "经自查，本工厂满足全部基本要求。" if ok else "经自查，尚有基本要求未满足或缺少证据，见下表。"
    head = w.t("requirements_intro", quote=w.quote(f"{STD}§4.2"), ref=w.ref(f"{STD}§4.2"), conclusion=conclusion)
    return f"{head}\n\n{tbl}"


def indicator_class(w: Writer, spec: SectionSpec) -> str:
    cid = next(cid for cid, name, _, _ in INDICATOR_CLASSES if name == spec.indicator_class)
    key = parts.class_clause(cid)
    head = w.t("class_intro", class_name=spec.indicator_class, quote=w.quote(key), ref=w.ref(key),
               class_line=parts.class_line(w, spec.indicator_class))
    out = [head]
    items = parts.computed_items(w, cid)
    rows = parts.class_rows(w, spec.indicator_class)
    subs = [(t, b) for t, b, ok in (("计算值", "\n".join(items), items),
                                    ("评价方案指标与得分", rows and parts.indicator_table(w, rows), rows)) if ok]
    for n, (title, body) in enumerate(subs):
        out += [f"### （{'一二'[n]}）{title}", body]
    if not items and not rows:
        out.append(w.need(f"{spec.indicator_class}相关数据"))
    return "\n\n".join(out)


def verdict(w: Writer) -> str:
    rep = w.facts.report
    if not rep.gate_passed:
        return w.t("verdict_gate", failed="、".join(g.id for g in rep.gate if not g.met) or "方案未列基本要求")
    if rep.mandatory_failed:
        return w.t("verdict_mandatory", names="、".join(rep.mandatory_failed))
    if not rep.complete:
        return w.t("verdict_incomplete", names="、".join(r.name for r in rep.rows if r.status in ("unfilled", "missing")))
    if rep.pass_mark is None:
        return w.t("verdict_no_mark", need=w.need("申报通知或评价方案规定的分数线"))
    return w.t("verdict_pass" if rep.passed else "verdict_below", scheme=w.ledger.keep(rep.title))


def scoring(w: Writer, spec: SectionSpec) -> str:
    rows = w.facts.report.rows
    head = w.t("self_scoring", ref_rules=w.ref(f"{STD}§5.2"), ref_sum=w.ref(f"{STD}§6.1"), total=parts.total(w),
               verdict=verdict(w))
    return "\n\n".join([head, "### （一）指标得分表", parts.indicator_table(w, rows, with_evidence=False),
                        "### （二）一级指标得分", parts.class_table(w)])


def highlights(w: Writer, spec: SectionSpec) -> str:
    items = parts.strengths(w)
    if not items:
        return w.need("工厂绿色发展的亮点（评价年度未有指标得满分）")
    return w.t("self_highlights", items="\n".join(f"- {x}" for x in items))


def next_steps(w: Writer, spec: SectionSpec) -> str:
    gaps = parts.gaps(w)
    if not gaps:
        return "各项指标均已得满分；下一步应保持现有水平，并按年度量化目标持续改进。" + w.need("下一步工作计划")
    items = [f"- {text}。改进措施：{w.need(row.name + '的改进措施、时间安排和量化目标')}" for row, text in gaps]
    return w.t("self_next", items="\n".join(items), ref=w.ref(f"{GUIDE}§5"))


BUILDERS: dict[str, Callable[[Writer, SectionSpec], str]] = {
    "basic": basic, "requirements": requirements, "energy": indicator_class, "resource": indicator_class,
    "clean": indicator_class, "product": indicator_class, "land": indicator_class, "scoring": scoring,
    "highlights": highlights, "next-steps": next_steps,
}
__all__ = ["BUILDERS", "table"]
