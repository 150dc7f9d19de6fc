"""Held-out replica 5: a provincial normative document ×工信规〔2025〕3号 (invented: province, number
and articles are the project's own, around the facts sheet's tiered cultivation) as a PDF.

How the truth labels it:
- the covering notice (红头, number, title, addressee, body, signature) is front matter 封面;
- chapters are 第一章 ...; articles 第一条 ... are numbered on through the chapters, so each label
  is unique; the （一）（二） items printed inside an article belong to that article and get no
  label of their own (the conventional reading: an item is part of its article);
- the attachment is 附件1; its sections restart at 一、, so they are labelled 附件1一, 附件1二 ...
  (the attachment label, then the section number, as 一（一） nests policy numbering).
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, cover, p

NUMBER = "×工信规〔2025〕3号"
TITLE = "××省工业和信息化厅关于印发《××省绿色工厂梯度培育管理实施细则》的通知"
CN = "一二三四五六七八九十"

# chapter title -> articles; an article is its text plus the （一）-items printed under it
_CHAPTERS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("总　　则", [
        ("为推进本省绿色工厂梯度培育，规范省级绿色工厂的申报、评价和管理，根据国家有关规定，制定本细则。", []),
        ("本细则所称绿色工厂，是指实现能源低碳化、资源高效化、生产洁净化、产品绿色化和用地集约化的工厂。", []),
        ("绿色工厂按市级、省级、国家级梯度培育，省级绿色工厂原则上从市级绿色工厂中产生。", [])]),
    ("申报条件", [
        ("申报省级绿色工厂的企业应同时满足以下条件：",
         ["（一）在本省行政区域内注册、具有独立法人资格的工业企业；",
          "（二）近三年未发生安全、质量、环境方面的违法违规行为；",
          "（三）已列入市级绿色工厂名单满一年；",
          "（四）建立能源和碳排放管理制度，主要用能设备计量器具配备齐全。"]),
        ("有下列情形之一的，不得申报：",
         ["（一）列入严重失信主体名单的；", "（二）被移出各级绿色工厂名单未满三年的。"])]),
    ("评价与认定", [
        ("省级绿色工厂按以下程序认定：",
         ["（一）企业对照评价标准开展自评价，在线提交自评价报告；", "（二）设区市主管部门审核并择优推荐；",
          "（三）省工业和信息化厅组织专家评审，必要时开展现场核查；", "（四）公示无异议后发布省级绿色工厂名单。"]),
        ("专家评审重点核查指标实际值的计算过程和佐证材料，对照引领值和基准值确定得分。", [])]),
    ("动态管理", [
        ("列入名单的企业应于每年第一季度更新上一年度的能源、资源和排放数据。", []),
        ("省工业和信息化厅每年按一定比例组织抽查，抽查内容包括：",
         ["（一）年度数据的真实性；", "（二）主要指标是否保持在基准值以上；", "（三）整改措施的落实情况。"]),
        ("抽查不合格且整改后仍不达标的，移出省级绿色工厂名单。", [])]),
    ("附　　则", [
        ("本细则由省工业和信息化厅负责解释。", []),
        ("本细则自印发之日起施行，有效期五年，期满前根据实施情况评估修订。", [])]),
]

_ANNEX = [("一、企业基本情况", ["1.企业基本信息表，与营业执照保持一致；", "2.近三年主要产品产量和工业总产值。"]),
          ("二、自评价材料", ["1.绿色工厂自评价报告；", "2.各项指标的计算过程和原始数据汇总表。"]),
          ("三、证明材料", ["1.管理体系认证证书复印件；", "2.能源计量器具配备清单和检定证书；",
                      "3.企业对所报材料真实性负责的书面承诺。"])]


def _cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def spec() -> DocSpec:
    head = Node("封面", front=True, blocks=[
        cover("××省工业和信息化厅文件", 34, 24, "C", gap=1.5), cover(NUMBER, 58, 14, "C"), cover("<hr>", 66),
        cover("××省工业和信息化厅关于印发《××省绿色工厂", 76, 17, "C"),
        cover("梯度培育管理实施细则》的通知", 86, 17, "C"),
        Block("plain", "各设区市工业和信息化局，有关企业："),
        p("为贯彻落实国家绿色工厂梯度培育的有关要求，现将《××省绿色工厂梯度培育管理实施细则》印发给你们，"
          "请认真贯彻执行。"),
        Block("plain", "附件：1.××省省级绿色工厂申报材料清单"),
        Block("right", "××省工业和信息化厅"), Block("right", "2025年×月×日"),
        p(REPLICA_NOTE), Block("pagebreak"),
        Block("center", "××省绿色工厂梯度培育管理实施细则", size=17)])
    nodes = [head]
    article = 0
    for k, (title, articles) in enumerate(_CHAPTERS, start=1):
        nodes.append(Node(f"第{_cn(k)}章", f"第{_cn(k)}章　{title}", center=True))
        for text, items in articles:
            article += 1
            nodes.append(Node(f"第{_cn(article)}条", f"第{_cn(article)}条", level=2, inline=text,
                              blocks=[p(x) for x in items]))
    nodes.append(Node("附件1", "附件1", new_page=True, blocks=[
        Block("center", "××省省级绿色工厂申报材料清单", size=17),
        p("申报材料按以下顺序装订成册，并同时提交电子版。")]))
    for heading, lines in _ANNEX:
        nodes.append(Node(f"附件1{heading[0]}", heading, level=2, blocks=[p(x) for x in lines]))
    return DocSpec("policy-articles.pdf", "heldout", NUMBER, TITLE, "policy", "pdf", nodes,
                   layout={"size": 14.0, "line": 9.4, "margins": (28.0, 26.0, 37.0, 35.0), "number_style": "dash",
                           "number_align": "outer", "arabic_from": "封面", "roman_from": ""})
