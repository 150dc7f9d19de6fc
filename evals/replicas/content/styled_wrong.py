"""Held-out replica 6: an enterprise standard Q/HXJ 102-2025 (company and number invented) whose
authors misuse Word styles.

The title is in Heading 1 (the company line and the number above it are plain centred lines),
chapters in Heading 2, most sub-clauses in Heading 3 but 4.1-4.3 and 7.1 typed as bold Normal
paragraphs that carry their numbers, 6.1/6.2 in Heading 4 right under a Heading 2 (Heading 3 skipped),
and 表1 a Word table whose first row is a repeating header row. Coefficients and the grid-factor
rule follow the facts sheet section 4.
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, Table, item, note, p

NUMBER = "Q/HXJ 102\u20142025"
TITLE = "能碳数据管理规范"

_T1 = Table(["数据项", "计量或来源", "采集频次", "责任部门"], [
    ["外购电量", "关口电能表", "每日", "能源环保部"], ["天然气消耗量", "贸易结算流量计", "每日", "能源环保部"],
    ["蒸汽消耗量", "车间蒸汽流量计", "每班", "生产车间"], ["合格品产量", "生产统计报表", "每月", "生产计划部"],
    ["电网排放因子", "主管部门公布的年度因子，注明年份和文号", "每年", "能源环保部"]],
    [22, 40, 14, 20], header_row=True)


def _n(num: str, title: str, style: str, *blocks: Block) -> Node:
    return Node(num, f"{num} {title}", level=num.count(".") + 1, blocks=list(blocks), docx_style=style)


def spec() -> DocSpec:
    h2, h3, h4, bold = "Heading 2", "Heading 3", "Heading 4", "bold"
    nodes = [
        Node("封面", front=True, blocks=[
            Block("center", "××化学有限公司企业标准"), Block("center", NUMBER),
            Block("center", TITLE, style="Heading 1"),
            Block("center", "2025-××-×× 发布　　2025-××-×× 实施"), Block("center", "（" + REPLICA_NOTE + "）")]),
        _n("1", "范围", h2, p("本标准规定了本公司能源消耗和碳排放数据的采集、核算、审核和归档要求。"),
           p("本标准适用于本公司各生产车间和辅助生产部门的能碳数据管理，也用于绿色工厂自评价的数据准备。")),
        _n("2", "规范性引用文件", h2, p("下列文件对于本标准的应用是必不可少的："),
           Block("plain", "GB/T 2589 综合能耗计算通则"),
           Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则"), Block("plain", "GB/T 36132 绿色工厂评价通则")),
        _n("3", "术语和定义", h2, p("下列术语和定义适用于本标准。")),
        _n("3.1", "能碳数据", h3, p("本公司生产经营活动中能源消耗量、产品产量和温室气体排放量等数据的统称。")),
        _n("4", "职责", h2),
        _n("4.1", "能源环保部", bold, p("归口管理能碳数据，组织月度核算和年度报告，维护能碳管理平台。")),
        _n("4.2", "生产车间", bold, p("负责本车间计量器具的日常巡检和原始记录，发现异常数据当班上报。")),
        _n("4.3", "信息中心", bold, p("保障数据采集系统稳定运行，数据库每日备份，备份保存不少于五年。")),
        _n("5", "数据采集", h2),
        _n("5.1", "采集范围", h3, p("采集范围覆盖主要生产系统、辅助生产系统和附属生产系统，生活用能单独计量、不计入。")),
        _n("5.2", "采集频次", h3, p("各数据项的来源和采集频次见表1，自动采集的数据每日零时生成日报。")),
        Node("表1", "表1 能碳数据采集要求", level=3, table=_T1, center=True,
             blocks=[note("注：电网排放因子作为带年份和来源的数据维护，不得写死在计算程序中。")]),
        _n("5.3", "计量器具", h3, p("计量器具的配备率、准确度等级和检定周期执行国家计量器具配备要求，台账一器一档。")),
        _n("6", "数据核算", h2),
        _n("6.1", "综合能耗核算", h4, p("综合能耗按 GB/T 2589 计算，电力按当量值 0.1229 kgce/(kW·h) 折标准煤，"
                                     "同时报告等价值所用的发电煤耗及其年份。")),
        _n("6.2", "碳排放核算", h4, p("碳排放按 GB/T 32150 核算，核算边界与综合能耗统计边界一致。"),
           item("a) 化石燃料燃烧排放按燃料消耗量和排放因子计算；"),
           item("b) 外购电力排放按所选年份的全国平均电网排放因子计算。")),
        _n("7", "数据质量与归档", h2),
        _n("7.1", "数据审核", bold, p("月度数据由车间核对、能源环保部复核，差异超过百分之二的须查明原因。")),
        _n("7.2", "归档", h3, p("原始记录和核算表按年度归档，电子数据与纸质记录保存期限一致，均不少于五年。")),
    ]
    return DocSpec("styled-wrong.docx", "heldout", "Q/HXJ 102-2025", TITLE, "standard", "docx", nodes,
                   layout={"styles": True, "font_size": 10.5})
