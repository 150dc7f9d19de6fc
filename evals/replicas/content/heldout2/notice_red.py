"""Heldout2 replica 5: a provincial implementation notice (通知) with two attachments, as a PDF.

The province, the 文号 ×经信节能〔2025〕27号 and the text are invented around the facts sheet
(tiered cultivation, online filing with low confidence, so the notice says "按平台要求"). Layout
traits, after GB/T 9704 (党政机关公文格式): a red 发文机关标志 and a red rule under the 文号;
body 一、二、三、 with （一）（二） items printed as paragraphs, a 联系人 line and the signature;
附件1 评价细则 (a table with a merged first column, continued on the next page as "续表"), 附件2
申报书 (a cover with blank fields, a form table and three 一、二、三、 sections); the 版记 (抄送,
印发机关 and date between rules, at the foot of its own page) closes the file after the attachments.
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, Table, cover, p

NUMBER = "×经信节能〔2025〕27号"
TITLE = "××省经济和信息化厅关于开展2025年度省级绿色工厂培育工作的通知"
RED = (200, 16, 16)

_RULES = [
    ("基本要求", "合规经营", "近三年无安全、质量、环境违法违规行为", "否决项", "查询信用记录和主管部门证明"),
    ("", "管理职责", "明确绿色制造管理部门，制定中长期规划和年度目标", "否决项", "查阅管理文件"),
    ("", "管理体系", "建立质量、环境、能源和职业健康安全管理体系", "否决项", "查阅认证证书或体系文件"),
    ("能源低碳化", "单位产品综合能耗", "达到引领值得满分，劣于基准值不得分", "8", "能源统计报表"),
    ("", "单位产品碳排放量", "达到引领值得满分，劣于基准值不得分", "8", "碳排放核算报告"),
    ("", "可再生能源利用率", "按线性比例计分", "8", "绿电交易凭证、光伏发电记录"),
    ("", "能碳管理平台", "每满足一项功能得0.5分", "6", "平台功能截图和运行记录"),
    ("资源高效化", "单位产品取水量", "达到引领值得满分，劣于基准值不得分", "8", "取水计量台账"),
    ("", "工业用水重复利用率", "按线性比例计分", "8", "水平衡测试报告"),
    ("", "固体废物综合利用率", "按线性比例计分", "6", "固体废物管理台账"),
    ("", "主要原材料消耗", "达到引领值得满分，劣于基准值不得分", "8", "物料消耗统计"),
    ("生产洁净化", "先进工艺装备", "采用先进适用技术得满分", "6", "设备清单和技改资料"),
    ("", "绿色低碳改造投资", "按线性比例计分", "4", "项目投资凭证"),
    ("", "主要污染物排放强度", "达到引领值得满分，劣于基准值不得分", "6", "监测报告、排污许可执行报告"),
    ("产品绿色化", "产品绿色设计", "编制绿色设计评价报告得满分", "8", "绿色设计评价报告"),
    ("", "产品碳足迹", "完成主要产品碳足迹核算得满分", "8", "碳足迹核算报告"),
    ("用地集约化", "单位用地面积产值", "按线性比例计分", "8", "不动产权证书和统计报表"),
]
_T_RULES = Table(["一级指标", "评价内容", "评价要求", "分值", "佐证材料"], [list(r) for r in _RULES],
                 [14, 18, 34, 8, 26], size=9.5, merge=(0,), cont_label="续表")
_T_FORM = Table(["项目", "内容", "项目", "内容"], [
    ["企业名称", "", "统一社会信用代码", ""], ["所属行业", "", "行业代码（GB/T 4754）", ""],
    ["法定代表人", "", "联系人及电话", ""], ["上年度工业总产值（万元）", "", "上年度综合能耗（tce）", ""],
    ["已获绿色工厂层级", "市级（　）　无（　）", "所在设区市", ""]], [24, 26, 24, 26], size=10)


def _n(label: str, heading: str, *paras: str, level: int = 1) -> Node:
    return Node(label, heading, level=level, blocks=[p(x) for x in paras])


def _red(text: str, y: float, size: float, gap: float = 0.0) -> Block:
    b = cover(text, y, size, "C", gap=gap)
    b.color = RED
    return b


def spec() -> DocSpec:
    rule = cover("<hr>", 64)
    rule.color = RED
    head = Node("封面", front=True, blocks=[
        _red("××省经济和信息化厅文件", 30, 26, gap=1.2), cover(NUMBER, 55, 14, "C"), rule,
        cover("××省经济和信息化厅关于开展2025年度", 74, 18, "C"), cover("省级绿色工厂培育工作的通知", 84, 18, "C"),
        Block("plain", "各设区市经济和信息化局："),
        p("为贯彻落实绿色工厂梯度培育的有关要求，加快推进全省制造业绿色低碳转型，现就做好2025年度省级绿色工厂"
          "培育工作通知如下。"), p(REPLICA_NOTE)])
    nodes = [
        head,
        _n("一", "一、培育对象", "在本省注册、具有独立法人资格、已列入市级绿色工厂名单满一年的工业企业，"
           "重点支持石化、钢铁、建材、纺织、电子等行业企业申报。"),
        _n("二", "二、申报条件"),
        _n("二（一）", "（一）近三年未发生安全、质量、环境方面的违法违规行为，未列入严重失信主体名单。", level=2),
        _n("二（二）", "（二）对照绿色工厂评价通则和本通知附件1的评价细则开展自评价，自评价得分不低于八十分。", level=2),
        _n("二（三）", "（三）主要用能设备的能源计量器具配备率达到国家标准要求，并接入能碳管理平台。", level=2),
        _n("三", "三、工作程序", "企业按平台要求在线填报申报书（附件2）并上传自评价报告和佐证材料；设区市经济和"
           "信息化局组织初审，于9月30日前择优推荐；省经济和信息化厅组织专家评审，公示无异议后发布名单。"),
        _n("四", "四、工作要求", "各设区市要加强组织指导，严格审核把关，确保申报材料真实准确。对弄虚作假的企业，"
           "三年内不得申报各级绿色制造名单。"),
    ]
    for n in nodes:
        if n.level == 2:  # （一）items run on in the paragraph, as notices print them
            n.inline, n.heading = n.heading[3:], n.heading[:3]
    nodes[-1].blocks += [
        Block("plain", "联系人：省经济和信息化厅节能与综合利用处　×××，电话：0000-00000000"),
        Block("plain", "附件：1.××省绿色工厂评价细则（2025年版）"), Block("plain", "　　　2.××省省级绿色工厂申报书"),
        Block("right", "××省经济和信息化厅"), Block("right", "2025年×月×日"),
        Block("plain", "（此件公开发布）")]
    nodes += [
        Node("附件1", "附件1", new_page=True, blocks=[
            Block("center", "××省绿色工厂评价细则（2025年版）", size=17),
            p("本细则与绿色工厂评价通则配套使用，评价总分100分，基本要求为否决项，任何一项不满足的不予推荐。"),
            Block("table", table=_T_RULES),
            p("有行业评价方案的，优先采用行业方案的引领值和基准值；没有的，按本细则评价。")]),
        Node("附件2", "附件2", new_page=True, blocks=[
            Block("center", "××省省级绿色工厂申报书", size=20),
            Block("plain", "申报单位（盖章）：________________________"),
            Block("plain", "所在设区市：________________________"), Block("plain", "填报日期：______年____月____日"),
            Block("center", "××省经济和信息化厅制"), Block("pagebreak")]),
        _n("附件2一", "一、企业基本信息"),
        _n("附件2二", "二、绿色工厂创建情况", "按能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化五个方面"
           "简述创建措施和成效，每个方面不超过五百字，相关数据与附件1的评价细则逐项对应。", level=1),
        _n("附件2三", "三、真实性承诺", "本企业承诺所填报的信息和提交的材料真实、准确、完整，如有虚假，"
           "愿意承担相应责任并接受取消申报资格的处理。"),
    ]
    nodes[-3].blocks = [Block("table", table=_T_FORM)]
    nodes[-1].blocks += [
        Block("right", "法定代表人（签字）：__________"), Block("right", "企业（盖章）　　年　月　日"),
        Block("pagebreak"), cover("<hr>", 226), cover("抄送：省发展改革委，省生态环境厅，省市场监管局。", 229, 14, "L"),
        cover("<hr>", 240), cover("××省经济和信息化厅办公室　　　　　　2025年×月×日印发", 243, 14, "L"),
        cover("<hr>", 254)]
    return DocSpec("notice-provincial-red.pdf", "heldout2", NUMBER, TITLE, "policy", "pdf", nodes,
                   layout={"size": 14.0, "line": 9.6, "margins": (28.0, 26.0, 37.0, 35.0), "number_style": "dash",
                           "number_align": "outer", "arabic_from": "封面", "roman_from": ""})
