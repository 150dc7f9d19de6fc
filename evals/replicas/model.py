"""Content model shared by every replica: a document is an ordered list of clause nodes.

The renderers (pdfgen, docxgen, textgen) print the nodes; truth.py derives the expected clause
labels and the marker phrases from the very same nodes, so the truth cannot drift from the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

FRONT_LABELS = ("封面", "来函", "目次", "前言", "引言")
Fmt = Literal["pdf", "docx", "txt", "md"]
Set = Literal["tune", "check", "heldout", "heldout2"]
# Block kinds: p (indented paragraph), plain (no indent), item (list item, hanging), note (small),
# spread (letter-spaced paragraph), formula (centred, number right), where (式中 symbol line),
# center / right (aligned line), cover (absolute cover line), table, pagebreak, toc (a 目次 line:
# text, page label in ``no``, indent level in ``gap``), footnote (PDF: printed at the foot of the
# page where it occurs, under a short rule; not part of the clause body). A formula with align="B"
# prints its number on its own line under the formula; a table cell may hold explicit line breaks ("\n").
BlockKind = Literal["p", "plain", "item", "note", "spread", "formula", "where", "center", "right",
                    "cover", "table", "pagebreak", "toc", "footnote"]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    size: float = 8.5  # font size in points (PDF)
    cont_caption: bool = True  # PDF: a continued table repeats its caption with "（续）"
    cont_header: bool = True  # PDF: a continued table repeats its header row
    merge: tuple[int, ...] = ()  # PDF: in these columns an empty cell continues the cell above
    header_row: bool = False  # DOCX: the first row is marked as a repeating header row
    cont_label: str = ""  # PDF: caption of a continued table ("续表 A.1", "续表") instead of "<caption>（续）"
    spans: tuple[tuple[int, int, int, int], ...] = ()  # DOCX: merged cells (row, col, last row, last col);
    # rows count the header as row 0


@dataclass
class Block:
    kind: BlockKind
    text: str = ""
    no: str = ""  # formula number "(B.1)"; toc page label
    size: float | None = None  # font size override
    y: float | None = None  # absolute position (mm from the top) of a cover line
    align: str = "L"
    gap: float = 0.0  # extra space between glyphs (mm)
    table: Table | None = None
    bold: bool = False
    style: str = ""  # DOCX paragraph style of a cover / center / right line ("Heading 1")
    color: tuple[int, int, int] | None = None  # PDF: text (and rule) colour of a cover line, e.g. a red header


@dataclass
class Node:
    """One clause (or front-matter section) exactly as printed."""

    label: str  # the clause label the parser should emit ("4.3.1", "附录B", "表C.1", "一（一）1")
    heading: str = ""  # printed heading line ("4.3.1 能源低碳化指标", "附录 A", "前  言")
    level: int = 1  # nesting depth (DOCX heading level, TOC indent)
    blocks: list[Block] = field(default_factory=list)
    sub: list[str] = field(default_factory=list)  # further heading lines ("（规范性）", annex title)
    front: bool = False
    toc: str | None = None  # TOC entry text (None: not listed)
    toc_page: bool = True  # the TOC entry shows a page number
    new_page: bool = False
    spaced: bool = False  # heading printed letter-spaced ("前  言")
    bare: bool = False  # number alone on its line, the term on the next line (3.1 / 绿色工厂 ...)
    inline: str = ""  # body text that continues the heading line ("4.3.1.1 应……")
    table: Table | None = None  # a captioned table node: heading is the caption
    center: bool = False  # heading centred
    docx_style: str = ""  # DOCX: "Heading N" or "bold" (Normal, bold) instead of the layout's choice
    numbering: str = ""  # DOCX: "head" / "annex": Word automatic numbering supplies the number (docxextra)


@dataclass
class DocSpec:
    file: str
    set: Set
    doc_id: str
    title: str
    kind: Literal["standard", "policy", "guide", "other"]
    fmt: Fmt
    nodes: list[Node]
    layout: dict[str, object] = field(default_factory=dict)
    running: list[str] = field(default_factory=list)  # running header/footer strings

    def body_texts(self, node: Node) -> list[str]:
        """Text that belongs to the node's own body (where its markers come from), as it reads with
        every tracked change accepted."""
        out = [node.inline] if node.inline else []
        for b in node.blocks:
            if b.kind in ("p", "plain", "item", "note", "spread", "where", "center", "right"):
                out.append(accepted(b.text))
            elif b.kind == "table" and b.table is not None:
                out.extend(c for row in b.table.rows for c in row)
        if node.table is not None:
            out.extend(c for row in node.table.rows for c in row)
        return [t for t in out if t]

    def all_text(self) -> str:
        """Every string printed anywhere in the file, whitespace removed."""
        parts: list[str] = list(self.running)
        for n in self.nodes:
            parts += [accepted(n.heading), deleted(n.heading), *n.sub, n.toc or "", n.inline]
            for b in n.blocks:
                parts += [accepted(b.text), deleted(b.text)]
                if b.table is not None:
                    parts += b.table.header + [c for r in b.table.rows for c in r]
            if n.table is not None:
                parts += n.table.header + [c for r in n.table.rows for c in r]
        return squash("".join(parts))


_WS = re.compile(r"\s+")
# DOCX review marks inside a heading or block text: ⟦+inserted+⟧, ⟦-deleted-⟧ (tracked changes) and
# ⟦#comment#⟧ (a Word comment anchored there). Only docxgen renders them (docxextra.revised_para).
REVISION = re.compile(r"⟦([-+#])(.*?)\1⟧")


def accepted(text: str) -> str:
    """The text with every tracked change accepted and the comments left out."""
    if "⟦" not in text:
        return text
    return REVISION.sub(lambda m: m.group(2) if m.group(1) == "+" else "", text)


def deleted(text: str) -> str:
    """What the file holds besides the accepted text: deleted runs and comment texts."""
    return "".join(m.group(2) for m in REVISION.finditer(text) if m.group(1) != "+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def squash(text: str) -> str:
    """Whitespace removed: how markers are compared with parsed text."""
    return _WS.sub("", text)


def derive_markers(spec: DocSpec) -> dict[str, str]:
    """For each node with body text: a CJK-only phrase (8-20 chars) printed nowhere else."""
    everything = spec.all_text()
    markers: dict[str, str] = {}
    for node in spec.nodes:
        if node.label in ("封面", "目次"):
            continue
        found = _marker_for(spec.body_texts(node), everything)
        if found:
            markers[node.label] = found
    return markers


def _marker_for(texts: list[str], everything: str) -> str | None:
    for length in (12, 10, 14, 9, 16, 8):
        for text in texts:
            for run in _CJK_RUN.findall(squash(text)):
                for start in range(max(1, len(run) - length + 1)):
                    cand = run[start:start + length]
                    if len(cand) == length and everything.count(cand) == 1:
                        return cand
    return None


def front_labels(spec: DocSpec) -> list[str]:
    return [n.label for n in spec.nodes if n.label in FRONT_LABELS]


def clause_labels(spec: DocSpec) -> list[str]:
    return [n.label for n in spec.nodes if n.label not in FRONT_LABELS]


# --- small constructors that keep the content modules short ----------------------------------
def p(text: str) -> Block:
    return Block("p", text)


def item(text: str) -> Block:
    return Block("item", text)


def note(text: str) -> Block:
    return Block("note", text)


def where(text: str) -> Block:
    return Block("where", text)


def formula(expr: str, no: str) -> Block:
    return Block("formula", expr, no=no)


def cover(text: str, y: float, size: float = 12, align: str = "C", gap: float = 0.0) -> Block:
    return Block("cover", text, size=size, y=y, align=align, gap=gap)
