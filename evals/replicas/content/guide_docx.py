"""Tune replica 5: a consultancy's 绿色工厂创建实施指南 as DOCX with Title and Heading 1-3 styles.

Headings carry their numbers in their text ("1 总体要求", "2.3.1 节能改造"); one captioned table.
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, Table, item, p

TITLE = "绿色工厂创建实施指南"

_DUTY = Table(["工作事项", "牵头部门", "配合部门", "完成时限"],
              [["现状诊断与差距分析", "能源环保部", "生产部、设备部", "第1个月"],
               ["能碳管理平台建设", "信息中心", "能源环保部", "第6个月"],
               ["自评价报告编制", "能源环保部", "财务部、质量部", "第10个月"]], [30, 20, 25, 15])


def _h(num: str, title: str, *blocks: Block) -> Node:
    return Node(num, f"{num} {title}", level=num.count(".") + 1, blocks=list(blocks))


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[Block("center", "××绿色发展咨询有限公司"), Block("center", TITLE),
                                       Block("center", "（2025年版）"), p(REPLICA_NOTE)]),
        _h("1", "总体要求", p("本指南帮助制造企业按照现行绿色工厂评价通则，有计划地开展绿色工厂创建。")),
        _h("1.1", "适用范围", p("本指南适用于准备申报各级绿色工厂的制造企业，也可供咨询人员编制方案时参考。")),
        _h("1.2", "基本原则", p("创建工作坚持问题导向，先摸清家底再确定改造项目，避免为申报而突击投入。"),
           item("——数据先行：用计量数据说明现状和成效；"), item("——对标引领：以行业引领值为改进方向。")),
        _h("2", "创建步骤", p("创建工作一般分为现状诊断、方案编制和实施改造三个阶段。")),
        _h("2.1", "现状诊断", p("诊断时逐项对照五类一级指标收集近三年数据，识别与基准值和引领值的差距。")),
        _h("2.2", "方案编制", p("方案应明确改造项目、投资估算、预期指标值和责任部门，分工示例见表1。")),
        Node("表1", "表1 创建工作分工（示例）", level=3, table=_DUTY, center=True),
        _h("2.3", "实施改造", p("改造项目按轻重缓急排序，优先实施投资小、见效快的管理类措施。")),
        _h("2.3.1", "节能改造", p("节能改造重点关注高耗能设备更新、余热余压利用和能源计量器具的配备。")),
        _h("2.3.2", "节水与资源综合利用",
           p("节水方面可推进冷却水循环利用和废水深度处理回用，提升工业用水重复利用率。")),
        _h("3", "自评价与申报", p("改造完成并稳定运行后，企业按评价方案开展自评价。")),
        _h("3.1", "自评价", p("自评价报告逐项列出指标实际值、计算过程、引领值和基准值、得分及佐证材料。")),
        _h("3.2", "申报材料", p("申报材料通常包括自评价报告、基本信息表、真实性声明以及相关证明文件。")),
        _h("4", "持续改进", p("列入名单后仍需每年更新数据，保持指标水平并持续改进。")),
    ]
    return DocSpec("guide-with-styles.docx", "tune", TITLE, TITLE, "guide", "docx", nodes,
                   layout={"styles": True, "font_size": 10.5})
