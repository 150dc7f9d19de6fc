"""Parts shared by both report kinds: the basic-information table, the basic-requirements table, the
computed values of a first-level indicator, the indicator tables, the class scores, strengths and gaps."""

from __future__ import annotations

import re

from assistant.report.numbers import with_unit
from assistant.report.outlines import INDICATOR_CLASSES, STD
from assistant.report.writer import Writer, table
from assistant.scoring import ScoringError
from assistant.scoring.scorer import ScoreRow
from assistant.scoring.units import convert

OK_ZH = {True: "符合", False: "不符合"}


def basic_table(w: Writer) -> str:
    b = w.facts.profile.basics
    c = b.contact
    contact = w.ledger.keep("，".join(x for x in (c.name, c.department, c.phone and f"电话 {c.phone}",
                                                 c.email and f"邮箱 {c.email}") if x)) if c else w.need("申报工作联系人")
    products = b.main_products or "、".join(p.name for p in w.facts.profile.products)
    rows = [["工厂名称", w.given(b.name, "工厂名称")], ["工厂地址", w.given(b.address, "工厂地址")],
            ["所属行业（GB/T 4754）", w.ledger.keep(f"{b.industry.code} {b.industry.name}")],
            ["主要产品", w.given(products, "主要产品")], ["单位性质", w.given(b.ownership, "单位性质")],
            ["统一社会信用代码", w.given(b.credit_code, "统一社会信用代码")],
            ["法定代表人", w.given(b.legal_representative, "法定代表人")], ["申报工作联系人", contact],
            ["申报级别", w.given(b.level, "申报级别（国家级/省级/市级）")], ["评价年度", f"{b.year} 年"]]
    return table(["项目", "内容"], rows)


def requirements_table(w: Writer, method: bool = False) -> tuple[str, bool]:
    """The basic-requirements table (基本要求符合情况表) and whether every requirement is met."""
    gate = w.facts.report.gate
    if not gate:
        return w.need("评价方案未列基本要求，请补充所依据的基本要求条款"), False
    rows = []
    for g in gate:
        evidence = "、".join(w.ledger.keep(e) for e in g.evidence) or w.need(f"基本要求 {g.id} 的证明材料")
        row = [g.id, w.ledger.keep(g.text), OK_ZH[g.met], evidence]
        if method:
            row.insert(3, "查阅文件、现场核查")
        rows.append(row)
    headers = ["条款", "基本要求", "符合情况", "证据"] if not method else ["条款", "基本要求", "符合情况", "评价方法", "证据"]
    return table(headers, rows), all(g.met for g in gate)


def class_rows(w: Writer, class_name: str) -> list[ScoreRow]:
    return [r for r in w.facts.report.rows if r.class_name == class_name]


def computed_items(w: Writer, class_id: str) -> list[str]:
    """One line per computed indicator of the first-level indicator ``class_id``, in catalog order."""
    ids = next(ids for cid, _, _, ids in INDICATOR_CLASSES if cid == class_id)
    lines = []
    for iid in ids:
        for key, r in w.facts.results.items():
            if key == iid or key.startswith(iid + ":"):
                lines.append("- " + w.result(r))
    return lines


def _plain(name: str) -> str:
    return re.sub(r"（[^）]*）$", "", name)


def _label(w: Writer, row: ScoreRow) -> str:
    """The name of the computed indicator behind a scheme row (a generic row such as 主要污染物产生或
    排放强度 is scored from one pollutant's result), so the checker can link the value."""
    for r in w.facts.results.values():
        if r.formula != row.formula or row.value is None:
            continue
        try:
            same = abs(convert(r.value, r.unit, row.unit, water=True) - row.value) <= abs(row.value) * 1e-9
        except ScoringError:
            continue
        if same:
            return r.name
    return _plain(row.name)


def row_value(w: Writer, row: ScoreRow) -> str:
    if row.value is not None:
        if row.unit == "项":
            return w.num(row.value, row.unit, row.name, "计算值", row.formula, statement="能碳管理平台具备 {}业务功能")
        return w.num(row.value, row.unit, _label(w, row), "计算值", row.formula)
    dec = w.facts.profile.declarations.get(row.id)
    if dec is not None:
        return w.ledger.keep(str(dec.level))
    return w.need(f"{row.name}（{row.note or '未申报'}）")


def row_cells(w: Writer, row: ScoreRow) -> list[str]:
    """Value, lead, base, points available and points earned of one scheme row."""
    lead = w.num(row.lead, row.unit, row.name + "引领值", "评分方案", w.facts.report.scheme,
                 statement=row.name + "引领值为 {}") if row.lead is not None else "—"
    base = w.num(row.base, row.unit, row.name + "基准值", "评分方案", w.facts.report.scheme,
                 statement=row.name + "基准值为 {}") if row.base is not None else "—"
    pmax = w.ledger.num(row.points_max, f"{row.points_max:g}", row.name + "分值", "评分方案", w.facts.report.scheme,
                        f"{row.name}分值为 {row.points_max:g} 分")
    earned = w.points(row.points, row.name + "得分") if row.status == "scored" else w.need(f"{row.name}的{row.note}")
    return [row_value(w, row), lead, base, pmax, earned]


