"""Heldout2 replica 4: a group standard that modifies an international standard, as a PDF.

T/GDES 032-2025 (number and association invented) adopts ISO 14067:2018 with modifications for
small and medium motors, the way GB/T adoptions do: the 前言 states the adoption, 附录A (规范性)
is numbered to four levels (A.1.2.3) with equations (A.1)-(A.4), and 附录NA (资料性), the national
annex, maps this document's clauses to ISO 14067 in 表NA.1. Untitled clauses (4.2.1 text on the
number's line) sit among titled ones; 4.3 holds two notes. The carbon accounting rules follow the
facts sheet (section 4: grid factors with year and source).
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

NUMBER = "T/GDES 032\u20142025"
TITLE = "产品碳足迹量化方法 中小型三相异步电动机"

_NA1 = Table(["本文件章条编号", "对应的 ISO 14067:2018 章条编号"], [
    ["1", "1"], ["2", "2"], ["3.1~3.4", "3.1.1.1、3.1.1.5、3.1.3.1、3.1.4.1"], ["4.1", "6.3.1"],
    ["4.2", "6.3.2~6.3.4"], ["4.3", "6.3.5"], ["5", "6.4"], ["附录A", "6.4.9"], ["附录B", "\u2014"]], [40, 60])
_F = "（A.{}）"


def _untitled(num: str, text: str) -> Node:
    return clause(num, "", inline=text)


def body() -> list[Node]:
    t = True
    return [
        clause("1", "范围", p("本文件规定了中小型三相异步电动机产品碳足迹的量化目的、系统边界、数据收集、计算方法和报告要求。"),
               p("本文件适用于额定功率0.12 kW至1000 kW的中小型三相异步电动机生产企业开展产品碳足迹量化。"), toc=t),
        clause("2", "规范性引用文件", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
               Block("plain", "GB/T 24067 温室气体 产品碳足迹 量化要求和指南"),
               Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则"),
               Block("plain", "ISO 14067:2018 温室气体 产品碳足迹 量化要求和指南"), toc=t),
        clause("3", "术语和定义", p("GB/T 24067 界定的以及下列术语和定义适用于本文件。"), toc=t),
        Node("3.1", "3.1", level=2, bare=True, sub=["声明单位 declared unit"], blocks=[
            p("用于表示一台额定功率为1 kW的电动机在其生命周期内产生的温室气体排放的基准单位。")]),
        Node("3.2", "3.2", level=2, bare=True, sub=["系统边界 system boundary"], blocks=[
            p("界定纳入产品碳足迹量化的单元过程，本文件采用从原材料获取到产品出厂的边界。")]),
        clause("4", "量化要求", toc=t),
        clause("4.1", "量化目的", p("量化结果用于企业内部减排决策、向下游用户提供产品碳足迹信息以及绿色工厂评价中产品绿色化指标的证明。")),
        clause("4.2", "系统边界"),
        _untitled("4.2.1", "系统边界应包括原材料获取、零部件加工、装配和出厂检验阶段，不包括使用和废弃阶段。"),
        _untitled("4.2.2", "厂内运输、照明、空调和办公用能应按生产工时或产值分摊计入，不得遗漏。"),
        clause("4.3", "取舍准则", p("单项物料质量小于产品总质量百分之一且累计不超过百分之五的，可不计入。"),
               note("注1：含稀土永磁材料的电动机不适用本取舍准则，永磁材料应全部计入。"),
               note("注2：包装材料按实际用量计入，不适用取舍准则。")),
        clause("5", "数据收集", toc=t),
        clause("5.1", "初级数据", p("铁芯冲片、铜线绕组、铸铝转子和机座的用量以及工厂用电量、天然气用量应采用企业实测的初级数据。")),
        clause("5.2", "次级数据", p("上游材料的排放因子可采用经认可的数据库数据，并注明数据库名称、版本和地理代表性。")),
        clause("6", "报告", p("产品碳足迹报告应包括量化目的、声明单位、系统边界、数据来源、计算结果和不确定性说明。"),
               item("a) 计算结果以 kgCO2e/kW 表示；"), item("b) 外购电力所用排放因子注明年份和公告文号。"), toc=t),
    ]


def annex_a() -> list[Node]:
    return [
        annex("A", "规范性", "各阶段排放计算方法"),
        clause("A.1", "原材料获取阶段", toc=True),
        clause("A.1.1", "金属材料"),
        clause("A.1.1.1", "硅钢片", p("硅钢片的排放量按式（A.1）计算："), formula("Es = Ms × EFs", _F.format(1)),
               where("式中："), where("Es——硅钢片的排放量，单位为千克二氧化碳当量（kgCO2e）；"),
               where("Ms——单台产品硅钢片的毛重，单位为千克（kg）；"),
               where("EFs——硅钢片的排放因子，单位为千克二氧化碳当量每千克（kgCO2e/kg）。")),
        clause("A.1.1.2", "铜材和铝材", p("铜线和铸铝的排放量计算方法同式（A.1），其中废铜回用部分按再生铜排放因子计算。")),
        clause("A.1.2", "非金属材料"),
        clause("A.1.2.1", "绝缘材料", p("绝缘漆、槽绝缘和引接线的排放量按各自用量乘以排放因子求和。")),
        clause("A.1.2.2", "包装材料", p("木箱、纸箱和塑料薄膜的排放量按实际用量计算，循环使用的木箱按周转次数分摊。")),
        clause("A.1.2.3", "辅助材料", p("切削液、润滑油和焊材的排放量按年度消耗量除以年产量分摊到单台产品。")),
        Node("A.1.2.3.1", "A.1.2.3.1", level=5, inline="年度消耗量以仓库领用台账为准，退库部分应扣除。"),
        clause("A.2", "生产阶段", toc=True),
        clause("A.2.1", "外购电力", p("外购电力的排放量按式（A.2）计算："), formula("Ee = AD × EFgrid", _F.format(2)),
               where("式中："), where("AD——分摊到单台产品的外购电量，单位为千瓦时（kW·h）；"),
               where("EFgrid——全国电网平均排放因子，单位为千克二氧化碳当量每千瓦时（kgCO2e/(kW·h)）。"),
               note("注：排放因子采用生态环境部最新公布的年度值，例如2023年度为0.5306 kgCO2e/(kW·h)。")),
        clause("A.2.2", "化石燃料燃烧", p("浸漆烘干和铸铝熔化所用天然气的排放量按式（A.3）计算："),
               formula("Ef = FC × NCV × EFf", _F.format(3)), where("式中："),
               where("FC——天然气消耗量，单位为立方米（m³）；"), where("NCV——天然气低位发热量，单位为吉焦每立方米（GJ/m³）；"),
               where("EFf——天然气单位热值排放因子，单位为千克二氧化碳当量每吉焦（kgCO2e/GJ）。")),
        clause("A.3", "产品碳足迹", p("产品碳足迹按式（A.4）计算，并换算为声明单位："),
               formula("CFP = (Es + Ec + Ea + En + Ee + Ef) / Pn", _F.format(4)), where("式中："),
               where("Pn——产品额定功率，单位为千瓦（kW）。"), toc=True),
    ]


def annexes() -> list[Node]:
    return [
        *annex_a(),
        annex("B", "资料性", "数据质量评价"),
        clause("B.1", "评价维度", p("数据质量从时间代表性、地理代表性、技术代表性和完整性四个维度评价，每个维度分为三级。"), toc=True),
        clause("B.2", "结果表示", p("数据质量评价结果在报告中逐项列出，质量较低的数据应说明改进计划。"), toc=True),
        annex("NA", "资料性", "本文件与 ISO 14067:2018 的章条编号对照"),
        clause("NA.1", "对照说明", p("本文件在 ISO 14067:2018 的基础上针对电动机产品进行了修改和细化，章条编号对照见表NA.1。"),
               toc=True),
        table_node("NA.1", "本文件与 ISO 14067:2018 的章条编号对照情况", _NA1, toc=False),
        clause("NA.2", "技术性差异", p("本文件将系统边界限定为从原材料获取到产品出厂，并增加了稀土永磁材料不适用取舍准则的规定，"
                                     "以适应电动机产品的特点。"), toc=True),
    ]


def spec() -> DocSpec:
    fw = foreword([
        p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
        p("本文件修改采用 ISO 14067:2018《温室气体 产品碳足迹 量化要求和指南》。本文件与 ISO 14067:2018 相比，"
          "结构调整较大，章条编号对照一览表见附录NA。"),
        p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
        p("本文件由某电机能效促进会提出并归口，促进会名称和本文件编号均为评测虚构，条文由项目自行撰写。")])
    nodes = [std_cover(ics="29.160.30", ccs="K 22", kind_line="团体标准", number=NUMBER, replaces=None,
                       title=["产品碳足迹量化方法", "中小型三相异步电动机"],
                       english="Quantification method for carbon footprint of products\u2014Small and medium three-phase "
                               "asynchronous motors",
                       issued="2025-××-×× 发布", effective="2025-××-×× 实施", issuer="某电机能效促进会  发布",
                       logo="T/GDES"),
             toc_node(), fw, *body(), *annexes(),
             references(["[1] GB/T 24256 产品生态设计通则", "[2] GB/T 36132 绿色工厂评价通则"])]
    return DocSpec("t-gdes-032-2025.pdf", "heldout2", "T/GDES 032-2025", TITLE, "standard", "pdf", nodes,
                   layout={"size": 10.5, "line": 7.4, "header": NUMBER, "header_align": "outer",
                           "number_align": "outer", "leader": "·"}, running=[NUMBER])
