"""Sections of the third-party evaluation report (第三方评价报告): overview, process and evidence
collection, 基本要求符合情况表, 指标评价表, conclusion, practices, suggestions, references."""

from __future__ import annotations

from collections.abc import Callable

from assistant.report import parts
from assistant.report.outlines import GUIDE, INDICATOR_CLASSES, STD, SectionSpec
from assistant.report.self_eval import scheme_note, verdict
from assistant.report.writer import Writer, table
from assistant.scoring.scorer import ScoreRow

METHODS = (("查阅文件和报告", "管理体系文件、规划与目标、自评价报告、监测报告、核算报告"),
           ("核对统计报表", "能源、水、产品产量和产值的统计报表"),
           ("追溯原始记录", "计量台账、购电购气结算单、固废台账、运行记录"),
           ("座谈", "与管理人员和员工座谈，了解职责落实和制度执行"),
           ("现场查看", "设施、工艺装备和运行情况"),
           ("抽样检测", "必要时对排放、能耗等数据抽样检测或复核"))


def overview(w: Writer, spec: SectionSpec) -> str:
    b = w.facts.profile.basics
    products = b.main_products or "、".join(p.name for p in w.facts.profile.products)
    body = w.t("tp_overview", name=w.ledger.keep(b.name), address=w.given(b.address, "工厂地址"),
               industry=w.ledger.keep(f"{b.industry.code} {b.industry.name}"), products=w.ledger.keep(products),
               scheme=w.ledger.keep(w.facts.report.title), year=b.year,
               boundary=w.need("评价边界（主要、辅助和附属生产系统）"), body=w.need("评价机构名称及资质"),
               ref=w.ref(f"{GUIDE}§7.2"))
    return body + scheme_note(w)


def process(w: Writer, spec: SectionSpec) -> str:
    key = f"{GUIDE}§7.3"
    head = w.t("tp_process", quote=w.quote(key), ref=w.ref(key), date=w.need("现场评价日期"),
               team=w.need("评价组成员及分工"))
    rows = [[m, use] for m, use in METHODS]
    return f"{head}\n\n{table(['取证方法', '内容'], rows)}"


def requirements(w: Writer, spec: SectionSpec) -> str:
    tbl, ok = parts.requirements_table(w, method=True)
    conclusion = "经核实，工厂满足全部基本要求。" if ok else "经核实，尚有基本要求未满足或缺少证据。"
    head = w.t("requirements_intro", quote=w.quote(f"{STD}§4.2"), ref=w.ref(f"{STD}§4.2"), conclusion=conclusion)
    return f"{head}\n\n表1 基本要求符合情况表\n\n{tbl}"


def meets(row: ScoreRow) -> str:
    if row.status != "scored":
        return "未评分"
    if row.value is None:
        return "达到要求" if row.points >= row.points_max - 1e-9 else ("部分达到" if row.points > 0 else "未达到")
    if row.points >= row.points_max - 1e-9:
        return "达到引领值"
    return "优于基准值，未达引领值" if row.points > 0 else "未达到基准值"


def indicators(w: Writer, spec: SectionSpec) -> str:
    head = w.t("tp_indicators_intro", ref=w.ref(f"{STD}§5.2"))
    body = []
    for r in w.facts.report.rows:
        value, lead, base, pmax, earned = parts.row_cells(w, r)
        body.append([r.seq, r.class_name, w.ledger.keep(r.name), value, lead, base, meets(r), pmax, earned])
    tbl = table(["序号", "一级指标", "二级指标", "实际值", "引领值", "基准值", "是否达到要求", "分值", "得分"], body)
    items = [line for cid, _, _, _ in INDICATOR_CLASSES for line in parts.computed_items(w, cid)]
    out = [head, "表2 指标评价表", tbl]
    if items:
        out += ["各定量指标的计算值、公式和依据条款：", "\n".join(items)]
    return "\n\n".join(out)


def conclusion(w: Writer, spec: SectionSpec) -> str:
    rep = w.facts.report
    gate = "满足 GB/T 36132-2025 第4.2条的基本要求" if rep.gate_passed else "不满足全部基本要求"
    text = w.t("tp_conclusion", name=w.ledger.keep(rep.factory), gate=gate, total=parts.total(w),
               ref=w.ref(f"{STD}§6.1"), verdict=verdict(w))
    judge = w.ref(f"{STD}§6.2")
    ok = rep.gate_passed and rep.passed is True
    final = ("综上，该工厂达到绿色工厂评价要求。" if ok else
             "综上，目前尚不能判定该工厂达到绿色工厂评价要求。") + judge
    classes = "\n\n" + parts.class_table(w)
    return text + classes + "\n\n" + final


def practices(w: Writer, spec: SectionSpec) -> str:
    items = parts.strengths(w)
    if not items:
        return w.need("现场评价中发现的主要做法和亮点")
    return "评价组认为，工厂的主要做法和亮点如下：\n\n" + "\n".join(f"- {x}" for x in items)


def suggestions(w: Writer, spec: SectionSpec) -> str:
    gaps = parts.gaps(w)
    if not gaps:
        return "各项指标均已得满分，建议企业保持现有管理水平并持续改进。"
    items = [f"- {text}。建议：{w.need(row.name + '的具体改进建议（结合现场评价发现）')}" for row, text in gaps]
    return w.t("tp_suggestions", items="\n".join(items), ref=w.ref(f"{GUIDE}§5"))


def references(w: Writer, spec: SectionSpec, cited: list[tuple[str, str]] | None = None) -> str:
    """The clauses the other sections cite (filled in by the drafter) and the evidence index."""
    lines = [f"- {w.ref(k) or k}{('「' + w.ledger.keep(t) + '」') if t else ''}" for k, t in (cited or [])]
    p = w.facts.profile
    evidence = list(dict.fromkeys([e for b in p.basic_requirements.values() for e in b.evidence] +
                                  [e for d in p.declarations.values() for e in d.evidence]))
    out = ["### （一）引用的标准条款", "\n".join(lines) or w.need("引用的标准条款")]
    out += ["### （二）证明材料索引", "\n".join(f"- {w.ledger.keep(e)}" for e in evidence) or w.need("证明材料索引")]
    return "\n\n".join(out)


BUILDERS: dict[str, Callable[[Writer, SectionSpec], str]] = {
    "overview": overview, "process": process, "requirements": requirements, "indicators": indicators,
    "conclusion": conclusion, "practices": practices, "suggestions": suggestions, "references": references,
}
