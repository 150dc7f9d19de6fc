"""A total row of a markdown table ('| 合计 | — | — | 3 114.3 |'): each of its numbers is the sum of its
column's numbers above it (tables.py reads the other rows). Judged only when every data row above has
one number in that column, in one unit (a bare number takes the column header's unit), and the column is
not one of rates, factors or scores per row (a total of those is no sum)."""

from __future__ import annotations

import itertools
import re

from assistant.types import CheckResult, Claim

from .quantity_math import judge, quantity, total
from .units import fmt

_TOTAL_ROW = re.compile(r"^\s*(?:合计|总计|小计|总和|全厂合计)\s*$")
_NO_SUM = re.compile(r"率|系数|因子|强度|单位|占比|比例|/|得分|分值|权重|单价")
_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    pos, header, above = 0, None, []
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            header, above = None, []
            continue
        if _SEP.match(line):
            continue
        spans = _cell_spans(line, start)
        if header is None:
            header = [text[a:b].strip() for a, b in spans]
            continue
        cells = [[i for i, c in enumerate(claims) if a <= c.start < b] for a, b in spans]
        if not spans or not _TOTAL_ROW.match(text[spans[0][0]:spans[0][1]]):
            above.append(cells)
            continue
        for col in range(1, min(len(cells), len(header))):
            if len(cells[col]) != 1 or _NO_SUM.search(header[col]) or len(above) < 2:
                continue
            if any(len(r) <= col or len(r[col]) != 1 for r in above):
                continue
            unit = _unit(header[col])
            parts = [_as(claims[r[col][0]], unit) for r in above]
            qs = [quantity(p) for p in parts]
            whole = total([q for q in qs if q is not None]) if all(q is not None for q in qs) else None
            i = cells[col][0]
            c = _as(claims[i], unit)
            if whole is None or out[i].status == "verified" or (j := judge(c, whole)) is None:
                continue
            how = "计算：" + " + ".join(p.text for p in parts)
            out[i] = CheckResult(claim=claims[i], status="verified" if j[0] else "mismatch", expected=j[1],
                                 expected_unit=c.unit, explanation=(f"与表中各行之和一致：{fmt(j[1])} {c.unit}。" if j[0] else
                                                                    f"表中各行之和应为 {fmt(j[1])} {c.unit}，合计行为 {claims[i].text}。") + how)
    return out


def _cell_spans(line: str, start: int) -> list[tuple[int, int]]:
    bars = [m.start() for m in re.finditer(r"\|", line)]
    if line.strip() and not line.lstrip().startswith("|"):
        bars = [-1, *bars]
    if not line.rstrip().endswith("|"):
        bars.append(len(line))
    return [(start + a + 1, start + b) for a, b in itertools.pairwise(bars)]


def _unit(head: str) -> str:
    m = re.search(r"[（(]\s*([^（）()]+?)\s*[）)]\s*$", head)
    return m.group(1) if m else ""


def _as(c: Claim, unit: str) -> Claim:
    return c.model_copy(update={"unit": unit}) if not c.unit and unit else c
