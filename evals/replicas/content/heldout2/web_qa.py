"""Heldout2 replica 6: a government 政策问答 page saved with a Markdown clipper (web page -> .md).

Site, date and answers are invented (the page says so); the answers follow the facts sheet
(sections 1 and 5; the online filing is L-confidence, so the page defers to the year's notice).
What the clipper keeps around the article: the site's navigation menu as a Markdown list of links,
a search line, the breadcrumb, the metadata line, a 字号/打印 bar, a share bar, the attachment
links, 上一篇/下一篇, related links and three footer lines (主办单位, 版权所有, 备案号). The article
itself: "## 一、..." groups with questions as bold paragraphs "**（一）...？**" and answers that hold
"1. 2. 3." Markdown lists (list items, not clauses) and one Markdown table.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, item, p

TITLE = "绿色工厂梯度培育政策问答"
SITE = "http://gxt.example.gov.cn"


def _junk(text: str) -> Block:
    return Block("cover", text)


def _q(label: str, question: str, *blocks: Block) -> Node:
    return Node(label, f"**{question}**", level=2, blocks=list(blocks))


def spec() -> DocSpec:
    menu = ["首页", "机构概况", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流"]
    top = Node("封面", front=True, blocks=[
        *[item(f"- [{m}]({SITE}/{k}/)") for k, m in enumerate(menu)],  # one list, no blank lines
        _junk("搜索 | 无障碍 | 长者模式 | English"),
        _junk(f"当前位置：[首页]({SITE}/) > [政策解读]({SITE}/4/) > 解读回应"),
        _junk(f"# {TITLE}"),
        _junk("发布时间：2025-06-12 来源：节能与综合利用处 浏览次数：3582"),
        _junk("【字号：大 中 小】【打印本页】【关闭窗口】"),
        _junk("（本页为评测用仿制页面，问答内容由项目自行撰写，具体要求以当年正式通知为准。）")])
    nodes = [
        top,
        Node("一", "## 一、基本概念"),
        _q("一（一）", "（一）什么是绿色工厂梯度培育？",
           p("绿色工厂按照国家、省、市三个层级梯度培育：市级绿色工厂由设区市培育，省级从市级中择优产生，"
             "国家级从省级中遴选，三个层级衔接递进。")),
        _q("一（二）", "（二）绿色工厂评价依据什么标准？",
           p("评价依据现行《绿色工厂评价通则》（GB/T 36132\u20142025）和所属行业的绿色工厂评价标准或评价方案，"
             "五类一级指标如下："),
           Block("plain", "| 一级指标 | 关注重点 |\n| --- | --- |\n| 能源低碳化 | 能耗强度、碳排放强度、可再生能源 |\n"
                          "| 资源高效化 | 原料、取水、用水重复利用、固废利用 |\n| 生产洁净化 | 工艺装备、改造投资、污染物强度 |\n"
                          "| 产品绿色化 | 绿色设计、产品碳足迹 |\n| 用地集约化 | 单位用地面积产值等 |")),
        Node("二", "## 二、申报程序"),
        _q("二（一）", "（一）企业申报需要经过哪些步骤？", p("一般按以下步骤进行："),
           item("1. 企业对照标准开展创建并完成自评价；"), item("2. 按当年通知要求提交申报材料；"),
           item("3. 设区市主管部门初审推荐，省级主管部门组织评审和公示。")),
        _q("二（二）", "（二）还需要第三方评价报告吗？",
           p("有资料称自2025年起国家级推荐改为平台在线填报、不再要求第三方评价报告，但该信息来源单一，"
             "请以工业和信息化部和本省当年发布的通知原文为准。")),
        _q("二（三）", "（三）申报材料包括哪些？", item("1. 申报书和企业基本信息表；"),
           item("2. 自评价报告及各项指标的计算过程；"), item("3. 管理体系证书、监测报告等佐证材料。")),
        Node("三", "## 三、动态管理"),
        _q("三（一）", "（一）列入名单后还要做什么？",
           p("名单内企业每年通过公共服务平台更新能源、资源和排放数据，主管部门对自我声明的信息开展抽查。")),
        _q("三（二）", "（二）抽查不合格会怎样处理？",
           p("抽查不合格的移出名单；连续三次抽查合格的，五年内可免于抽查。")),
    ]
    nodes[-1].blocks += [
        _junk("分享到：[微信](javascript:;) [微博](javascript:;) [QQ空间](javascript:;)"),
        _junk(f"相关附件：[绿色工厂梯度培育政策问答.pdf]({SITE}/files/qa-2025.pdf)"),
        _junk(f"上一篇：[关于2025年度绿色制造名单推荐工作的政策解读]({SITE}/4/101.html)"),
        _junk(f"下一篇：[工业节能监察工作答记者问]({SITE}/4/103.html)"),
        _junk("相关链接："), _junk("- [工业和信息化部](https://www.miit.gov.cn/)"),
        _junk(f"- [绿色制造公共服务平台]({SITE}/green/)"),
        _junk("主办单位：××省经济和信息化厅　承办：信息中心"),
        _junk("版权所有 © ××省经济和信息化厅 网站标识码：0000000000"),
        _junk("备案号：×ICP备00000000号-1 　×公网安备 00000000000000号")]
    return DocSpec("web-policy-qa.md", "heldout2", TITLE, TITLE, "guide", "md", nodes,
                   layout={"blank_lines": True, "para_blank": True})
