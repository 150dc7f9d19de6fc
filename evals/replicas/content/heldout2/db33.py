"""Heldout2 replica 2: a provincial local standard (地方标准) DB33/T 2999-2024 as a PDF. The number
and text are invented (the document says so); the indicators follow GB/T 36132-2025 (facts sheet 2).

Layout traits: a 目次 over two pages listing clauses to the third level, 前言 paged in Roman numerals,
the body restarting at 1, and the file's /PageLabels saying the same (封面, I-III, 1-7); two footnotes ("1)" in the text, the note at the foot of the page under a
short rule); 附录A (资料性) whose 表A.1 runs over pages with a "续表 A.1" caption and its header row
repeated, first column merged; 附录B (规范性) with a formula; 参考文献 at the end.
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

NUMBER = "DB33/T 2999\u20142024"
TITLE = "绿色低碳工厂评价规范"
_Q = "行业先进水平"
_B = "行业平均水平"


def _rows() -> list[list[str]]:
    spec = [
        ("能源低碳化", [("单位产品综合能耗", "逆向定量", "tce/产品单位"), ("单位产值综合能耗", "逆向定量", "tce/万元"),
                   ("单位产品碳排放量", "逆向定量", "tCO2/产品单位"), ("可再生能源利用率", "正向定量", "%"),
                   ("能碳管理平台功能满足项数", "正向定量", "项"), ("余热余压利用率", "正向定量", "%")]),
        ("资源高效化", [("单位产品主要原材料消耗量", "逆向定量", "t/产品单位"), ("单位产品取水量", "逆向定量", "m³/产品单位"),
                   ("工业用水重复利用率", "正向定量", "%"), ("一般工业固体废物综合利用率", "正向定量", "%"),
                   ("再生原料使用比例", "正向定量", "%")]),
        ("生产洁净化", [("先进工艺与装备", "正向定性", "\u2014"), ("绿色低碳改造投资占比", "正向定量", "%"),
                   ("单位产品化学需氧量排放量", "逆向定量", "kg/产品单位"), ("单位产品氮氧化物排放量", "逆向定量", "kg/产品单位"),
                   ("挥发性有机物收集处理率", "正向定量", "%")]),
        ("产品绿色化", [("产品绿色设计", "正向定性", "\u2014"), ("产品碳足迹核算", "正向定性", "\u2014"),
                   ("绿色设计产品产值占比", "正向定量", "%")]),
        ("用地集约化", [("单位用地面积产值", "正向定量", "万元/m²"), ("建筑密度", "正向定量", "%"),
                   ("容积率", "正向定量", "\u2014")]),
    ]
    rows, k = [], 0
    for first, items in spec:
        for j, (name, kind, unit) in enumerate(items):
            k += 1
            qual = kind.endswith("定性")
            rows.append([first if j == 0 else "", str(k), name, kind, unit, "具备得满分" if qual else _Q,
                         "\u2014" if qual else _B, "达到引领值得满分，劣于基准值得0分，其间线性计分" if not qual
                         else "符合得满分，不符合得0分"])
    return rows


_TA1 = Table(["一级指标", "序号", "二级指标", "指标类型", "单位", "引领值", "基准值", "评分规则"], _rows(),
             [13, 6, 22, 11, 13, 12, 12, 24], size=9.0, merge=(0,), cont_label="续表 A.1")


def body() -> list[Node]:
    t = True
    return [
        clause("1", "范围", p("本文件规定了绿色低碳工厂评价的基本要求、评价指标、评价方法和评价结果。"),
               p("本文件适用于本省行政区域内工业企业的绿色低碳工厂评价，以及设区市开展市级绿色工厂培育时参照使用。"), toc=t),
        clause("2", "规范性引用文件", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
               Block("plain", "GB/T 2589 综合能耗计算通则"), Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则"),
               Block("plain", "GB/T 36132 绿色工厂评价通则"), toc=t),
        clause("3", "术语和定义", p("GB/T 36132 界定的以及下列术语和定义适用于本文件。"), toc=t),
        clause("3.1", "绿色低碳工厂", p("在实现用地集约、生产洁净、资源高效的基础上，以能源结构优化和碳排放强度下降为重点的绿色工厂。"),
               toc=t),
        clause("3.2", "评价年", p("评价所依据数据的统计年度，为申报年份的上一个完整自然年。"), toc=t),
        clause("4", "基本要求", toc=t),
        clause("4.1", "合规性要求", p("企业近三年未发生较大及以上安全、环境、质量事故，未列入严重失信主体名单。"), toc=t),
        clause("4.2", "管理要求", p("企业应设立绿色低碳工作的归口管理部门，制定中长期绿色低碳规划和年度量化目标。"), toc=t),
        clause("4.3", "体系要求", p("企业应建立、实施并保持质量、环境、能源和职业健康安全管理体系。"), toc=t),
        clause("5", "评价指标", toc=t),
        clause("5.1", "能源低碳化", toc=t),
        clause("5.1.1", "能源消耗强度", p("单位产品综合能耗按 GB/T 2589 计算，有能耗限额标准的产品，应达到限额标准的准入值。"), toc=t),
        clause("5.1.2", "碳排放强度", p("碳排放量按 GB/T 32150 核算，外购电力排放因子采用主管部门公布的最新年度全国电网平均排放因子1)。"),
               Block("footnote", "1) 评价时应注明所用排放因子的年份和公告文号，例如生态环境部公告2025年第47号公布的2023年度因子。"),
               toc=t),
        clause("5.1.3", "可再生能源利用", p("可再生能源利用率包括自发自用、市场化交易、专线供电和单独购买绿证的电量，不得重复计算。"),
               toc=t),
        clause("5.2", "资源高效化", toc=t),
        clause("5.2.1", "原材料消耗", p("主要原材料消耗量按评价年合格品产量折算，多品种企业按代表产品折算后汇总。"), toc=t),
        clause("5.2.2", "水资源利用", p("取水量不包括基建改造、消防和对外供水的水量，工业用水重复利用率按附录B计算。"), toc=t),
        clause("5.2.3", "固体废物利用", p("一般工业固体废物综合利用量不包括外购的固体废物，可计入往年贮存量在评价年的利用量。"), toc=t),
        clause("5.3", "生产洁净化", p("企业应采用先进适用的清洁生产工艺和污染治理设施，主要污染物排放浓度和总量满足排污许可要求2)。"),
               Block("footnote", "2) 主要污染物的种类按企业排污许可证载明的许可排放污染物确定。"), toc=t),
        clause("5.4", "产品绿色化", p("企业宜开展产品绿色设计和主要产品的碳足迹核算，并向下游用户公开核算结果。"), toc=t),
        clause("5.5", "用地集约化", p("单位用地面积产值、建筑密度和容积率按用地批准文件确定的用地面积计算。"), toc=t),
        clause("6", "评价方法", toc=t),
        clause("6.1", "评价程序", p("评价按以下程序进行："), item("a) 企业对照本文件开展自评价；"),
               item("b) 设区市主管部门组织初审；"), item("c) 省级主管部门组织专家评审并公示结果。"), toc=t),
        clause("6.2", "评分", p("各项指标按百分制计分后乘以权重汇总，评价指标及评分规则见附录A的表A.1。"), toc=t),
        clause("7", "评价结果", toc=t),
        clause("7.1", "结果判定", p("满足第4章全部基本要求且评价总分不低于省级主管部门年度通知规定分值的，判定为绿色低碳工厂。"),
               toc=t),
        clause("7.2", "结果有效期", p("评价结果有效期三年，有效期内企业应每年报送评价年数据，发生重大变化的应重新评价。"), toc=t),
    ]


def annexes() -> list[Node]:
    return [
        annex("A", "资料性", "绿色低碳工厂评价指标表"),
        clause("A.1", "指标表的使用", p("表A.1给出了评价指标、指标类型、引领值、基准值和评分规则的格式，各行业可按本行业实际细化。"),
               toc=True),
        table_node("A.1", "绿色低碳工厂评价指标", _TA1, note("注：引领值和基准值由行业评价方案给出，本表不列具体数值。")),
        annex("B", "规范性", "工业用水重复利用率计算方法"),
        clause("B.1", "计算公式", p("工业用水重复利用率按式（B.1）计算："), formula("Rw = Vr / (V + Vr) × 100%", "（B.1）"),
               where("式中："), where("Rw——工业用水重复利用率，%；"), where("Vr——评价年重复利用水量，单位为立方米（m³）；"),
               where("V——评价年取水量，单位为立方米（m³）。"), toc=True),
        clause("B.2", "数据要求", p("重复利用水量包括循环用水量和串联使用水量，以计量仪表读数为准，不得估算。"), toc=True),
    ]


def spec() -> DocSpec:
    fw = foreword([
        p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
        p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
        p("本文件由某省经济和信息化厅提出并组织实施。"),
        p("本文件由某省节能标准化技术委员会归口。"),
        p("本文件编号 DB33/T 2999\u20142024 为评测虚构编号，条文由项目自行撰写，不是正式发布的地方标准。")])
    nodes = [std_cover(ics="27.010", ccs="F 01", kind_line="浙江省地方标准", number=NUMBER, replaces=None,
                       title=[TITLE], english="Evaluation specification for green and low-carbon factories",
                       issued="2024-××-×× 发布", effective="2024-××-×× 实施", issuer="浙江省市场监督管理局  发布",
                       logo="DB33"),
             toc_node(), fw, *body(), *annexes(),
             references(["[1] GB/T 4754 国民经济行业分类", "[2] GB/T 24256 产品生态设计通则",
                         "[3] GB/T 24067 温室气体 产品碳足迹 量化要求和指南"])]
    return DocSpec("db33-t-2999-2024.pdf", "heldout2", "DB33/T 2999-2024", TITLE, "standard", "pdf", nodes,
                   layout={"line": 8.6, "header": NUMBER, "header_align": "R", "page_labels": True}, running=[NUMBER])
