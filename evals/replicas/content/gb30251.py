"""Held-out replica 1: a mandatory energy consumption quota standard (GB, not GB/T), 炼焦-like.

GB 30251-2013 is used as the replica's number; every limit value is illustrative (示意值) and the
wording is the project's own. The standard-coal coefficients of 表2 are the facts sheet's (section 4).
Layout traps: a 目次 on two pages, 前言 and 引言, table 1 continued on the next page with its header
row but without the "（续）" caption, formula numbers （1） on their own line, 注1/注2/示例1 inside
clauses, a letter-spaced clause title "4.1 总  则".
"""

from __future__ import annotations

from evals.replicas.content.common import (
    annex,
    clause,
    foreword,
    references,
    std_cover,
    table_node,
    toc_node,
)
from evals.replicas.model import Block, DocSpec, Node, Table, item, note, p, where

NUMBER = "GB 30251\u20142013"
TITLE = "炼焦单位产品能源消耗限额"


def _formula(expr: str, no: str) -> Block:
    return Block("formula", expr, no=no, align="B")


_GRADES = [("1级", "先进水平"), ("2级", "准入水平"), ("3级", "限定水平")]
_OVENS = [("顶装焦炉", "炭化室高度不小于6 m", ["105", "118", "130"]),
          ("顶装焦炉", "炭化室高度小于6 m", ["112", "125", "140"]),
          ("捣固焦炉", "炭化室高度不小于5.5 m", ["108", "121", "135"]),
          ("捣固焦炉", "炭化室高度小于5.5 m", ["115", "128", "145"]),
          ("热回收焦炉", "不分炉型规格", ["98", "110", "122"]),
          ("半焦（兰炭）炉", "直立内热式", ["140", "155", "170"])]
_EXPLAIN = {"1级": "达到国内同类装置领先水平，可作为节能评价和绿色工厂评价的引领参考",
            "2级": "新建和改扩建焦化装置在竣工验收时应达到的水平",
            "3级": "现有焦化装置应达到的最低要求，达不到的应限期整改"}
_T1 = Table(["焦炉类型", "规格", "等级", "单位焦炭综合能耗（不大于）/（kgce/t，示意值）", "说明"],
            [[oven, spec, g, vals[k], _EXPLAIN[g] + ("" if k else f"（{oven}，{spec}）")]
             for oven, spec, vals in _OVENS for k, (g, _) in enumerate(_GRADES)],
            [14, 20, 8, 20, 38], size=9.5, cont_caption=False)
_T2 = Table(["能源名称", "平均低位发热量", "折标准煤系数"],
            [["原煤", "20 908 kJ/kg", "0.7143 kgce/kg"], ["洗精煤", "26 344 kJ/kg", "0.9000 kgce/kg"],
             ["焦炭", "28 435 kJ/kg", "0.9714 kgce/kg"], ["焦炉煤气", "16 726~17 981 kJ/m³", "0.5714~0.6143 kgce/m³"],
             ["高炉煤气", "3 763 kJ/m³", "0.1286 kgce/m³"], ["电力（当量值）", "3 600 kJ/(kW·h)", "0.1229 kgce/(kW·h)"],
             ["低压蒸汽", "3 763 kJ/kg", "0.1286 kgce/kg"]], [30, 35, 35], size=9.5)
_TA1 = Table(["项目", "数量（示意值）", "折标准煤量/tce"],
             [["洗精煤（干基）", "66万 t", "\u2014"], ["加热用焦炉煤气", "2.1亿 m³", "120 000"],
              ["电力", "4 600万 kW·h", "5 653"], ["干熄焦回收蒸汽", "52万 t", "-66 872"],
              ["焦炭产量（干全焦）", "50万 t", "\u2014"]], [40, 30, 30], size=9.5)


