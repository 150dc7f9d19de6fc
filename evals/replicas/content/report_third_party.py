"""Held-out replica 7: a 绿色工厂第三方评价报告 outline as DOCX (facts sheet section 5, last item).

Cover lines (report number, evaluated unit, evaluating body, date), a 目录 of Word TOC lines (styles
"toc 1"/"toc 2", text, tab, page number, inside a TOC field; labelled 目次 in the truth, as all
tables of contents are), headings "1 评价概况" / "1.1 ..." in Heading 1/2, and two captioned tables
表1 基本要求符合情况表 and 表2 指标评价表. The report number PJ-2025-018 is no document id: like the
other reports, the id is the title. All values are illustrative.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, Table, item, p

TITLE = "××有限公司绿色工厂第三方评价报告"

_BASIC = Table(["序号", "基本要求", "评价依据", "符合情况"], [
    ["1", "近三年无安全、质量、环境违法违规行为", "主管部门证明、信用查询记录", "符合"],
    ["2", "明确绿色制造管理职责，制定中长期规划和年度目标", "管理文件、年度目标分解表", "符合"],
    ["3", "建立并运行质量、环境、能源、职业健康安全管理体系", "体系认证证书及审核报告", "符合"]], [8, 42, 30, 12])
_IND = Table(["一级指标", "二级指标", "实际值", "基准值", "引领值", "得分"], [
    ["能源低碳化", "单位产品综合能耗", "0.42 tce/t", "0.50 tce/t", "0.40 tce/t", "6.4"],
    ["能源低碳化", "可再生能源利用率", "12%", "5%", "20%", "3.7"],
    ["资源高效化", "工业用水重复利用率", "93%", "85%", "95%", "6.4"],
    ["用地集约化", "单位用地面积产值", "1.1 万元/m²", "0.8 万元/m²", "1.5 万元/m²", "3.4"]],
    [16, 26, 16, 14, 14, 10])
_TOC = [("1 评价概况", "1", 1), ("1.1 受评价单位概况", "1", 2), ("1.2 评价依据", "1", 2), ("1.3 评价范围", "2", 2),
        ("2 评价过程和方法", "2", 1), ("2.1 评价组", "2", 2), ("2.2 评价过程", "3", 2), ("2.3 评价方法", "3", 2),
        ("3 评价内容", "4", 1), ("3.1 否决项", "4", 2), ("3.2 基本要求", "4", 2), ("3.3 评价指标", "5", 2),
        ("4 评价结论", "6", 1), ("5 改进建议", "6", 1), ("6 评价机构声明", "7", 1)]


def _h(num: str, title: str, *blocks: Block) -> Node:
    return Node(num, f"{num} {title}", level=num.count(".") + 1, blocks=list(blocks))


def _toc() -> Node:
    lines = [Block("toc", t, no=pg, gap=lv, y=0 if k == 0 else None, size=1 if k == len(_TOC) - 1 else None)
             for k, (t, pg, lv) in enumerate(_TOC)]
    return Node("目次", "目　录", front=True, docx_style="TOC Heading", blocks=[*lines, Block("pagebreak")])


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            Block("right", "报告编号：PJ-2025-018"), Block("center", TITLE, bold=True, size=18),
            Block("center", "受评价单位：××有限公司"), Block("center", "评价机构：××认证评价有限公司（盖章）"),
            Block("center", "报告日期：2025年×月×日"),
            Block("center", "（评测用仿制样张，内容由项目自行撰写，数据均为示意）"), Block("pagebreak")]),
        _toc(),
        _h("1", "评价概况"),
        _h("1.1", "受评价单位概况", p("受评价单位主要从事汽车零部件的生产，年产能和主要工艺按其营业执照和排污许可证核实。")),
        _h("1.2", "评价依据", p("本次评价依据 GB/T 36132\u20142025《绿色工厂评价通则》及所属行业的绿色工厂评价方案开展。")),
        _h("1.3", "评价范围", p("评价范围为受评价单位厂区内的主要生产系统、辅助生产系统和附属生产系统，评价年为上一自然年。")),
        _h("2", "评价过程和方法"),
        _h("2.1", "评价组", p("评价组由三名评价人员组成，其中组长一名，成员均与受评价单位无利益关系。")),
        _h("2.2", "评价过程", p("评价分为文件评审、现场评价和报告编制三个阶段："),
           item("a) 文件评审：审阅自评价报告、统计报表和管理文件；"),
           item("b) 现场评价：核查原始记录，访谈管理和操作人员，查看现场设施；"),
           item("c) 报告编制：汇总评价发现，逐项确定指标值和得分。")),
        _h("2.3", "评价方法", p("评价采用查阅文件和记录、人员访谈、现场核查和抽样检查相结合的方法，对关键数据进行复算。")),
        _h("3", "评价内容"),
        _h("3.1", "否决项", p("经核查，受评价单位近三年未发生重大安全、质量和环境事故，不存在否决项。")),
        _h("3.2", "基本要求", p("基本要求的符合情况见表1，三项基本要求均满足。")),
        Node("表1", "表1 基本要求符合情况表", level=3, table=_BASIC, center=True),
        _h("3.3", "评价指标", p("各项评价指标的实际值、基准值、引领值和得分见表2，得分按线性比例法计算。")),
        Node("表2", "表2 指标评价表", level=3, table=_IND, center=True,
             blocks=[p("表中仅列出部分指标，完整指标表作为报告附表另行装订。")]),
        _h("4", "评价结论", p("受评价单位满足绿色工厂基本要求，评价结果达到所属行业评价方案的要求，建议推荐为绿色工厂。")),
        _h("5", "改进建议", p("建议进一步提高可再生能源利用率，完善供应链碳管理，定期开展产品碳足迹核算。")),
        _h("6", "评价机构声明", p("本评价机构具备相应的评价能力，对评价过程和结论的客观性、真实性负责。")),
    ]
    return DocSpec("report-third-party.docx", "heldout", TITLE, TITLE, "other", "docx", nodes,
                   layout={"styles": True, "font_size": 10.5})
