"""Tune replica 3: MIIT general office notice 工信厅节函〔2016〕586号 as a PDF.

Policy numbering 一、/（一）/1.; the content is the project's summary of the green manufacturing
system (facts sheet sections 1 and 6), not the notice's wording.
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, cover, p

NUMBER = "工信厅节函〔2016〕586号"
TITLE = "工业和信息化部办公厅关于开展绿色制造体系建设的通知"


def _cn(label: str, heading: str, *paras: str, level: int = 1) -> Node:
    return Node(label, heading, level=level, blocks=[p(x) for x in paras])


def spec() -> DocSpec:
    head = Node("封面", front=True, blocks=[
        cover("工业和信息化部办公厅文件", 32, 26, "C", gap=1.5), cover(NUMBER, 60, 13, "C"),
        cover("<hr>", 67), cover("工业和信息化部办公厅关于开展绿色制造体系", 76, 17, "C"),
        cover("建设的通知", 86, 17, "C"),
        Block("plain", "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门，有关行业协会，"
                       "有关单位："),
        p("为加快推进工业绿色发展，构建绿色制造体系，现就开展绿色工厂、绿色产品、绿色园区和绿色供应链"
          "建设的有关事项通知如下。"),
        p(REPLICA_NOTE)])
    nodes = [
        head,
        _cn("一", "一、总体要求"),
        _cn("一（一）", "（一）基本思路", "以企业为建设主体，以公开透明的第三方评价机制和标准体系为基础，"
            "引导企业按照标准开展绿色制造建设。", level=2),
        _cn("一（二）", "（二）重点领域", "优先在钢铁、有色金属、化工、建材、机械、汽车、轻工、食品、纺织、"
            "医药和电子信息等行业开展创建工作。", level=2),
        _cn("二", "二、主要任务"),
        _cn("二（一）", "（一）建设绿色工厂", "绿色工厂建设突出用地集约化、生产洁净化、"
            "废物资源化和能源低碳化，企业对照评价要求查找差距、实施改造。", level=2),
        _cn("二（二）", "（二）开发绿色产品", "按照全生命周期理念开展产品生态设计，推动产品在材料选择、"
            "生产、使用和回收各环节减少资源环境影响。", level=2),
        _cn("二（三）", "（三）创建绿色园区", "园区从能源利用、资源利用、基础设施、产业、生态环境和运行管理"
            "六个方面开展评价，推动园区循环化改造。", level=2),
        _cn("二（四）", "（四）打造绿色供应链", "核心企业从管理战略、供应商管理、绿色生产、绿色回收、信息平台"
            "和信息披露等方面带动上下游企业协同改进。", level=2),
        _cn("三", "三、组织实施"),
        _cn("三（一）", "（一）评价程序", "绿色制造名单按以下程序产生：", level=2),
        _cn("三（一）1", "1.企业自评价。企业对照相关标准开展建设，形成自评价报告。", level=3),
        _cn("三（一）2", "2.第三方评价。第三方机构通过查阅报告和原始记录、人员访谈、现场核查等方式开展评价，"
            "出具评价报告。", level=3),
        _cn("三（一）3", "3.地方推荐。省级工业和信息化主管部门对申报材料进行审核，向工业和信息化部推荐。",
            level=3),
        _cn("三（一）4", "4.论证公示。工业和信息化部组织专家论证，必要时进行现场抽查，公示无异议后发布名单。",
            level=3),
        _cn("三（二）", "（二）政策支持", "对列入名单的单位，统筹利用中央预算内投资、技术改造资金、"
            "绿色信贷和绿色债券等渠道给予支持，优先纳入政府采购。", level=2),
        _cn("四", "四、工作要求", "各地区要高度重视绿色制造体系建设，加强组织协调，认真做好申报推荐工作，"
            "及时总结推广典型经验。"),
    ]
    nodes[-1].blocks += [Block("plain", "附件：1.绿色工厂评价要求"), Block("plain", "　　　2.绿色园区评价要求"),
                         Block("plain", "　　　3.绿色供应链管理评价要求"),
                         Block("right", "工业和信息化部办公厅"), Block("right", "2016年×月×日")]
    for n in nodes[1:]:  # policy headings are printed as paragraphs, one per line
        if n.level == 3:
            n.inline, n.heading = n.heading[2:], n.heading[:2]
    return DocSpec("notice-586.pdf", "tune", NUMBER, TITLE, "policy", "pdf", nodes,
                   layout={"size": 14.0, "line": 9.6, "margins": (28.0, 26.0, 37.0, 35.0),
                           "number_style": "dash", "number_align": "outer", "arabic_from": "封面",
                           "roman_from": "", "justify": True})
