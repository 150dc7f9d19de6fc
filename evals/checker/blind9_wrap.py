"""Blind set 9: the wrappers that put one statement into the words of the people around an
evaluation (assessor, reviewer, consultant, minutes, checklist, scoring sheet, notice, PPT, mixed
Chinese/English, comparison table). A wrapper adds no number of its own, so the statement's numbers
are the line's. Each style has two wordings, used alternately."""

from __future__ import annotations

STYLES: list[tuple[str, tuple[str, str]]] = [
    ("assessor-finding", ("现场核查发现：{c}。", "第三方核查意见：经核对原始记录，{c}。")),
    ("nonconformity", ("不符合项（一般）：企业能说明{c}，但现场未能提供对应的记录。",
                       "不符合项描述：自评价报告写明“{c}”，但未注明依据条款，需补充。")),
    ("review-comment", ("批注：此处请改为“{c}”，并补上条款出处。", "批注（二稿）：“{c}”——这一句保留，不用再改。")),
    ("wechat", ("您好～跟您确认一下哈\n{c}\n有问题随时微信我", "在吗？\n刚帮您查了下：{c}\n您那边按这个填就行")),
    ("email", ("刘总，您好：\n材料已收到。先说结论：{c}。\n顺祝商祺！", "王经理：\n关于贵司申报材料，补充说明一点：{c}。\n此致")),
    ("minutes", ("评价工作会议纪要\n一、议定事项：{c}。\n二、企业在下次会议前补齐证据。",
                 "会议纪要要点：\n- 专家意见：{c}\n- 责任部门：安环部")),
    ("checklist", ("☑ {c}　是否满足：是", "✔ {c}（已核）")),
    ("score-sheet", ("专家打分表｜条目｜{c}｜专家签字：周", "评分表逐行记录｜{c}｜结论：符合")),
    ("notice", ("申报条件摘要（省工业和信息化厅通知）：{c}。", "关于开展绿色工厂申报工作的通知（摘要）：{c}。")),
    ("ppt-bullet", ("• 核心要点：{c}\n• 下一步：按清单补齐证据", "▶ {c}\n▶ 风险提示：证据链需完整")),
    ("mixed-en", ("FYI：{c}，please double check before submission.", "Note for client：{c}（see attached checklist）")),
    ("compare-table", ("两厂对比表｜项目｜说明\n｜备注｜{c}｜", "甲厂 vs 乙厂｜口径说明｜{c}｜两厂一致")),
]


def wrap(i: int, core: str) -> tuple[str, str]:
    """The i-th style (cyclic, alternating its two wordings) around ``core``: (text, phrasing)."""
    tag, tpls = STYLES[i % len(STYLES)]
    return tpls[(i // len(STYLES)) % 2].format(c=core), tag


def refute(core_wrong: str, right: str) -> str:
    """A review comment that quotes a wrong claim and corrects it (an ok line)."""
    return f"批注：原稿“{core_wrong}”有误，应为{right}。"