def evidence(w: Writer, row: ScoreRow) -> str:
    dec = w.facts.profile.declarations.get(row.id)
    if dec is not None and dec.evidence:
        return "、".join(w.ledger.keep(e) for e in dec.evidence)
    return w.need(f"{row.name}的证据（统计报表、计量台账或监测报告）")


def indicator_table(w: Writer, rows: list[ScoreRow], with_evidence: bool = True) -> str:
    headers = ["序号", "二级指标", "类型", "实际值", "引领值", "基准值", "分值", "得分"]
    body = []
    for r in rows:
        cells = [r.seq, w.ledger.keep(r.name), r.type, *row_cells(w, r)]
        if with_evidence:
            cells.append(evidence(w, r))
        body.append(cells)
    return table(headers + (["证据"] if with_evidence else []), body)


def class_line(w: Writer, class_name: str) -> str:
    c = next((c for c in w.facts.report.classes if c.name == class_name), None)
    if c is None:
        return "本评价方案未设该一级指标，不计分。"
    weight = w.ledger.num(c.weight, f"{c.weight:g}", c.name + "权重", "评分方案", w.facts.report.scheme,
                          f"{c.name}权重为 {c.weight:g}")
    score = w.points(c.score, c.name + "得分", reference="GB/T 36132-2025 6.1")
    return f"本评价方案中{c.name}权重为 {weight}，得分为 {score}。"


def class_table(w: Writer) -> str:
    rows = [[c.name, w.ledger.num(c.weight, f"{c.weight:g}", c.name + "权重", "评分方案", w.facts.report.scheme,
                                  f"{c.name}权重为 {c.weight:g}"),
             w.points(c.score, c.name + "得分", reference="GB/T 36132-2025 6.1")] for c in w.facts.report.classes]
    return table(["一级指标", "权重", "得分"], rows)


def total(w: Writer) -> str:
    return w.ledger.num(w.facts.report.total, f"{w.facts.report.total:.2f} 分", "总分", "评分结果",
                        "GB/T 36132-2025 6.1", "总分为 {}".format(f"{w.facts.report.total:.2f} 分"))


def strengths(w: Writer) -> list[str]:
    """Rows at full marks, and what the profile shows was done (projects, renewables, systems)."""
    out = []
    for r in w.facts.report.rows:
        if r.status == "scored" and r.points_max > 0 and r.points >= r.points_max - 1e-9:
            dec = w.facts.profile.declarations.get(r.id)
            how = ("达到或优于引领值" if r.value is not None else
                   f"申报水平为“{w.ledger.keep(str(dec.level))}”并有证据" if dec is not None else "达到要求")
            out.append(f"{w.ledger.keep(r.name)}{how}，得满分 {w.points(r.points, r.name + '得分')}。")
    p = w.facts.profile
    if p.retrofit and p.retrofit.projects:
        out.append("近三年实施的绿色低碳改造项目：" + "、".join(w.ledger.keep(x) for x in p.retrofit.projects) + "。")
    if p.renewable.electricity:
        out.append("可再生能源电力来源有据可查：" + "、".join(w.ledger.keep(e.evidence) for e in p.renewable.electricity
                                                       if e.evidence) + "。")
    if p.management_systems:
        out.append("已通过 " + "、".join(w.ledger.keep(m.standard) for m in p.management_systems) + " 管理体系认证。")
    return out


def gaps(w: Writer) -> list[tuple[ScoreRow, str]]:
    """Rows below full marks with a one-line account of the gap."""
    out = []
    for r in w.facts.report.rows:
        if r.status != "scored":
            out.append((r, f"{w.ledger.keep(r.name)}未评分：{w.ledger.keep(r.note)}"))
        elif r.points < r.points_max - 1e-9:
            got = w.points(r.points, r.name + "得分")
            if r.value is not None and r.lead is not None:
                lead = w.num(r.lead, r.unit, r.name + "引领值", "评分方案", w.facts.report.scheme,
                             statement=r.name + "引领值为 {}")
                out.append((r, f"{w.ledger.keep(r.name)}尚未达到引领值 {lead}，得分 {got}"))
            else:
                out.append((r, f"{w.ledger.keep(r.name)}申报水平未达满分，得分 {got}"))
    return out


def class_clause(class_id: str) -> str:
    clause = next(c for cid, _, c, _ in INDICATOR_CLASSES if cid == class_id)
    return f"{STD}§{clause}"


__all__ = ["basic_table", "class_clause", "class_line", "class_rows", "class_table", "computed_items", "evidence",
           "gaps", "indicator_table", "requirements_table", "strengths", "total", "with_unit"]
