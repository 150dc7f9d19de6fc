"""Markdown tables in a report ('| 指标 | 实际值 | 引领值 | 基准值 | 分值 | 得分 |'): each data row is read
as the statement its header makes of it ('单位产品综合能耗的实际值为464.5 kgce/t，引领值为300，…，得分为2.74分')
and checked alone; results map back when the row's numbers come out the same, in the same order.
Without this a table's numbers have no name before them and stay unverifiable.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import table_names, table_totals
from .named_formula import formulas
from .sentence_math import CheckAlone

_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
_POINTS = re.compile(r"分值|得分|满分|分数")
_NOT_NOW = re.compile(r"(?:19|20)\d{2}|目标|计划|上年|去年|同比|变化|增减|差距|行业")
_BARE = re.compile(r"^\s*[-+]?(?:\d{1,3}(?:[ ,\u00a0\u2009\u202f]\d{3})+|\d+)(?:\.\d+)?\s*$")  # "1 500": GB/T 3101 grouping


_YEAR = re.compile(r"(?:19|20)\d{2}")
_HEAD_UNIT = re.compile(r"^(.*?)\s*[（(]\s*((?:[A-Za-z]|万|亿|千)[A-Za-z0-9²³/·万元吨]*)\s*[）)]\s*$")
_ROW_NO = re.compile(r"^\s*(?:序号|编号|No\.?|#)\s*$")


def _bare_header(lines: list[str], n: int) -> bool:
    """A table written without the outer bars and separator: a header of names and rows with as many bars."""
    k = lines[n].count("|")
    return (k >= 2 and not re.search(r"\d", lines[n]) and n + 1 < len(lines)
            and lines[n + 1].count("|") == k and not _SEP.match(lines[n + 1]))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def recheck(text: str, claims: list[Claim], results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    out = list(results)
    lines, pos = text.split("\n"), 0
    header: list[str] | None = None
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if not line.lstrip().startswith("|") and not (header is not None and line.count("|") == len(header) - 1):
            header = None
            if _bare_header(lines, n):  # '序号 | 二级指标 | 分值' with rows and no separator line
                header = _cells(line)
            continue
        if header is None:
            if n + 1 < len(lines) and _SEP.match(lines[n + 1]):
                header = _cells(line)
                # one dated column ('2022年因子') is this table's year; several are a series
                years = {y for h in header[1:] for y in _YEAR.findall(h)}
                if len(years) > 1 or any(_NOT_NOW.search(_YEAR.sub("", h) if len(years) == 1 else h) for h in header[1:]):
                    header = []  # columns of years, targets or changes: not this year's values
            continue
        if _SEP.match(line):
            continue
        cells = _cells(line)
        if not header:
            continue
        idx = [i for i, c in enumerate(claims) if start <= c.start < start + len(line)]
        if len(cells) != len(header) or not idx or all(out[i].status != "unverifiable" for i in idx):
            continue
        parts = []
        # the row's name: the first column, or the first one without digits after a 序号 column
        name = 1 if _ROW_NO.match(header[0]) and len(cells) > 2 and not re.search(r"\d", cells[1]) else 0
        name = table_names.name_column(header, cells, name)  # '| 一级指标 | 序号 | 二级指标 | 分值 |': the 二级指标
        for head, cell in zip(header[name + 1:], cells[name + 1:], strict=True):
            if not re.search(r"\d", cell):
                continue
            unit = "分" if _POINTS.search(head) and _BARE.match(cell) else ""
            if (bu := _HEAD_UNIT.match(head)) and _BARE.match(cell):
                head, unit = bu.group(1), " " + bu.group(2)  # '因子（tCO2/MWh）' gives the bare cell its unit
            parts.append(f"{head}为{cell}{unit}")
        sub = alone(table_names.group_prefix(header, cells, name) + f"{table_names.row_label(cells, name)}的" + "，".join(parts) + "。")
        if (worked := table_names.formula_sentence(header, cells, name, formulas())) is not None:
            sub = [r for r in alone(worked) if not worked.startswith(r.claim.text.strip())]  # not the formula id
        # the first column names the row; its own numbers (a row number) are not mapped
        first = line.index("|")
        bound = line.find("|", first + 1) if line[:first].strip() == "" else first
        for _ in range(name):  # the name column's end: the numbers before it (a group's 16%, a 序号) are its own
            bound = line.find("|", bound + 1) if line.find("|", bound + 1) >= 0 else bound
        own = [i for i in idx if claims[i].start < start + bound]
        if (across := table_names.values_row(header, cells)) is not None:
            sub, own = alone(across), []  # '| 能源低碳化 | 资源高效化 |' over '| 30% | 30% |': a row of values
        rest = [i for i in idx if i not in own]
        if len(sub) != len(rest):
            continue
        for i, r in zip(rest, sub, strict=True):
            if out[i].status == "unverifiable" and r.status != "unverifiable":
                out[i] = r.model_copy(update={"claim": claims[i].model_copy(update={"subject": r.claim.subject})})
    return table_totals.recheck(text, claims, out)  # a total row: the sum of its column
