"""Held-out replica 3: a group standard on green supply chain evaluation, as text copied out of a
PDF viewer. T/GMIA 021-2023 and its issuing alliance are invented; the scores follow the facts
sheet section 6 (586号 notice attachment 3), the wording is the project's own.

What copying does to the text: every line is cut at ~36 characters wherever it is full (mid-word,
mid-sentence); each body page opens with the standard number and ends with "— N —", front pages end
with "I", "II"; spaced heading glyphs ("3 术 语 和 定 义"); 5.3.2 prints its number alone with the
title on the next line; the 目次 has no leaders, just a trailing page number ("1 范围 1").
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, item, note, p

NUMBER = "T/GMIA 021\u20142023"
TITLE = "制造企业绿色供应链管理评价规范"


def _h(num: str, title: str, *blocks: Block, spaced: bool = False, toc: bool = True) -> Node:
    shown = " ".join(title) if spaced else title
    return Node(num, f"{num} {shown}", level=num.count(".") + 1, blocks=list(blocks),
                toc=f"{num} {title}" if toc else None)


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[Block("cover", x) for x in (
            "ICS 03.100.01", "CCS A 01", "团 体 标 准", NUMBER, TITLE,
            "Evaluation specification for green supply chain management of manufacturing enterprises",
            "2023-06-30 发布 2023-08-01 实施", "某绿色制造产业联盟 发布", REPLICA_NOTE)]),
        Node("目次", "目 次", front=True, new_page=True),
        Node("前言", "前 言", front=True, new_page=True, toc="前言", blocks=[
            p("本文件按照 GB/T 1.1\u20142020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
            p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"),
            p("本文件由某绿色制造产业联盟提出并归口，联盟名称和本文件编号均为评测虚构。"),
            p("本文件起草单位：××汽车零部件有限公司、××供应链研究院。")]),
        _h("1", "范围", p("本文件规定了制造企业绿色供应链管理评价的基本要求、评价指标、评价方法和评价结果的确定。"),
           p("本文件适用于在供应链中处于核心地位、能够带动上下游企业协同改进的制造企业开展自我评价和第三方评价。"),
           spaced=True, toc=True),
        _h("2", "规范性引用文件", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
           Block("plain", "GB/T 24001 环境管理体系 要求及使用指南"), Block("plain", "GB/T 36132 绿色工厂评价通则"),
           spaced=True),
        _h("3", "术语和定义", p("下列术语和定义适用于本文件。"), spaced=True),
        Node("3.1", "3.1", level=2, bare=True, sub=["绿色供应链 green supply chain"], blocks=[
            p("将资源节约、环境友好和低碳理念贯穿于产品设计、采购、生产、销售、回收利用全过程的供应链。")]),
        Node("3.2", "3.2", level=2, bare=True, sub=["核心企业 core enterprise"], blocks=[
            p("在供应链中规模较大、对上下游企业的采购和生产决策有主导影响的制造企业。")]),
        _h("4", "评价原则", p("评价坚持客观公正、数据可查的原则，以评价年的记录和报表为依据，定量指标和定性指标相结合。"),
           spaced=True),
        _h("5", "评价指标", spaced=True),
        _h("5.1", "指标体系", p("评价指标由管理战略、供应商管理、绿色生产、绿色回收、信息平台和信息披露六类组成，"
                               "总分为100分。")),
        _h("5.2", "基本要求", p("参评企业应首先满足以下基本要求，任何一项不满足的不再进行指标评价："),
           item("a) 具有独立法人资格，在行业内有较大影响力；"), item("b) 建立并有效运行质量、环境和能源管理体系；"),
           item("c) 近三年未发生重大安全、质量和环境污染事故。")),
        _h("5.3", "评价指标及分值"),
        _h("5.3.1", "管理战略", p("管理战略满分为20分，其中绿色供应链管理纳入企业发展规划8分，设定量化目标6分，"
                                 "设立专门管理机构6分。")),
        Node("5.3.2", "5.3.2", level=3, bare=True, sub=["供应商管理"], toc="5.3.2 供应商管理", blocks=[
            p("供应商管理满分为20分：制定绿色采购标准4分，供应商认证3分，定期审核3分，绩效评估3分，"
              "开展供应商培训3分，低风险供应商占比4分。"),
            note("注：低风险供应商指近三年未受到环境行政处罚、并通过企业绿色审核的供应商。")]),
        _h("5.3.3", "绿色生产", p("绿色生产满分为20分，节能减排和环保合规10分，产品有害物质限制使用10分。")),
        _h("5.3.4", "绿色回收", p("绿色回收满分为20分，产品回收率5分，包装回收率5分，回收体系建设5分，"
                                 "为下游拆解提供指导5分。")),
        _h("5.3.5", "信息平台和信息披露", p("建立绿色供应链管理信息平台10分；信息披露10分，按披露的四项内容各计2.5分。")),
        _h("6", "评价方法", spaced=True),
        _h("6.1", "资料审查", p("评价人员查阅管理制度、采购合同、供应商审核记录和回收台账，核实各项得分的依据。")),
        _h("6.2", "现场核查", p("现场核查抽取不少于三家主要供应商，访谈采购和质量人员，必要时赴供应商现场查看。")),
        _h("7", "评价结果", p("各类指标得分之和为评价结果，评价报告应列出各项得分、主要做法和改进建议。"), spaced=True),
    ]
    return DocSpec("pasted-standard.txt", "heldout", "T/GMIA 021-2023", TITLE, "standard", "txt", nodes,
                   layout={"wrap": 36, "page_lines": 23, "header": NUMBER}, running=[NUMBER])
