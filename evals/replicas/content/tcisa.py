"""Tune replica 2: a T/CISA group-standard draft behind the association's cover letter.

Everything is the project's own wording; all numbers are marked as illustrative (示意值).
"""

from __future__ import annotations

from evals.replicas.content.common import (
    REPLICA_NOTE,
    annex,
    clause,
    foreword,
    std_cover,
    table_node,
    toc_node,
)
from evals.replicas.model import Block, DocSpec, Node, Table, cover, formula, item, note, p, where

NUMBER = "T/CISA XXXX\u2014XXXX"
TITLE = "低碳排放钢评价方法"

_FORM = Table(["序号", "章条编号", "修改意见", "理由"], [["1", "", "", ""], ["2", "", "", ""],
              ["3", "", "", ""]], [8, 14, 40, 30], size=10)

LETTER = Node("来函", front=True, blocks=[
    cover("中国钢铁工业协会", 30, 24, "C", gap=3.0), cover("钢协科〔2024〕32号", 52, 12, "C"),
    cover("<hr>", 58),
    cover("关于征求《低碳排放钢评价方法》中国钢铁", 68, 16, "C"),
    cover("工业协会团体标准（征求意见稿）意见的通知", 78, 16, "C"),
    Block("plain", "各有关单位、专家："),
    p("为引导钢铁行业降低产品碳排放、规范低碳排放钢的评价，协会组织有关单位起草了《低碳排放钢评价方法》"
      "团体标准征求意见稿，现向社会公开征求意见。"),
    p("请各单位组织相关技术人员认真研究，填写征求意见表，于反馈截止日期前以电子邮件方式反馈协会科技环保部。"
      "逾期未反馈的，按无意见处理。"),
    p(REPLICA_NOTE),
    Block("plain", "联系人：××× 电话：010-×××××××× 邮箱：××××@××××.org.cn"),
    Block("plain", "附件：1.《低碳排放钢评价方法》（征求意见稿）"),
    Block("plain", "　　　2.《低碳排放钢评价方法》征求意见表"),
    Block("right", "中国钢铁工业协会"), Block("right", "2024年5月20日"),
    Block("pagebreak"),
    Block("center", "《低碳排放钢评价方法》征求意见表", size=14),
    Block("plain", "单位名称（盖章）：　　　　　　　　联系人：　　　　　　电话："),
    Block("table", table=_FORM),
    Block("plain", "说明：表格不够可另附页，请注明所针对的章条编号并简述修改理由。"),
])

FOREWORD = [
    p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
    p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
    p("本文件由中国钢铁工业协会提出并归口。"),
    p("本文件起草单位：××钢铁集团有限公司、××冶金研究院。"),
    p("本文件主要起草人：×××、×××。"),
]

_GRADES = Table(["等级", "碳排放强度（tCO2e/t，示意值）", "说明"],
                [["一级", "不高于1.2（示意值）", "达到同类产品领先水平，可标注为低碳排放钢"],
                 ["二级", "不高于1.6（示意值）", "优于同类产品平均水平的较低排放产品"],
                 ["三级", "不高于2.0（示意值）", "刚达到低碳排放钢入门要求的产品"]], [10, 25, 45])
_SOURCES = Table(["排放源类别", "主要活动数据", "数据来源（示例）"],
                 [["化石燃料燃烧", "煤炭、焦炭、天然气消耗量", "能源计量台账和购销凭证"],
                  ["工业过程", "石灰石、白云石和电极消耗量", "原料消耗统计报表"],
                  ["外购电力和热力", "外购电量、外购热量", "电网结算单和热力结算单"],
                  ["上游原料", "外购铁矿石、废钢、合金的数量", "采购合同和供应商提供的碳足迹数据"]],
                 [20, 30, 40])