def body() -> list[Node]:
    t = True
    return [
        clause("1", "范围", p("本文件规定了炼焦单位产品能源消耗限额的技术要求、统计范围和计算方法，以及节能管理与措施。"),
               p("本文件适用于常规焦炉、热回收焦炉和半焦炉生产企业的能耗计算、考核，以及对新建、改扩建项目的能耗控制。"),
               toc=t),
        clause("2", "规范性引用文件",
               p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的"
                 "版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"),
               Block("plain", "GB/T 2589 综合能耗计算通则"),
               Block("plain", "GB 17167 用能单位能源计量器具配备和管理通则"),
               Block("plain", "GB/T 12723 单位产品能源消耗限额编制通则"), toc=t),
        clause("3", "术语和定义", p("GB/T 2589 和 GB/T 12723 界定的以及下列术语和定义适用于本文件。"), toc=t),
        Node("3.1", "3.1", level=2, bare=True, sub=["炼焦工序 coking process"], blocks=[
            p("从洗精煤进入煤塔开始，经装煤、炼焦、出焦、熄焦直至焦炭筛分贮运的生产过程，含煤气净化和化学产品回收。")]),
        Node("3.2", "3.2", level=2, bare=True, sub=["炼焦工序能耗 energy consumption of coking process"], blocks=[
            p("统计期内炼焦工序消耗的各种能源折算为标准煤后的总量，扣除回收并外供的能源量。"),
            note("注1：回收的焦炉煤气用于本工序加热的部分不重复计入。"),
            note("注2：单位为吨标准煤（tce）。")]),
        Node("3.3", "3.3", level=2, bare=True, sub=["单位焦炭综合能耗 comprehensive energy consumption per unit coke"],
             blocks=[p("统计期内炼焦工序能耗与同期干全焦产量之比，单位为千克标准煤每吨（kgce/t）。")]),
        clause("4", "技术要求", toc=t),
        Node("4.1", "4.1 总  则", level=2, toc="4.1 总则", blocks=[
            p("本章各条为强制性条款。能耗限额分为三个等级，1级能耗最低；企业实际能耗按第5章的方法计算后与表1比较。"),
            note("注1：热回收焦炉发电量按当量值折算后从工序能耗中扣除。"),
            note("注2：半焦炉能耗不包括煤焦油深加工的能耗。")]),
        clause("4.2", "能耗限额等级", p("炼焦单位产品能源消耗限额等级按焦炉类型和规格划分，各等级的数值见表1。"), toc=t),
        table_node("1", "炼焦单位产品能源消耗限额等级", _T1, note("注：表中数值为评测用示意值，不是正式限额。")),
        clause("4.3", "能耗限定值", p("现有炼焦生产装置的单位焦炭综合能耗限定值应符合表1中3级的要求。"), toc=t),
        clause("4.4", "能耗准入值", p("新建和改扩建炼焦生产装置的单位焦炭综合能耗准入值应符合表1中2级的要求。"), toc=t),
        clause("4.5", "能耗先进值", p("企业应通过节能技术改造和加强管理，使单位焦炭综合能耗达到表1中1级的要求。"), toc=t),
        clause("5", "统计范围和计算方法", toc=t),
        clause("5.1", "统计范围", p("炼焦工序能耗的统计范围包括："),
               item("a) 生产系统：备煤、炼焦、熄焦、筛焦和煤气净化装置消耗的能源；"),
               item("b) 辅助生产系统：供水、供汽、供电、环保设施和机修等消耗的能源；"),
               item("c) 附属生产系统：生产指挥、化验、计量和厂内运输消耗的能源。"),
               note("注：生活设施、基建工程和对外供应的能源不计入炼焦工序能耗。"), toc=t),
        clause("5.2", "能源折算", p("各种能源折算为标准煤时，有实测低位发热量的按实测值折算，没有实测值的按表2的参考系数折算。"),
               toc=t),
        table_node("2", "各种能源折标准煤参考系数", _T2, note("注：各种能源的低位发热量以企业实测值为准，1 kgce 的低位发热量为 29 307 kJ。")),
        clause("5.3", "计算方法", toc=t),
        clause("5.3.1", "炼焦工序能耗", p("炼焦工序能耗按式（1）计算："), _formula("E = Eg + Ee + Es - Er", "（1）"),
               where("式中："), where("E ——炼焦工序能耗，单位为吨标准煤（tce）；"),
               where("Eg——加热用煤气折标准煤量，单位为吨标准煤（tce）；"),
               where("Ee——电力折标准煤量，单位为吨标准煤（tce）；"),
               where("Es——外购蒸汽等其他能源折标准煤量，单位为吨标准煤（tce）；"),
               where("Er——回收并外供能源的折标准煤量，单位为吨标准煤（tce）。"), toc=t),
        clause("5.3.2", "单位焦炭综合能耗", p("单位焦炭综合能耗按式（2）计算："), _formula("e = E / P × 1000", "（2）"),
               where("式中："), where("e——单位焦炭综合能耗，单位为千克标准煤每吨（kgce/t）；"),
               where("P——统计期内干全焦产量，单位为吨（t）。"),
               note("示例1：某企业年炼焦工序能耗为 58 781 tce，干全焦产量为 500 000 t，按式（2）计算得单位焦炭综合能耗"
                    "约为 117.6 kgce/t（示意数据）。"),
               note("示例2：湿熄焦改为干熄焦后，回收蒸汽计入 Er，工序能耗随之降低。"), toc=t),
        clause("6", "节能管理与措施", toc=t),
        clause("6.1", "节能基础管理", item("a) 企业应按 GB 17167 配备能源计量器具，建立能源计量管理制度；"),
               item("b) 企业应建立能耗统计台账，定期对照能耗限额开展考核；"),
               item("c) 企业宜建立能源管理体系，并纳入绿色工厂创建工作。"), toc=t),
        clause("6.2", "节能技术措施", p("企业宜采用下列节能技术："),
               item("a) 干法熄焦和焦炉上升管荒煤气余热回收；"), item("b) 煤调湿和焦炉加热精准控制；"),
               item("c) 初冷器余热和循环氨水余热用于采暖或制冷。"), toc=t),
    ]


