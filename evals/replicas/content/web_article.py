"""Held-out replica 4: an explainer saved from a website as Markdown (no front matter).

Breadcrumb, "# title" and the date line on top; sections as "## 一、..." mixed with bold
pseudo-headings "**二、申报条件**"; sub-sections "### （一）" and "**（二）...**"; links, "- " lists and an
image line. Labels follow the policy numbering: "一", "三（一）". The 2025 online filing is the facts
sheet's L-confidence item, so the page itself says to check the official notice.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, item, p

TITLE = "2025年度绿色工厂申报要点解读"


def _junk(text: str) -> Block:
    return Block("cover", text)


def _sec(label: str, heading: str, *blocks: Block, level: int = 1) -> Node:
    return Node(label, heading, level=level, blocks=list(blocks))


def spec() -> DocSpec:
    top = Node("封面", front=True, blocks=[
        _junk("[首页](http://www.example.org.cn/) > [政策解读](http://www.example.org.cn/zcjd/) > 绿色制造"),
        _junk(f"# {TITLE}"),
        _junk("发布日期：2025-03-18　来源：绿色制造资讯网（评测用仿制页面，内容由项目自行撰写）　阅读量：2316")])
    nodes = [
        top,
        _sec("一", "## 一、政策背景",
             p("绿色工厂是绿色制造体系的核心单元。目前绿色工厂实行国家、省、市三级梯度培育，名单实行动态管理，"
               "企业每年更新数据。"),
             p("新版《绿色工厂评价通则》（GB/T 36132\u20142025）已发布，评价指标调整为五类一级指标，"
               "[标准全文](http://www.example.org.cn/std/36132.html)可在标准信息平台查阅。")),
        _sec("二", "**二、申报条件**", p("申报企业一般应满足以下条件："),
             item("- 近三年未发生安全、质量、环境方面的违法违规行为；"),
             item("- 建立质量、环境、能源和职业健康安全管理体系；"),
             item("- 已列入市级或省级名单，并按要求更新了年度数据。")),
        _sec("三", "## 三、申报流程", p("申报按以下步骤进行，流程示意见下图。"),
             Block("plain", "![图1 绿色工厂申报流程示意](images/flow-2025.png)")),
        _sec("三（一）", "### （一）企业自评价",
             p("企业对照评价标准或行业评价方案逐项自评，形成自评价报告，指标实际值须附计算过程和佐证材料。"), level=2),
        _sec("三（二）", "**（二）线上填报**",
             p("据有关通知，自评价报告通过绿色制造公共服务平台在线填报，具体要求以主管部门正式文件为准，"
               "[点击查看通知原文](http://www.example.org.cn/tz/2025.html)。"), level=2),
        _sec("三（三）", "### （三）推荐与公示",
             p("省级主管部门审核后择优推荐，工业和信息化部组织专家论证，公示无异议的列入国家级名单。"), level=2),
        _sec("四", "**四、材料要求**",
             item("- 自评价报告及指标计算过程；"), item("- 企业基本信息表和真实性声明；"),
             item("- 管理体系认证证书、监测报告等佐证材料。")),
        _sec("五", "## 五、常见问题",
             p("问：抽查不合格会怎样？答：抽查不合格的单位将被移出名单；连续三次抽查合格的，五年内可免于抽查。"),
             p("更多问答请见[详情](http://www.example.org.cn/faq/green-factory.html)。")),
    ]
    nodes[-1].blocks += [_junk("上一篇：[绿色供应链管理评价要点](http://www.example.org.cn/a/1.html)"),
                         _junk("下一篇：[绿色园区评价要点](http://www.example.org.cn/a/2.html)"),
                         _junk("[返回顶部](#top) | © 2025 绿色制造资讯网 版权所有")]
    return DocSpec("web-article.md", "heldout", TITLE, TITLE, "guide", "md", nodes,
                   layout={"blank_lines": True, "para_blank": True})
