"""Heldout2 replica 9: a provincial 绿色工厂自评价报告 template as DOCX (the kind attached to a notice).

Structure after the facts sheet section 5 and the real application form's outline (一、概述 ...
五、参考文件, 附表). Layout traits of such templates: headings are paragraphs in the template's own
styles "一级标题" / "二级标题" / "三级标题" (based on Normal, bold, with an outline level; no Word
Heading style at all); a 基本信息表 whose label cells are merged vertically and whose 企业简介 cell
spans three columns; 填写说明 and a 真实性声明 before the body; two captioned 附表 at the end, the
first with a merged 一级指标 column. All values are blanks or "××".
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, Table, p

TITLE = "××省绿色工厂自评价报告（模板）"

_INFO = Table(["企业基本信息", "", "", ""], [
    ["企业名称", "", "统一社会信用代码", ""], ["所属行业", "", "行业代码", ""],
    ["法定代表人", "", "注册资本（万元）", ""], ["联系人", "姓名", "", ""], ["", "电话", "", ""],
    ["企业简介", "（简述企业沿革、主要产品、产能和评价年生产经营情况，不超过三百字）", "", ""]],
    [22, 30, 22, 26], spans=((0, 0, 0, 3), (4, 0, 5, 0), (4, 2, 4, 3), (5, 2, 5, 3), (6, 1, 6, 3)))
_SCORE = Table(["一级指标", "二级指标", "分值", "自评得分", "证据编号"], [
    ["能源低碳化", "能源消耗强度", "8", "", ""], ["", "碳排放强度", "8", "", ""], ["", "可再生能源利用率", "8", "", ""],
    ["资源高效化", "取水强度", "8", "", ""], ["", "工业用水重复利用率", "8", "", ""],
    ["生产洁净化", "主要污染物排放强度", "6", "", ""], ["产品绿色化", "产品碳足迹", "8", "", ""],
    ["用地集约化", "单位用地面积产值", "8", "", ""], ["合计", "", "", "", ""]],
    [20, 30, 10, 15, 15], spans=((1, 0, 3, 0), (4, 0, 5, 0), (9, 0, 9, 2)))
_EVID = Table(["序号", "证明材料名称", "对应指标", "页码"], [
    ["1", "营业执照、排污许可证", "基本要求", ""], ["2", "管理体系认证证书", "基本要求", ""],
    ["3", "能源统计报表、碳排放核算报告", "能源低碳化", ""], ["4", "水平衡测试报告", "资源高效化", ""]], [10, 45, 25, 10])

H1, H2, H3 = "一级标题", "二级标题", "三级标题"


def _n(label: str, heading: str, style: str, *blocks: Block) -> Node:
    level = {H1: 1, H2: 2, H3: 3}[style]
    return Node(label, heading, level=level, blocks=list(blocks), docx_style=style)


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            Block("center", TITLE, bold=True, size=20), Block("center", "申报单位（盖章）：　　　　　　　　"),
            Block("center", "所在地区：　　　　省　　　　市"), Block("center", "报告日期：　　　年　　月　　日"),
            Block("center", "（评测用仿制样张，模板内容由项目自行撰写）"), Block("pagebreak")]),
        _n("填写说明", "填写说明", H1, Block("plain", "1. 所属行业按 GB/T 4754 填写到小类，行业代码为四位。"),
           Block("plain", "2. 报告正文按五类一级指标组织，每项指标写明实际值、计算过程、引领值、基准值和得分。"),
           Block("plain", "3. 表中无内容的栏目填“无”，不得空缺。")),
        _n("企业基本信息表", "企业基本信息表", H1, Block("table", table=_INFO)),
        _n("真实性声明", "真实性声明", H1, p("本单位承诺评价报告及所附材料真实有效、准确完整，如有弄虚作假，愿意承担相应责任。"),
           Block("right", "法定代表人（签字）：　　　　　　"), Block("right", "（企业公章）　　年　　月　　日"),
           Block("pagebreak")),
        _n("一", "一、概述", H1),
        _n("一（一）", "（一）评价目的、范围及准则", H2, p("说明本次自评价的目的、评价年、评价边界以及所依据的评价标准或行业方案。")),
        _n("一（二）", "（二）企业基本情况", H2, p("简述企业发展现状、主要工艺和产品、生产经营状况和绿色发展重点工作。")),
        _n("二", "二、评价内容", H1),
        _n("二（一）", "（一）基本要求符合情况", H2, p("逐条说明合规经营、管理职责和管理体系三项基本要求的满足情况，并附证明材料。")),
        _n("二（二）", "（二）评价指标", H2, p("按五类一级指标逐项说明，指标得分汇总见附表1。")),
        _n("二（二）1", "1. 能源低碳化", H3, p("写明能源消耗强度、碳排放强度和可再生能源利用率的计算过程和数据来源。")),
        _n("二（二）2", "2. 资源高效化", H3, p("写明取水强度、工业用水重复利用率和固体废物综合利用率的计算过程。")),
        _n("二（二）3", "3. 生产洁净化", H3, p("说明先进工艺装备、绿色低碳改造投资和主要污染物排放强度。")),
        _n("三", "三、评价结论", H1, p("给出自评价得分，总结主要创建做法、亮点和仍存在的问题。")),
        _n("四", "四、建议", H1, p("提出持续创建绿色工厂的下一步工作建议，明确改进项目和完成时限。")),
        _n("五", "五、参考文件", H1, p("列出报告编制中使用的标准、方案和证明材料索引。")),
        Node("附表1", "附表1 绿色工厂自评价指标得分表", level=1, table=_SCORE, center=True, new_page=True,
             blocks=[p("注：分值按所用行业评价方案填写，本表所列分值仅为格式示例。")]),
        Node("附表2", "附表2 现场评价证明材料清单", level=1, table=_EVID, center=True),
    ]
    return DocSpec("selfeval-template.docx", "heldout2", TITLE, TITLE, "other", "docx", nodes,
                   layout={"styles": True, "font_size": 12})
