"""Plain-text rendering (Chinese) of results, score reports and check results for the CLI."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from assistant.types import CheckResult

from .results import IndicatorResult
from .scorer import ScoreReport
from .units import fmt

STATUS_ZH = {"verified": "一致", "mismatch": "不一致", "unverifiable": "无法核对"}
ROW_STATUS_ZH = {"scored": "", "unfilled": "待填值", "missing": "缺数据", "no_evidence": "无证据", "not_declared": "未申报"}


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cut(s: str, width: int) -> str:
    out, w = "", 0
    for c in s:
        cw = _w(c)
        if w + cw > width:
            return out[:-1] + "…" if out else ""
        out, w = out + c, w + cw
    return out


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 30) -> str:
    cells = [[_cut(str(c), max_width) for c in r] for r in [headers, *rows]]
    widths = [max(_w(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_result(r: IndicatorResult) -> str:
    lines = [f"{r.name}（{r.indicator}，{r.formula}{'，式 ' + r.equation if r.equation and r.equation != r.formula else ''}）",
             f"结果：{r.display_value()}", "计算步骤："]
    lines += [f"  {i}. {s}" for i, s in enumerate(r.steps, 1)]
    if r.notes:
        lines.append("说明：")
        lines += [f"  - {n}" for n in r.notes]
    if r.confidence != "H":
        lines.append(f"可信度：{r.confidence}（系数或因子来自二手资料，请以正式文本核对）")
    return "\n".join(lines)


def _num(v: float | None) -> str:
    return "—" if v is None else fmt(v)


def render_report(rep: ScoreReport) -> str:
    head = [f"评分方案：{rep.title}（{rep.scheme}，{ {'example': '示例', 'illustrative': '示意', 'template': '模板', 'official': '正式'}[rep.status]}）",
            f"工厂：{rep.factory}", ""]
    rows = [[r.seq, r.name, r.value_text or "—", _num(r.lead), _num(r.base), f"{r.points_max:g}", f"{r.points:.2f}",
             ("必选 " if r.mandatory else "") + (ROW_STATUS_ZH[r.status] or r.note)] for r in rep.rows]
    body = table(["序号", "指标", "实际值", "引领值", "基准值", "分值", "得分", "说明"], rows)
    cls = table(["一级指标", "权重", "综合得分"], [[c.name, f"{c.weight:g}", f"{c.score:.2f}"] for c in rep.classes])
    gate = [f"  [{'满足' if g.met else '不满足'}] {g.id} {g.text}" for g in rep.gate]
    # The table cuts a cell at 30 columns, so why a row is not scored (a negative value, a missing
    # field) is listed in full under it: it used to be shown only in the JSON output.
    why = [f"  - {r.seq} {r.name}：{r.note}" for r in rep.rows if r.status != "scored" and r.note]
    if why:
        body += "\n\n未评分原因：\n" + "\n".join(why)
    tail = ["", cls, "", f"总分：{rep.total:.2f}（各一级指标综合得分之和，GB/T 36132-2025 6.1）", "基本要求："]
    tail += gate or ["  （本方案未列基本要求）"]
    tail += ["", f"结论：{rep.verdict}"]
    if rep.notes:
        tail += ["", "提示："] + [f"  - {n}" for n in rep.notes]
    return "\n".join([*head, body, *tail])


def render_checks(results: Sequence[CheckResult]) -> str:
    if not results:
        return "文中未发现数值。"
    lines = []
    for r in results:
        c = r.claim
        lines.append(f"[{STATUS_ZH[r.status]}] 第 {c.start}-{c.end} 字“{c.text}”：{r.explanation}")
    n = {k: sum(1 for r in results if r.status == k) for k in STATUS_ZH}
    lines.append(f"\n共 {len(results)} 个数值：一致 {n['verified']}，不一致 {n['mismatch']}，无法核对 {n['unverifiable']}。")
    return "\n".join(lines)
