"""Blind set 9: the wrappers that put one statement into the words of the people around an
evaluation (assessor, reviewer, consultant, minutes, checklist, scoring sheet, notice, PPT, mixed
Chinese/English). A wrapper adds no number of its own, so the statement's numbers are the line's."""

from __future__ import annotations

STYLES: list[tuple[str, str]] = [
    ("assessor-finding", "现场核查发现：{c}。"),
    ("nonconformity", "不符合项（一般）：企业能说明{c}，但现场未能提供对应的记录。"),
    ("review-comment", "批注：此处请改为“{c}”，并补上条款出处。"),
    ("wechat", "您好～跟您确认一下哈\n{c}\n有问题随时微信我"),
    ("email", "刘总，您好：\n材料已收到。先说结论：{c}。\n顺祝商祺！"),
    ("minutes", "评价工作会议纪要\n一、议定事项：{c}。\n二、企业在下次会议前补齐证据。"),
    ("checklist", "☑ {c}　是否满足：是"),
    ("score-sheet", "专家打分表｜条目｜{c}｜专家签字：周"),
    ("notice", "申报条件摘要（省工业和信息化厅通知）：{c}。"),
    ("ppt-bullet", "• 核心要点：{c}\n• 下一步：按清单补齐证据"),
    ("mixed-en", "FYI：{c}，please double check before submission."),
    ("compare-table", "两厂对比表｜项目｜说明\n｜备注｜{c}｜"),
]


def wrap(i: int, core: str) -> tuple[str, str]:
    """The i-th style (cyclic) around ``core``: (text, phrasing)."""
    tag, tpl = STYLES[i % len(STYLES)]
    return tpl.format(c=core), tag


def refute(core_wrong: str, right: str) -> str:
    """A review comment that quotes a wrong claim and corrects it (an ok line)."""
    return f"批注：原稿“{core_wrong}”有误，应为{right}。"
