"""A draft as Markdown: title block, the sections, the verification appendix and the placeholders."""

from __future__ import annotations

from assistant.report.types import Draft, NumberCheck
from assistant.report.writer import table

STATUS_ZH = {"verified": "一致", "mismatch": "不一致", "unchecked": "未核对"}
APPENDIX_TITLE = "附录 数值核对表"
PLACEHOLDER_TITLE = "附录 待补充信息清单"


def verification_rows(numbers: list[NumberCheck]) -> list[list[str]]:
    return [[str(i), n.section, n.text, n.label or "—", n.source or "—", n.reference or "—", STATUS_ZH[n.status]]
            for i, n in enumerate(numbers, 1)]


def appendix(draft: Draft) -> str:
    numbers = draft.verification
    ok = sum(n.status == "verified" for n in numbers)
    head = (f"本报告共 {len(numbers)} 个数值，经 assistant.scoring 核对器逐一核对：一致 {ok} 个，"
            f"不一致 {sum(n.status == 'mismatch' for n in numbers)} 个，"
            f"未核对 {sum(n.status == 'unchecked' for n in numbers)} 个。")
    return head + "\n\n" + table(["序号", "章节", "数值", "含义", "来源", "公式或条款", "核对结果"],
                                  verification_rows(numbers))


def to_markdown(draft: Draft) -> str:
    """The whole draft as Markdown (level-1 title, level-2 sections, tables as pipe tables)."""
    out = [f"# {draft.title}", "",
           f"工厂名称：{draft.factory}  ", f"评价方案：{draft.scheme_title}（{draft.scheme}）  ",
           f"编制日期：{draft.date}", ""]
    for s in draft.sections:
        out += [f"## {s.title}", "", s.markdown.strip(), ""]
    out += [f"## {APPENDIX_TITLE}", "", appendix(draft), ""]
    if draft.placeholders:
        out += [f"## {PLACEHOLDER_TITLE}", "", *(f"- {p}" for p in draft.placeholders), ""]
    return "\n".join(out)