def body() -> list[Node]:
    t = True
    return [
        clause("1", "范围", p("本文件规定了低碳排放钢的评价原则、评价指标、评价方法和评价流程。"),
               p("本文件适用于长流程和短流程钢铁企业生产的钢产品的低碳排放评价。"), toc=t),
        clause("2", "规范性引用文件",
               p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
               Block("plain", "GB/T 24067 温室气体 产品碳足迹 量化要求和指南"),
               Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则"),
               Block("plain", "GB/T 32151（所有部分） 温室气体排放核算与报告要求"), toc=t),
        clause("3", "术语和定义", p("下列术语和定义适用于本文件。"), toc=t),
        Node("3.1", "3.1", level=2, bare=True, sub=["低碳排放钢 low carbon emission steel"],
             blocks=[p("按本文件评价，单位产品碳排放强度达到规定等级要求的钢产品。")]),
        Node("3.2", "3.2", level=2, bare=True, sub=["产品碳足迹 carbon footprint of a product"],
             blocks=[p("基于生命周期评价方法，量化得到的产品系统温室气体排放量与清除量之和，"
                       "以二氧化碳当量表示。")]),
        Node("3.3", "3.3", level=2, bare=True, sub=["核算边界 accounting boundary"],
             blocks=[p("界定纳入核算的生产工序、设施和排放源的范围，本文件采用从原料进厂到钢产品出厂的边界。")]),
        Node("3.4", "3.4", level=2, bare=True, sub=["碳排放强度 carbon emission intensity"],
             blocks=[p("在核算边界内生产每吨合格钢产品所产生的温室气体排放量，单位为吨二氧化碳当量每吨。")]),
        clause("4", "评价原则", p("低碳排放钢的评价应遵循以下原则："),
               item("a) 完整性：核算边界内的排放源应全部纳入，不得遗漏；"),
               item("b) 一致性：同一企业不同年度的核算方法和边界保持一致；"),
               item("c) 透明性：数据来源、计算过程和假设条件应可追溯、可复核。"), toc=t),
        clause("5", "评价指标", toc=t),
        clause("5.1", "指标构成", p("评价指标以产品碳排放强度为核心，辅以数据质量和减排措施的定性要求。"), toc=t),
        clause("5.2", "碳排放强度", p("碳排放强度按 GB/T 24067 的原则在钢产品层面量化，计算方法见 6.2。"), toc=t),
        clause("5.2.1", "核算范围",
               p("核算范围覆盖烧结、球团、炼铁、炼钢、轧钢等主要工序，以及制氧、供水等辅助工序。")),
        clause("5.2.2", "数据质量",
               p("活动数据优先采用实测值，缺少实测值时可采用经核实的统计值，并说明其不确定性。"),
               note("注：排放因子应注明年份和来源。")),
        clause("5.3", "等级划分",
               p("低碳排放钢按碳排放强度分为三个等级，见表1。表中数值为说明格式用的示意值，正式数值以发布文本为准。"),
               toc=t),
        table_node("1", "低碳排放钢等级划分（示意值）", _GRADES, level=3),
        clause("6", "评价方法", toc=t),
        clause("6.1", "数据收集", p("企业应收集评价年度的生产、能源、原料和排放数据，形成可追溯的数据台账。"),
               toc=t),
        clause("6.2", "碳排放强度计算", p("钢产品的碳排放强度按式（1）计算："), formula("CI = E / P", "(1)"),
               where("式中："), where("CI——碳排放强度，单位为吨二氧化碳当量每吨（tCO2e/t）；"),
               where("E——核算边界内的温室气体排放总量，单位为吨二氧化碳当量（tCO2e）；"),
               where("P——评价年度合格钢产品产量，单位为吨（t）。"), toc=t),
        clause("6.3", "结果判定", p("按计算结果对照表1确定等级，数据质量不满足5.2.2要求的，不予评定等级。"),
               toc=t),
        clause("7", "评价流程", p("评价按以下步骤进行："),
               item("a) 企业提出评价申请并提交数据台账；"), item("b) 评价机构审核资料并开展现场核查；"),
               item("c) 评价机构出具评价报告，明确产品等级；"), item("d) 评价结论在协会网站公示。"), toc=t),
    ]


INTRO = Node("引言", "引  言", front=True, spaced=True, new_page=True, toc="引言", blocks=[
    p("钢铁行业是工业领域碳排放的重点行业之一，下游用户对钢产品碳排放信息的需求日益增加。"),
    p("为统一低碳排放钢的评价口径，本文件以产品碳足迹的量化方法为基础，规定评价指标和等级划分方法，"
      "便于生产企业和下游用户对不同工艺路线的钢产品进行比较。"),
    p("本文件中出现的等级界限数值均为示意值，仅用于说明评价格式。"),
])


def annex_b() -> list[Node]:
    return [
        annex("B", "资料性", "评价报告格式"),
        clause("B.1", "报告封面", p("报告封面载明受评企业名称、产品名称和牌号、评价年度以及评价机构名称。"),
               toc=True),
        clause("B.2", "报告正文", p("报告正文依次说明企业概况、核算边界、数据来源、计算过程和评价结论。"),
               item("a) 企业概况包括主要工艺路线和年产量；"),
               item("b) 计算过程列出各排放源的活动数据和排放因子；"),
               item("c) 评价结论给出碳排放强度和对应等级。"), toc=True),
        clause("B.3", "报告附件", p("报告附件包括能源计量台账摘录、原料采购凭证和现场核查记录。"), toc=True),
    ]


def annex_a() -> list[Node]:
    return [
        annex("A", "规范性", "碳排放强度核算要求"),
        clause("A.1", "核算边界", p("核算边界以钢铁企业厂界为基础，外购的烧结矿、球团矿和铁水按供应商数据计入。"),
               toc=True),
        clause("A.2", "排放源", p("主要排放源及其数据来源示例见表 A.1，企业可结合工艺流程补充。"), toc=True),
        table_node("A.1", "主要排放源及数据来源（示例）", _SOURCES),
        clause("A.3", "排放因子",
               p("电力排放因子采用主管部门最新公布的全国电网平均排放因子，并注明公布年份。"), toc=True),
    ]


def spec() -> DocSpec:
    cov = std_cover(ics="77.080", ccs="H 40", kind_line="中国钢铁工业协会团体标准", number=NUMBER,
                    replaces=None, title=[TITLE], english="Evaluation method for low carbon emission steel",
                    issued="XXXX-XX-XX 发布", effective="XXXX-XX-XX 实施", issuer="中国钢铁工业协会  发布",
                    draft="（征求意见稿）", logo="T/CISA")
    cov.new_page = True
    nodes = [LETTER, cov, toc_node(), foreword(FOREWORD), INTRO, *body(), *annex_a(),
             *annex_b()]
    return DocSpec("t-cisa-low-carbon-steel.pdf", "tune", TITLE, TITLE, "standard", "pdf", nodes,
                   layout={"header": NUMBER, "size": 12.0, "line": 10.0, "margins": (25.0, 22.0, 28.0, 26.0)},
                   running=[NUMBER])
