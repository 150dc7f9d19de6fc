"""Heldout2 replica 7: a training deck exported from presentation software to PDF (16:9 pages).

The training centre and its deck are invented; the content is the facts sheet's (sections 1, 2, 5).
Layout traits: one slide per landscape page (254 x 142.9 mm); a coloured band on top of every slide;
titles at 24 pt, bullets "•" and sub-bullets "–" in fragments without full stops; part divider
slides "第一部分 ..." (title mid-slide, "PART 01" under it) with nothing else on them; an agenda slide 目录 CONTENTS listing the parts
without page numbers; slide 1.3 runs over two slides, the second titled "1.3 ...（续）" (still
clause 1.3); the slide number in the bottom right corner counts the title slide (the agenda is 2),
the footer line sits bottom left; a closing "谢谢" slide.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, cover

TITLE = "绿色工厂评价实务培训"
GREEN = (0, 110, 60)


def _b(text: str) -> Block:
    return Block("item", f"\u2022 {text}")


def _sub(text: str) -> Block:
    return Block("item", f"\u2013 {text}", size=14)


def _part(label: str, title: str, no: str) -> Node:
    return Node(label, f"{label}　{title}", level=1, new_page=True, center=True, toc=f"{no}　{title}",
                toc_page=False, blocks=[Block("center", f"PART {no}", size=14)])


def _slide(num: str, title: str, *blocks: Block) -> Node:
    return Node(num, f"{num} {title}", level=2, new_page=True, blocks=list(blocks))


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            cover(TITLE, 45, 30, "C"), cover("——新版《绿色工厂评价通则》与申报要点", 62, 18, "C"),
            cover("××绿色制造评价中心　培训部", 90, 14, "C"), cover("2026年1月", 100, 14, "C"),
            cover("（评测用仿制样张，内容由项目自行撰写）", 118, 10, "C")]),
        Node("目次", "目录 CONTENTS", front=True, new_page=True),
        _part("第一部分", "绿色制造体系概述", "01"),
        _slide("1.1", "体系构成", _b("绿色工厂是体系中最基础、申报数量最多的载体"), _b("四类载体：绿色工厂、绿色产品、绿色园区、绿色供应链"),
               _b("三项支撑：标准体系、评价机制、公共服务平台"), _b("支持方式"),
               _sub("中央预算内投资、技术改造资金"), _sub("绿色信贷、绿色债券、政府采购")),
        _slide("1.2", "梯度培育", _b("国家、省、市三级梯度培育，逐级择优"),
               _b("名单动态管理，企业每年更新数据"), _b("表现较差的可移出名单")),
        _slide("1.3", "评价流程", _b("企业对照标准创建并自评价"), _b("提交材料，省级主管部门审核推荐"),
               _b("专家评审，必要时现场抽查"), _b("公示无异议后发布名单"),
               Block("pagebreak"), cover("1.3 评价流程（续）", 12, 24, "L"),
               _b("列入名单后：平台公开主要指标"), _b("自我声明信息接受抽查"),
               _sub("抽查不合格：移出名单"), _sub("连续三次抽查合格：五年内免于抽查")),
        _part("第二部分", "新版评价通则要点", "02"),
        _slide("2.1", "五类一级指标", _b("能源低碳化　资源高效化　生产洁净化"), _b("产品绿色化　用地集约化"),
               _b("最末一级指标四种类型：正向/逆向 × 定量/定性")),
        _slide("2.2", "引领值与基准值", _b("引领值：行业标杆，约覆盖前5%"), _b("基准值：应达到的基本水平，参考行业平均"),
               _b("由行业评价标准或评价方案给出")),
        _slide("2.3", "评分规则", _b("每项指标百分制计分"), _b("达到引领值得满分，劣于基准值得0分"),
               _b("其间宜按线性比例或区间法计分"), _b("通则本身不设合格分数线")),
        _part("第三部分", "自评价报告编写", "03"),
        _slide("3.1", "报告结构", _b("前置部分：封面、填写说明、基本信息表、真实性声明"),
               _b("正文：工厂基本情况、创建情况、下一步工作"), _b("附件：得分表及证据索引")),
        _slide("3.2", "常见问题", _b("电网排放因子未注明年份和来源"), _b("可再生能源电量重复计算"),
               _b("固废利用量计入外购固废"), Block("pagebreak"), cover("谢谢！", 55, 36, "C"),
               cover("欢迎交流　training@example.org.cn", 80, 14, "C")),
    ]
    return DocSpec("training-slides.pdf", "heldout2", TITLE, TITLE, "guide", "pdf", nodes,
                   layout={"format": (254.0, 142.875), "margins": (16.0, 14.0, 16.0, 16.0), "size": 16.0,
                           "line": 10.0, "heading_size": 24.0, "title_bar": GREEN, "divider_y": 52.0, "justify": False,
                           "header": "绿色工厂评价实务培训 | ××绿色制造评价中心", "header_pos": "bottom",
                           "header_align": "L", "number_pos": "bottom", "number_align": "R",
                           "roman_from": "", "arabic_from": "目次", "number_offset": 1})
