"""Check replica 9: an enterprise's 绿色工厂自评价报告 draft outline, DOCX without heading styles.

Numbering 一、/（一）/1.; headings are Normal paragraphs in bold; two uncaptioned tables that belong
to their clause. Structure follows facts sheet section 5 (M).
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, Table, p

TITLE = "××有限公司绿色工厂自评价报告（初稿提纲）"

_INFO = Table(["项目", "内容"], [["企业名称", "××有限公司"], ["所属行业", "按 GB/T 4754 填写"],
                               ["统一社会信用代码", "××××××××××××××××××"], ["联系人及电话", "×××"]],
              [30, 60])
_SCORE = Table(["一级指标", "分值", "自评得分", "佐证材料索引"],
               [["能源低碳化", "30", "待填", "附件1"], ["资源高效化", "30", "待填", "附件2"],
                ["生产洁净化", "16", "待填", "附件3"], ["产品绿色化", "16", "待填", "附件4"],
                ["用地集约化", "8", "待填", "附件5"]], [25, 15, 15, 35])


def _n(label: str, heading: str, *blocks: Block, level: int = 1) -> Node:
    return Node(label, heading, level=level, blocks=list(blocks))


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            Block("center", TITLE, bold=True, size=16), Block("center", "申报单位：××有限公司（盖章）"),
            Block("center", "所在地区：××省××市"), Block("center", "编制日期：2025年×月"),
            Block("center", "（评测用仿制样张，内容由项目自行撰写）"), Block("pagebreak")]),
        _n("填写说明", "填写说明",
           Block("plain", "1. 所属行业按国民经济行业分类填写到小类。"),
           Block("plain", "2. 报告用A4纸双面打印，并同时提交电子版。"),
           Block("plain", "3. 企业应对所填内容的真实性负责，并附真实性声明。")),
        _n("一", "一、工厂基本情况"),
        _n("一（一）", "（一）企业概况", p("简述企业的成立时间、主要产品、产能规模和近三年生产经营情况。"), level=2),
        _n("一（二）", "（二）基本信息", p("基本信息按下表填写，与营业执照保持一致。"),
           Block("table", table=_INFO), level=2),
        _n("二", "二、绿色工厂创建情况"),
        _n("二（一）", "（一）基础设施", p("说明厂房建设、计量器具配备和照明节能等方面的情况。"), level=2),
        _n("二（一）1", "1. 建筑", p("厂房采用节能建材和自然采光设计的，列出相应的面积和比例。"), level=3),
        _n("二（一）2", "2. 计量设备", p("列出能源、水资源计量器具的配备率和检定情况。"), level=3),
        _n("二（一）3", "3. 照明", p("说明高效照明灯具的使用情况和分区控制方式。"), level=3),
        _n("二（二）", "（二）管理体系", p("列出质量、环境、能源、职业健康安全管理体系的建立和认证情况。"),
           level=2),
        _n("二（三）", "（三）能源与资源投入", p("说明能源结构、可再生能源使用、原材料和绿色采购情况。"),
           level=2),
        _n("二（四）", "（四）产品", p("说明产品生态设计、能效水平和有害物质限制使用的情况。"), level=2),
        _n("二（五）", "（五）环境排放", p("说明废气、废水、固体废物、噪声和温室气体的治理与排放情况。"),
           level=2),
        _n("二（六）", "（六）绩效指标",
           p("对照评价方案逐项给出指标实际值、所用计算公式和输入数据、引领值和基准值。"), level=2),
        _n("三", "三、下一步工作", p("结合差距分析，列出下一年度拟实施的改进项目和预期效果。")),
        _n("四", "四、自评价得分", p("自评价得分汇总如下，佐证材料按索引编号装订。"),
           Block("table", table=_SCORE)),
    ]
    return DocSpec("report-outline-plain.docx", "check", TITLE, TITLE, "other", "docx", nodes,
                   layout={"styles": False, "font_size": 12})