def spec() -> DocSpec:
    fw = foreword([
        p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
        p("本文件的第4章为强制性的，其余为推荐性的。"),
        p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
        p("本文件由全国能源基础与管理标准化技术委员会提出并归口。"),
        p("本文件为评测用仿制样张，标准编号沿用公开编号，表中限额数值均为示意值，条文由项目自行撰写。")])
    intro = Node("引言", "引  言", front=True, spaced=True, new_page=True, toc="引言", blocks=[
        p("炼焦是钢铁联合企业和独立焦化企业的主要耗能工序，制定单位产品能耗限额有助于淘汰落后产能、推动节能改造。"),
        p("本文件的限额等级与绿色工厂评价衔接：能耗限额1级可作为引领值的参考，2级可作为基准值的参考。")])
    annex_a = [annex("A", "资料性", "单位焦炭综合能耗计算示例"),
               clause("A.1", "基础数据", p("某焦化企业评价年内的能源消耗和产量见表A.1（示意数据）。"), toc=True),
               table_node("A.1", "某焦化企业评价年能源消耗数据", _TA1, note("注：回收外供的蒸汽以负值计入，表示从工序能耗中扣除。")),
               clause("A.2", "计算过程", p("按式（1）汇总，加热煤气与电力之和扣除回收蒸汽后得炼焦工序能耗为 58 781 tce；"
                                          "按式（2）除以干全焦产量，得单位焦炭综合能耗约为 117.6 kgce/t。"),
                      p("计算结果与表1比较，确定企业所处的能耗等级。"), toc=True),
               annex("B", "规范性", "能耗统计报表"),
               clause("B.1", "报表内容", p("能耗统计报表应列出各种能源的实物消耗量、折标准煤系数、折标准煤量和干全焦产量。"),
                      toc=True),
               clause("B.2", "报表报送", p("企业应按月编制能耗统计报表，经能源管理负责人签字后存档，年度报表随能源利用状况报告报送。"),
                      toc=True)]
    nodes = [std_cover(ics="27.010", ccs="F 01", kind_line="中华人民共和国国家标准", number=NUMBER, replaces=None,
                       title=[TITLE], english="The norm of energy consumption per unit product of coke",
                       issued="2013-12-18 发布", effective="2014-10-01 实施",
                       issuer="中华人民共和国国家质量监督检验检疫总局  中国国家标准化管理委员会  发布"),
             toc_node(), fw, intro, *body(), *annex_a,
             references(["[1] GB/T 23331 能源管理体系 要求及使用指南", "[2] GB/T 36132 绿色工厂评价通则"])]
    return DocSpec("gb-30252-like.pdf", "heldout", "GB 30251-2013", TITLE, "standard", "pdf", nodes,
                   layout={"line": 8.6, "header": NUMBER, "header_align": "R"}, running=[NUMBER])
