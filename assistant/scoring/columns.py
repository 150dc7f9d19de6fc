"""Rows pasted from a spreadsheet or a PDF table, as Markdown table rows for tables.py.

- TSV: 2+ lines with the same number of tabs;
- CSV: 3+ lines with the same number of commas, short cells, a header without digits and a digit in every
  other line (a Chinese sentence uses '，', an English one has longer clauses);
- space-aligned columns: 3+ lines split by runs of 2+ spaces (or ideographic spaces) into the same number
  of cells, a header without digits and a digit in every other line (a PDF table copied as text).

Each row becomes `| a | b |`, the header is followed by a separator line; layout.py maps the kept characters
back to the text as pasted.
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str]

_WIDE = re.compile(r"(?: {2,}|\u3000+| ?\t ?)")


def _splitter(line: str) -> str | None:
    if "\t" in line:
        return "tab"
    if "," in line and "，" not in line:
        return "comma"
    if re.search(r"\S(?: {2,}|\u3000+)\S", line.strip()):
        return "space"
    return None


def _cells(line: str, kind: str) -> list[str]:
    if kind == "tab":
        raw = line.split("\t")
    elif kind == "comma":
        raw = line.split(",")
    else:
        raw = _WIDE.split(line.strip())
    return [c.strip().strip('"').strip() for c in raw]


def edits(text: str) -> list[Edit]:
    """The Markdown rows of every TSV, CSV or space-aligned block of `text` (sorted, disjoint)."""
    lines, starts, pos = text.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out: list[Edit] = []
    n = 0
    while n < len(lines):
        kind = _splitter(lines[n])
        width = len(_cells(lines[n], kind)) if kind else 0
        m = n
        while (m < len(lines) and kind and width >= 2 and "|" not in lines[m] and lines[m].strip()
               and _splitter(lines[m]) == kind and len(_cells(lines[m], kind)) == width):
            m += 1
        header = _cells(lines[n], kind) if kind else []
        # a comma row's cells are short (an English sentence with commas is no CSV row)
        short = kind != "comma" or all(len(c) <= 24 for j in range(n, m) for c in _cells(lines[j], kind))
        ok = m - n >= 2 and all(header) and short and (kind == "tab" or (
            m - n >= 3 and not re.search(r"\d", lines[n])
            and all(re.search(r"\d", lines[j]) for j in range(n + 1, m))))
        if not ok:
            n += 1
            continue
        for j in range(n, m):
            row = "| " + " | ".join(_cells(lines[j], kind)) + " |"  # type: ignore[arg-type]
            if j == n:
                row += "\n|" + "---|" * width
            out.append((starts[j], starts[j] + len(lines[j]), row))
        n = m
    return out
