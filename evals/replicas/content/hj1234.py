"""Held-out replica 2: an environmental standard HJ 1234-2022 (an invented number, as the document
itself says) on accounting pollutant generation and discharge intensity (the facts sheet's B.12-B.23).

Layout traps: the running header "HJ 1234—2022" at the top outer corner (left on even pages, right
on odd), page numbers at the bottom outer corner, two annexes (规范性, 资料性) numbered to depth 3
(A.2.1, A.2.1.1), and 表 A.1 whose first column looks merged (no rule under a cell whose next cells
are empty) with multi-line cells.
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

NUMBER = "HJ 1234\u20142022"
TITLE = "工业企业污染物产生和排放强度核算技术规范"


def _term(num: str, name: str, text: str) -> Node:
    return Node(num, f"{num} {name}", level=2, blocks=[p(text)])


def _calc(num: str, title: str, expr: str, no: str, lines: list[str], extra: str) -> Node:
    return clause(num, title, p(f"{title}按式（{no}）计算："), formula(expr, f"（{no}）"), where("式中："),
                  *[where(x) for x in lines], p(extra), toc=num.count(".") < 2)


_TA1 = Table(["核算对象", "数据类别", "数据来源", "记录要求"], [
    ["废水", "废水产生量", "车间排水口流量计\n或水平衡测试", "每日记录累计流量，\n月末汇总"],
    ["", "废水排放量", "总排口在线监测", "保存原始数据不少于三年"],
    ["", "化学需氧量浓度", "自动监测或手工监测", "手工监测按排污许可\n规定的频次开展"],
    ["废气", "废气产生量", "风机风量和运行时间", "风机运行记录逐班填写"],
    ["", "废气排放量", "排气筒在线监测", "缺失时段按规定方法补遗"],
    ["主要污染物", "产生浓度和排放浓度", "监测报告、在线监测\n数据和物料衡算", "三种来源不一致时\n优先采用监测数据"],
    ["产品产量", "合格品产量", "生产统计报表", "与能耗统计口径一致"]], [16, 20, 30, 34], size=9.5, merge=(0,))
_TB1 = Table(["项目", "数值（示意）", "单位"], [["评价年合格品产量", "12 000", "t"], ["废水排放量", "48 000", "t"],
             ["废气排放量", "1.8亿", "m³"]], [40, 30, 30], size=9.5)


def body() -> list[Node]:
    t = True
    return [
        clause("1", "适用范围", p("本标准规定了工业企业废水、废气和主要污染物产生强度与排放强度的核算原则、核算方法和质量保证要求。"),
               p("本标准适用于工业企业开展绿色工厂评价、清洁生产审核和排污许可执行报告编制时的强度核算。"), toc=t),
        clause("2", "规范性引用文件", p("本标准引用了下列文件或其中的条款。凡是注明日期的引用文件，仅注日期的版本适用于本标准。"),
               Block("plain", "GB/T 36132 绿色工厂评价通则"), Block("plain", "HJ 819 排污单位自行监测技术指南 总则"),
               Block("plain", "HJ 944 排污单位环境管理台账及排污许可证执行报告技术规范 总则（试行）"), toc=t),
        clause("3", "术语和定义", p("下列术语和定义适用于本标准。"), toc=t),
        _term("3.1", "产生强度 generation intensity", "核算期内某类污染物的产生量与合格品产量或工业总产值之比。"),
        _term("3.2", "排放强度 discharge intensity", "核算期内经末端治理后排入环境的污染物量与合格品产量或工业总产值之比。"),
        clause("4", "核算原则", toc=t),
        clause("4.1", "边界一致", p("强度核算的分子和分母应对应同一生产系统，核算边界与能耗统计边界保持一致。"), toc=t),
        clause("4.2", "数据优先次序", p("数据优先采用自动监测数据，其次为手工监测数据，再次为物料衡算或排放系数法结果。"),
               note("注：采用排放系数法的，应注明系数的来源和年份。"), toc=t),
        clause("5", "核算方法", toc=t),
        _calc("5.1", "单位产品废水排放量", "Wq = W / Q", "1",
              ["Wq——单位产品废水排放量，单位为吨每产品单位（t/产品单位）；", "W——核算期内废水排放量，单位为吨（t）；",
               "Q——核算期内合格品产量，单位为产品单位。"], "废水产生量的强度以车间排放口之前的水量计算，方法相同。"),
        _calc("5.2", "单位产品废气排放量", "Gq = V / Q", "2",
              ["Gq——单位产品废气排放量，单位为立方米每产品单位（m³/产品单位）；",
               "V——核算期内标准状态下的废气排放量，单位为立方米（m³）。"], "无组织排放的废气不计入排放量，但应在报告中说明。"),
        _calc("5.3", "单位产品主要污染物排放量", "Pq = P / Q", "3",
              ["Pq——单位产品主要污染物排放量，单位为千克每产品单位（kg/产品单位）；",
               "P——核算期内该污染物的排放量，单位为千克（kg）。"], "以单位产值表征时，分母改为核算期内的工业总产值。"),
        clause("6", "质量保证", toc=t),
        clause("6.1", "台账", p("企业应按 HJ 944 建立环境管理台账，核算所用的原始记录应可追溯。"), toc=t),
        clause("6.2", "复核", p("核算结果应经企业环保负责人复核签字，数据来源变化的应在报告中说明原因。"), toc=t),
    ]


def annexes() -> list[Node]:
    return [
        annex("A", "规范性", "核算数据来源和要求"),
        clause("A.1", "一般要求", p("核算所用数据应覆盖完整的核算期，缺失数据按本附录的方法处理。"), toc=True),
        clause("A.2", "数据要求", toc=True),
        clause("A.2.1", "活动数据", p("活动数据包括产品产量、废水量和废气量，其来源和记录要求见表 A.1。")),
        clause("A.2.1.1", "产品产量", p("产品产量以入库合格品计，多品种企业按主要产品折算后汇总。")),
        clause("A.2.1.2", "废水量和废气量", p("流量计故障期间的水量按前三十日的日均值补遗，并作记录。")),
        table_node("A.1", "核算数据来源和记录要求", _TA1, toc=True),
        clause("A.2.2", "监测数据", p("监测数据的采样、分析和质控按 HJ 819 及行业自行监测技术指南执行。")),
        clause("A.2.2.1", "自动监测数据", p("有效数据捕集率低于规定要求的月份，应以手工监测数据进行校核。")),
        clause("A.2.2.2", "手工监测数据", item("a) 采样点位与排污许可证载明的点位一致；"),
                item("b) 监测报告由具备资质的检测机构出具。")),
        clause("A.3", "数据缺失的处理", p("连续缺失超过规定天数的，该时段按最大排放浓度和设计风量核算，不得低估。"), toc=True),
        annex("B", "资料性", "核算示例"),
        clause("B.1", "企业概况", p("某印染企业评价年的产量和排放数据见表 B.1，数据为示意值。"), toc=True),
        table_node("B.1", "某印染企业评价年基础数据", _TB1, toc=True),
        clause("B.2", "核算结果", toc=True),
        clause("B.2.1", "废水", p("按式（1）计算，单位产品废水排放量为每吨产品四吨废水。")),
        clause("B.2.1.1", "与引领值比较", p("该结果与行业评价方案的引领值比较后，确定绿色工厂评价的得分。")),
        clause("B.2.2", "废气", p("按式（2）计算，单位产品废气排放量为每吨产品一万五千立方米。")),
    ]


def spec() -> DocSpec:
    fw = foreword([
        p("为贯彻《中华人民共和国环境保护法》，规范工业企业污染物产生和排放强度的核算，制定本标准。"),
        p("本标准编号 HJ 1234\u20142022 为评测虚构编号，条文由项目自行撰写，不是正式发布的生态环境标准。"),
        p("本标准附录A为规范性附录，附录B为资料性附录。"),
        p("本标准由生态环境部科技与财务司、法规与标准司组织制订。"),
        p("本标准自2022年×月×日起实施。")])
    nodes = [std_cover(ics="13.020.01", ccs="Z 00", kind_line="中华人民共和国国家生态环境标准", number=NUMBER,
                       replaces=None, title=["工业企业污染物产生和排放", "强度核算技术规范"],
                       english="Technical specification for accounting pollutant generation and discharge intensity of "
                               "industrial enterprises",
                       issued="2022-××-×× 发布", effective="2022-××-×× 实施", issuer="生  态  环  境  部  发布",
                       logo="HJ"),
             toc_node(), fw, *body(), *annexes(),
             references(["[1] GB/T 24001 环境管理体系 要求及使用指南", "[2] GB/T 43329（清洁生产评价指标）"])]
    return DocSpec("hj-xxxx-2022.pdf", "heldout", "HJ 1234-2022", TITLE, "standard", "pdf", nodes,
                   layout={"header": NUMBER, "header_align": "outer", "number_align": "outer",
                           "margins": (25.0, 22.0, 25.0, 22.0)},
                   running=[NUMBER])
