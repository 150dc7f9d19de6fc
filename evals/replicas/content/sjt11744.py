"""Check replica 6: an industry standard 绿色工厂评价要求 电子计算机制造, built per GB/T 36132-2025
Annex A (scope, references, terms, indicator system, result, annex with calculation methods).

Layout differs from the tune set: 11 pt on wider margins, ····· leaders, some 目次 lines without
page numbers, the page number (第 N 页) at the top outer corner and the standard number in the footer.
Indicator values are written as "行业先进水平/行业平均水平", never as invented numbers.
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
from evals.replicas.model import Block, DocSpec, Node, Table, formula, item, note, p, where

NUMBER = "SJ/T 11744\u20142019"
TITLE = "绿色工厂评价要求 电子计算机制造"

_RULE = "达到引领值得满分，劣于基准值得0分，其间按线性比例计分"
_ROWS = [
    ["能源低碳化（30%）", "1", "单位产品综合能耗", "逆向定量", "kgce/台", "行业先进水平", "行业平均水平", "8", _RULE],
    ["", "2", "单位产品碳排放量", "逆向定量", "kgCO2/台", "行业先进水平", "行业平均水平", "8", _RULE],
    ["", "3", "可再生能源利用率", "正向定量", "%", "行业先进水平", "行业平均水平", "8", _RULE],
    ["", "4", "能碳管理平台功能满足项数", "正向定量", "项", "8", "0", "6", "每满足1项得0.75分"],
    ["资源高效化（30%）", "5", "单位产品主要原材料消耗量", "逆向定量", "kg/台", "行业先进水平", "行业平均水平", "8",
     _RULE],
    ["", "6", "单位产品取水量", "逆向定量", "m³/台", "行业先进水平", "行业平均水平", "8", _RULE],
    ["", "7", "工业用水重复利用率", "正向定量", "%", "行业先进水平", "行业平均水平", "8", _RULE],
    ["", "8", "一般工业固体废物综合利用率", "正向定量", "%", "行业先进水平", "行业平均水平", "6", _RULE],
    ["生产洁净化（16%）", "9", "先进工艺与装备", "正向定性", "\u2014", "表面贴装和组装工序采用节能型设备",
     "\u2014", "6", "符合得满分，不符合得0分"],
    ["", "10", "绿色低碳改造投资占比", "正向定量", "%", "行业先进水平", "行业平均水平", "4", _RULE],
    ["", "11", "单位产品挥发性有机物排放量", "逆向定量", "g/台", "行业先进水平", "行业平均水平", "6", _RULE],
    ["产品绿色化（16%）", "12", "产品绿色设计", "正向定性", "\u2014", "按 GB/T 24256 编制产品绿色设计报告",
     "\u2014", "8", "具备报告得满分"],
    ["", "13", "产品碳足迹", "正向定性", "\u2014", "按 GB/T 24067 核算并公开主要产品碳足迹", "\u2014", "8",
     "完成核算得满分"],
    ["用地集约化（8%）", "14", "单位用地面积产值", "正向定量", "万元/m²", "行业先进水平", "行业平均水平", "8",
     _RULE],
]
_T1 = Table(["一级指标（权重）", "序号", "二级指标", "指标类型", "单位", "引领值", "基准值", "分值", "评分规则"],
            _ROWS, [15, 6, 18, 10, 10, 17, 14, 6, 22], size=9.5)


def body() -> list[Node]:
    t = True
    return [
        clause("1", "范围", p("本文件规定了电子计算机制造企业绿色工厂评价的指标体系、评分规则和评价结果。"),
               p("本文件适用于台式计算机、便携式计算机和服务器整机制造企业的绿色工厂评价。"), toc=t),
        clause("2", "规范性引用文件", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
               Block("plain", "GB/T 2589 综合能耗计算通则"), Block("plain", "GB/T 24067 温室气体 产品碳足迹 量化要求和指南"),
               Block("plain", "GB/T 24256 产品生态设计通则"), Block("plain", "GB/T 36132 绿色工厂评价通则"), toc=t),
        clause("3", "术语和定义", p("GB/T 36132 界定的以及下列术语和定义适用于本文件。"), toc=t),
        Node("3.1", "3.1", level=2, bare=True, sub=["电子计算机整机 computer complete machine"],
             blocks=[p("由主板、处理器、存储器、电源和机箱等部件装配而成，能独立完成数据处理的设备。")]),
        Node("3.2", "3.2", level=2, bare=True, sub=["代表产品 representative product"],
             blocks=[p("企业产量最大、用于折算其他型号产品产量的计算机型号。")]),
        clause("4", "评价指标体系", toc=t),
        clause("4.1", "基本要求", p("电子计算机制造企业除满足 GB/T 36132 的基本要求外，还应满足："),
               item("a) 产品有害物质含量符合国家限量要求；"),
               item("b) 建立废旧整机和零部件的回收利用渠道。"), toc=t),
        clause("4.2", "评价指标和评分规则", toc=t),
        clause("4.2.1", "指标构成", p("评价指标按五类一级指标设置，指标、引领值、基准值和分值见表1。"), toc=t),
        table_node("1", "电子计算机制造绿色工厂评价指标", _T1, note("注：定量指标按附录A计算。"), level=3),
        clause("4.2.2", "评分规则", p("单项指标的得分按表1的评分规则确定，定性指标以佐证材料为依据判断是否满足。"),
               toc=t),
        clause("5", "评价结果", toc=t),
        clause("5.1", "结果计算", p("评价结果为各项指标得分之和，满分为100分。"), toc=t),
        clause("5.2", "结果判定", p("满足4.1的基本要求、且评价结果达到主管部门或评价方案规定要求的，判定为绿色工厂。"),
               toc=t),
    ]


def annex_a() -> list[Node]:
    def calc(num: str, title: str, expr: str, lines: list[str], extra: str) -> Node:
        node = clause(num, title, p(f"{title}按式（{num}）计算："), formula(expr, f"({num})"), where("式中："),
                      *[where(x) for x in lines], p(extra), toc=True)
        node.toc_page = False
        return node

    return [
        annex("A", "规范性", "评价指标计算方法"),
        calc("A.1", "单位产品综合能耗", "e = E / N",
             ["e——单位产品综合能耗，单位为千克标准煤每台（kgce/台）；",
              "E——评价年内工厂综合能耗，单位为千克标准煤（kgce）；", "N——评价年内折合为代表产品的合格整机产量，单位为台。"],
             "不同型号整机按组装工时折合为代表产品后计入产量。"),
        calc("A.2", "单位产品取水量", "v = V / N",
             ["v——单位产品取水量，单位为立方米每台（m³/台）；", "V——评价年内工厂取水量，单位为立方米（m³）；",
              "N——评价年内折合为代表产品的合格整机产量，单位为台。"],
             "洁净车间空调加湿用水计入取水量，消防用水不计入。"),
        calc("A.3", "单位用地面积产值", "g = G / A",
             ["g——单位用地面积产值，单位为万元每平方米（万元/m²）；", "G——评价年内工业总产值，单位为万元；",
              "A——工厂用地面积，单位为平方米（m²）。"], "租赁厂房按租赁合同载明的面积计入用地面积。"),
    ]


def spec() -> DocSpec:
    fw = foreword([p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
                   p("本文件依据 GB/T 36132 附录A规定的结构编写，适用于电子计算机制造行业。"),
                   p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
                   p("本文件由行业标准化技术组织提出并归口。"),
                   p("本文件起草单位：××电子信息产业研究院、××计算机有限公司。")])
    nodes = [std_cover(ics="35.160", ccs="L 60", kind_line="中华人民共和国电子行业标准", number=NUMBER,
                       replaces=None, title=["绿色工厂评价要求", "电子计算机制造"],
                       english="Requirements of green factory assessment\u2014Computer manufacturing",
                       issued="2019-11-11 发布", effective="2020-01-01 实施", issuer="中华人民共和国工业和信息化部  发布",
                       logo="SJ"),
             toc_node(), fw, *body(), *annex_a(),
             references(["[1] GB/T 4754 国民经济行业分类", "[2] GB/T 33761 绿色产品评价通则"])]
    return DocSpec("jbt-green-factory-computer.pdf", "check", "SJ/T 11744-2019", TITLE, "standard", "pdf", nodes,
                   layout={"margins": (30.0, 25.0, 30.0, 28.0), "size": 11.0, "line": 7.6, "leader": "·",
                           "header": NUMBER, "header_pos": "bottom", "header_align": "C", "number_pos": "top",
                           "number_style": "page", "number_align": "outer"},
                   running=[NUMBER])
