"""A pasted score table (round sixteen): a header row naming the columns (二级指标｜单位｜引领值｜基准值｜分值｜
实际值｜得分), then one row per indicator. Each row is read by its header: the points against 表C.1's points
of the indicator its name cell names, a lead or base value against the constant of that indicator (the
platform's 8 and 0 items), and the score against 5.2's linear rule on the row's own lead, base, points
and actual value (capped at the points). Only numbers the passes before left open are judged.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.types import CheckResult, Claim

from . import arith, refdata
from .sentence_math import result, within
from .sentences import cell_spans
from .sentences import spans as sentence_spans

_SEP = re.compile(r"[|｜\t]")
_WORD = {"points": "分值", "lead": "引领值", "base": "基准值"}
_COLS = {"lead": ("引领值", "先进值"), "base": ("基准值", "基础值"), "points": ("分值", "满分"),
         "actual": ("实际值", "现状值", "本厂值", "企业值"), "score": ("得分", "自评得分", "自评分")}


@cache
def _named() -> list[tuple[str, dict[str, object]]]:
    """(term, constant) of 表C.1's points and the lead and base values, longest term first."""
    rows = [c for c in refdata.constants() if str(c["id"]).startswith(("c1_points_", "c1_platform_"))]
    return sorted(((str(t), c) for c in rows for t in c.get("terms", [])), key=lambda x: -len(x[0]))


def _header(cells: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for n, cell in enumerate(cells):
        for role, words in _COLS.items():
            if role not in cols and cell.strip() in words:
                cols[role] = n
    return cols if len(cols) >= 2 else {}


def _constant(name: str, role: str) -> dict[str, object] | None:
    want = {"points": "points", "lead": "lead", "base": "base"}[role]
    return next((c for t, c in _named() if t in name and c.get("role") == want), None)


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with the open numbers of each score-table row judged by their column."""
    out = list(results)
    cols: dict[str, int] = {}
    head: list[str] = []
    for a, b in sentence_spans(text, "\n"):
        spans = cell_spans(text, a, b) if _SEP.search(text, a, b) else []
        cells = [text[x:y] for x, y in spans]
        if cells and (h := _header(cells)):
            cols, head = h, cells
        elif len(cells) != len(head) or not cols:
            cols = {} if not cells else cols
        else:
            _row(spans, cells, head, cols, out)
    return out


def _row(spans: list[tuple[int, int]], cells: list[str], head: list[str], cols: dict[str, int],
         out: list[CheckResult]) -> None:
    at: dict[str, int] = {}
    for role, n in cols.items():
        inside = within(out, *spans[n])
        if len(inside) == 1:
            at[role] = inside[0]
    name = " ".join(c for n, c in enumerate(cells) if n not in cols.values())
    known: dict[str, float] = {}  # the constants' own values: a score is judged on them, not on a wrong cell
    for role in ("points", "lead", "base"):
        if role in at and (const := _constant(name, role)) is not None:
            known[role] = value = float(const["value"])  # type: ignore[arg-type]
            if out[at[role]].status != "unverifiable":
                continue
            c = out[at[role]].claim
            key = str(const["keys"][0])  # type: ignore[index]
            ok = abs(c.value - value) < 1e-9
            unit = str(const["unit"])
            out[at[role]] = CheckResult(
                claim=c.model_copy(update={"subject": str(const["id"])}), status="verified" if ok else "mismatch",
                expected=value, expected_unit=unit, reference=key,
                explanation=(f"与{const['description']}一致：{value:g} {unit}" if ok else
                             f"{const['description']}应为 {value:g} {unit}，文中为 {c.text}")
                + f"（按表头“{head[cols[role]].strip()}”一栏读，{key}）")
    if all(r in at for r in ("lead", "base", "points", "actual", "score")) and out[at["score"]].status == "unverifiable":
        lead, base, pts, act = (known.get(r, out[at[r]].claim.value) for r in ("lead", "base", "points", "actual"))
        if lead != base:
            want = arith._points({"points": pts, "base": base, "lead": lead, "actual": act})  # 5.2, capped
            c: Claim = out[at["score"]].claim
            ok = abs(c.value - want) <= 0.5 * 10 ** -max(c.decimals, 1) + 1e-9 or round(want, c.decimals) == c.value
            out[at["score"]] = result(c, ok, round(want, 4), "分",
                                      f"GB/T 36132-2025 5.2 线性比例法（{'本行实际值，表C.1 的' + '、'.join(_WORD[r] for r in known) if known else '本行数据'}）："
                                      f"{pts:g} × ({act:g} − {base:g}) / ({lead:g} − {base:g})，限于 0～分值")
