"""Which column of a table row names the row.

A table copied from Table C.1 or 586号's scorecards carries the first-level group first and the
indicator second (`| 一级指标 | 二级指标 | 分值 |`, `一级指标,序号,二级指标,分值`): the row is the indicator's,
and the group's own points in its cell (`绿色生产（20）`) are not the row's. Reading the first column as the
name had checked every row's points against the group's (blind14: `绿色生产 20 分应为 20 分，文中为 10分`).
"""

from __future__ import annotations

import re
from typing import Any

# the header of the column that names an indicator, and of a group column before it
_NAME = re.compile(r"^(?:二级指标|三级指标|指标名称|评价指标|指标项|具体指标|细分指标)(?:名称)?$")
_GROUP = re.compile(r"^(?:一级指标|二级指标|指标类别|类别|方面|维度|序号|编号)(?:名称)?$")


def name_column(header: list[str], cells: list[str], default: int) -> int:
    """The index of the naming column: the most specific indicator column when every column before it is a
    group or a row number, else `default`."""
    for i in range(len(header) - 1, default, -1):
        if (_NAME.match(header[i].strip()) and i + 1 < len(header) and not re.search(r"\d", cells[i])
                and all(_GROUP.match(h.strip()) for h in header[:i])):
            return i
    return default


def group_prefix(header: list[str], cells: list[str], name: int) -> str:
    """The row's groups before its name, without their own numbers ('绿色生产（20）' -> '绿色生产：'): the
    group says which document the row is from (586号's scope words), its points are not the row's."""
    groups = [re.sub(r"[（(][^）)]*[）)]", "", c).strip() for h, c in zip(header[:name], cells[:name], strict=False)
              if not re.match(r"^(?:序号|编号)$", h.strip())]
    groups = [g for g in groups if g and not re.search(r"\d", g)]
    return "".join(f"{g}：" for g in groups)


_YEAR = re.compile(r"^(?:FY|CY)?\s*((?:19|20)\d{2})\s*(?:年度?)?$")


def row_label(cells: list[str], name: int) -> str:
    """The row's name as a sentence starts it. A row keyed by a bare year ('| 2022 | 碳市场报告 | 0.5703 |') is
    that year's ('2022年'), and its words in other columns say which of the year's facts it is."""
    label = cells[name]
    if (y := _YEAR.match(label)) is None:
        return label
    words = [c for i, c in enumerate(cells) if i != name and c and not re.search(r"\d", c)]
    return f"{y.group(1)}年" + "".join(words)


_SYMBOL = re.compile(r"^\s*([A-Za-zηρ][A-Za-z0-9ηρ]{0,3})\s*(?:[（(]\s*([^）)]+?)\s*[）)])?\s*$")
_UNIT_CELL = re.compile(r"^\s*(m²|m³|m2|m3|t|kg|kWh|MWh|tce|kgce|万元|元|万m²|万m³|万t)\s*$")


def formula_sentence(header: list[str], cells: list[str], name: int, formulas: dict[str, dict[str, Any]]) -> str | None:
    """A row under formula symbols ('| 企业 | V (m³) | Vr (m³) | Rw |') as the formula's worked line
    ('B.10：V = 380000 m³，Vr = 95000 m³，Rw = 25.0%'), for named_formula.py; None unless every other column
    is a symbol of one formula and one of them its result. A unit in the name cell ('| m² | 120000 |…') is
    every bare cell's unit."""
    heads = [(i, _SYMBOL.match(h)) for i, h in enumerate(header) if i != name]
    if len(heads) < 3 or not all(m for _, m in heads):
        return None
    symbols = {m.group(1) for _, m in heads if m}
    for row in formulas.values():
        known = set(row.get("inputs", {})) | set(row.get("results", []))
        if symbols <= known and symbols & set(row.get("results", [])) and len(symbols & set(row.get("inputs", {}))) >= 2:
            unit = u.group(1) if (u := _UNIT_CELL.match(cells[name])) else ""
            parts = []
            for i, m in heads:
                cell = cells[i]
                own = (m.group(2) if m else None) or ("" if re.search(r"[%％A-Za-z²³\u4e00-\u9fff]", cell) else unit)
                parts.append(f"{m.group(1) if m else ''} = {cell}{' ' + own if own else ''}")
            return f"{row['id']}：" + "，".join(parts) + "。"
    return None


def values_row(header: list[str], cells: list[str]) -> str | None:
    """A row of values only under a header of names ('| 能源低碳化 | 资源高效化 |' over '| 30% | 30% |') as the
    sentence it states ('能源低碳化为30%，资源高效化为30%。'), or None."""
    if len(header) < 2 or any(re.search(r"\d", h) or not h for h in header) or not all(re.search(r"\d", c) for c in cells):
        return None
    if _YEAR.match(cells[0]) or _GROUP.match(header[0]) or re.match(r"^(?:年度|年份|年)$", header[0]):
        return None  # a row keyed by its year or number: row_label reads it
    return "，".join(f"{h}为{c}" for h, c in zip(header, cells, strict=True)) + "。"
