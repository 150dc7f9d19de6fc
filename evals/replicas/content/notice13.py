"""Check replica 7: 工信部节〔2024〕13号 with the 绿色工厂梯度培育及管理暂行办法, DOCX without styles.

Chapters 第X章 and articles 第X条 (numbered on through the chapters); headings only bold/centred.
The articles are the project's own wording around the facts sheet (tiers, dynamic management, M).
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, p

NUMBER = "工信部节〔2024〕13号"
TITLE = "工业和信息化部关于印发《绿色工厂梯度培育及管理暂行办法》的通知"
CN = "一二三四五六七八九十"

_CHAPTERS: list[tuple[str, list[str]]] = [
    ("总则", ["为推进绿色工厂梯度培育，规范绿色工厂的评价和管理，制定本办法。",
             "本办法所称绿色工厂，是指实现能源低碳化、资源高效化、生产洁净化、产品绿色化和用地集约化的工厂。",
             "绿色工厂按国家、省、市三个层级梯度培育，各层级之间衔接递进。"]),
    ("培育要求", ["市级主管部门负责培育市级绿色工厂，引导企业对照标准开展创建。",
                 "省级主管部门在市级绿色工厂中择优培育省级绿色工厂，并向工业和信息化部推荐。",
                 "工业和信息化部在省级绿色工厂中遴选国家级绿色工厂，公示后发布名单。"]),
    ("动态管理", ["列入名单的绿色工厂应每年通过公共服务平台更新相关数据。",
                 "主管部门对名单内企业的指标数据开展抽查，对表现较差的企业可移出名单。",
                 "企业发生安全、质量、环境等违法违规行为的，按程序移出名单。"]),
    ("附则", ["各省级主管部门可结合本地区实际制定实施细则。", "本办法自印发之日起施行。"]),
]


def _cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def spec() -> DocSpec:
    nodes = [Node("封面", front=True, blocks=[
        Block("center", "工业和信息化部文件", bold=True, size=22), Block("center", NUMBER),
        Block("center", TITLE, bold=True, size=16),
        Block("plain", "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门："),
        p("现将《绿色工厂梯度培育及管理暂行办法》印发给你们，请结合实际认真贯彻落实。"),
        p("（本文件为评测用仿制样张，办法条文由项目自行撰写，不是正式文本。）"),
        Block("right", "工业和信息化部"), Block("right", "2024年×月×日"), Block("pagebreak"),
        Block("center", "绿色工厂梯度培育及管理暂行办法", bold=True, size=16)])]
    article = 0
    for k, (title, articles) in enumerate(_CHAPTERS, start=1):
        nodes.append(Node(f"第{_cn(k)}章", f"第{_cn(k)}章　{title}", center=True))
        for text in articles:
            article += 1
            nodes.append(Node(f"第{_cn(article)}条", f"第{_cn(article)}条", level=2, inline=text))
    return DocSpec("notice-2024-13.docx", "check", NUMBER, TITLE, "policy", "docx", nodes,
                   layout={"styles": False, "font_size": 14})
