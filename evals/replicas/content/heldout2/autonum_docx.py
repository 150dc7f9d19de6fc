"""Heldout2 replica 1: a group-standard draft typed in Word with automatic numbering, as DOCX.

Real drafts written in the SAC/TC Word template get their clause numbers from a multilevel list:
numbering.xml holds "%1", "%1.%2", "%1.%2.%3" (and "附录%1" / "%1.%2" in capital letters for the
annex), each Heading paragraph points at it with w:numPr, and its text is only the title. The
a) b) c) items are a lettered list too. 前言 is a Heading 1 without a number. T/GMPA 015-2025 and
its association are invented; the platform functions follow the facts sheet (GB/T 36132-2025 C.1
note on the energy-carbon management platform).
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, Table, item, note, p

NUMBER = "T/GMPA 015\u20142025"
TITLE = "工业企业数字化能碳管理中心建设指南"

_FUNCS = Table(["序号", "功能类别", "业务功能"], [
    ["1", "能源管理", "能源数据查询"], ["2", "能源管理", "能耗及能耗强度计算"],
    ["3", "能源管理", "用能分析与策略建议"], ["4", "能源管理", "能效对标"],
    ["5", "能源管理", "能流分析"], ["6", "能源管理", "能效平衡与优化"],
    ["7", "碳管理", "能源和碳预算管理"], ["8", "碳管理", "碳排放核算"],
    ["9", "碳管理", "产品碳足迹核算"], ["10", "碳管理", "供应链碳管理"],
    ["11", "碳管理", "碳核查支持"], ["12", "碳管理", "碳资产管理"]], [10, 25, 50])


def _h(label: str, title: str, *blocks: Block, numbering: str = "head") -> Node:
    level = label.count(".") + 1
    return Node(label, title, level=level, blocks=list(blocks), numbering=numbering)


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            Block("center", "ICS 27.010"), Block("center", "CCS F 01"), Block("center", "团体标准", size=22),
            Block("center", NUMBER), Block("center", TITLE, size=18),
            Block("center", "Guidelines for building digital energy-carbon management centres of industrial enterprises"),
            Block("center", "（征求意见稿）"), Block("center", "（" + REPLICA_NOTE + "）"),
            Block("center", "2025-××-×× 发布　　　　2025-××-×× 实施"), Block("center", "某绿色制造推进联盟　发布"),
            Block("pagebreak")]),
        Node("前言", "前言", docx_style="Heading 1", front=True, blocks=[
            p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
            p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
            p("本文件由某绿色制造推进联盟提出并归口，联盟名称与本文件编号均为评测虚构。")]),
        _h("1", "范围", p("本文件给出了工业企业数字化能碳管理中心的建设原则、功能架构、数据采集、运行管理和评估改进的指导。"),
           p("本文件适用于拟建设或改造能碳管理中心、并准备参加绿色工厂评价的工业企业。")),
        _h("2", "规范性引用文件", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
           Block("plain", "GB/T 2589 综合能耗计算通则"), Block("plain", "GB 17167 用能单位能源计量器具配备和管理通则"),
           Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则")),
        _h("3", "术语和定义", p("下列术语和定义适用于本文件。")),
        _h("3.1", "数字化能碳管理中心", p("以能源和碳排放数据为对象，集采集、核算、分析、预警和决策支持于一体的企业级管理平台及其运行组织。")),
        _h("3.2", "能流图", p("以图形表示能源从购入、加工转换、输送分配到最终使用的流向和数量关系的图。")),
        _h("4", "建设原则"),
        _h("4.1", "统筹规划", p("能碳管理中心的建设宜与企业信息化总体规划统筹，分期实施，避免重复建设。"),
           item("a) 明确建设目标与覆盖范围；"), item("b) 与生产执行系统和计量系统接口统一；"),
           item("c) 预留碳排放核算和产品碳足迹扩展能力。")),
        _h("4.2", "数据可信", p("能碳数据应来源可追溯、口径一致，人工录入的数据宜保留录入人、时间和修改记录。")),
        _h("5", "功能架构"),
        _h("5.1", "总体架构", p("能碳管理中心宜由感知层、数据层、应用层和展示层组成，各层之间通过标准接口交换数据。")),
        _h("5.2", "业务功能", p("能碳管理中心的业务功能宜覆盖表1所列的十二项，企业可按实际情况分步建设。"),
           ),
        Node("表1", "表1 能碳管理中心业务功能", level=3, table=_FUNCS, center=True,
             blocks=[note("注：绿色工厂评价中“能碳管理平台功能满足项数”按上表逐项计数。")]),
        _h("5.2.1", "能源管理功能", p("能源管理功能以计量数据为基础，实现分厂、分车间、分工序的能耗实时统计和能效对标。")),
        _h("5.2.2", "碳管理功能", p("碳管理功能按企业温室气体核算边界计算排放量，电网排放因子作为带年份和来源的参数维护。")),
        _h("6", "数据采集"),
        _h("6.1", "采集范围", p("数据采集覆盖主要生产系统、辅助生产系统和附属生产系统的能源输入、产品产出和排放数据。")),
        _h("6.2", "采集方式", item("a) 具备通信接口的计量器具宜自动采集，采集周期不大于十五分钟；"),
           item("b) 暂不具备条件的，按班次人工录入并双人复核。")),
        _h("6.2.1", "数据补遗", p("通信中断期间缺失的数据按相邻时段的均值补遗，补遗数据应标识并在月报中说明。")),
        _h("7", "运行管理与评估", p("企业应明确能碳管理中心的运行部门和岗位职责，每年对其功能覆盖和数据质量开展一次评估。")),
        _h("附录A", "", p("本附录给出能碳管理中心建设成效的自评估要点，供企业参考。"), numbering="annex"),
        _h("A.1", "功能覆盖评估", p("逐项核对表1所列业务功能是否上线运行，并记录上线时间和使用部门。"), numbering="annex"),
        _h("A.2", "数据质量评估", p("抽取一个月的数据，核对自动采集率、缺失率和人工修改次数，判断数据是否满足核算要求。"),
           numbering="annex"),
    ]
    nodes[-3].sub = ["（资料性）", "能碳管理中心建设成效自评估要点"]
    nodes[-3].new_page = True
    return DocSpec("t-gmpa-autonumber.docx", "heldout2", "T/GMPA 015-2025", TITLE, "standard", "docx", nodes,
                   layout={"styles": True, "font_size": 10.5, "item_numbering": True})
