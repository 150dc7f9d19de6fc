"""python-docx renderer: DocSpec -> DOCX bytes, with or without heading styles.

Layout keys: ``styles`` (True: Title and Heading 1-3 styles; False: every paragraph Normal, headings
only bold and/or centred), ``font_size`` (points). A node's ``docx_style`` overrides the choice for its
heading ("Heading 4", "bold"); ``toc`` blocks become Word TOC lines (styles "toc N", a dotted right tab,
the page number after a tab, inside a TOC field); a table's ``header_row`` marks row 1 as repeating.
A node's ``numbering``, the layout key ``item_numbering``, template styles named in ``docx_style`` and
a table's ``spans`` and the review marks ⟦+ +⟧ ⟦- -⟧ ⟦# #⟧ (tracked changes, comments) are docxextra's.
"""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from evals.replicas.docxextra import (
    Numbering,
    ensure_style,
    merge_spans,
    numbered_heading,
    numbered_item,
    revised_para,
)
from evals.replicas.docxtoc import toc_line
from evals.replicas.model import Block, DocSpec, Node, Table

FIXED = datetime(2025, 12, 31, 8, 0, 0)
_ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}


def _cjk(run, font: str = "宋体") -> None:  # type: ignore[no-untyped-def]
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _para(doc, text: str, *, align: str = "L", bold: bool = False, size: float | None = None,  # type: ignore[no-untyped-def]
          indent: bool = False, style: str | None = None):
    par = doc.add_paragraph(style=style)
    run = par.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    _cjk(run, "黑体" if bold else "宋体")
    par.alignment = _ALIGN[align]
    if indent:
        par.paragraph_format.first_line_indent = Pt(21)
    return par


def _table(doc, t: Table) -> None:  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1 + len(t.rows), cols=len(t.header))
    table.style = "Table Grid"
    for r, row in enumerate([t.header, *t.rows]):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = (r == 0) or None
            _cjk(run)
    if t.spans:
        merge_spans(table, t)
    if t.header_row:
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))


def _block(doc, b: Block, styles: bool, title: str, nums: Numbering | None = None) -> None:  # type: ignore[no-untyped-def]
    if "⟦" in b.text:
        revised_para(doc, b.text, style=b.style or None, indent=b.kind == "p")
    elif b.kind == "item" and nums is not None:
        numbered_item(doc, b.text, nums)
    elif b.kind == "table" and b.table is not None:
        _table(doc, b.table)
    elif b.kind == "pagebreak":
        doc.add_page_break()
    elif b.kind in ("cover", "center", "right"):
        if b.style:
            doc.add_paragraph(b.text, style=b.style)
        elif styles and b.text == title:
            doc.add_paragraph(b.text, style="Title")
        else:
            align = "C" if b.kind == "center" else ("R" if b.kind == "right" else b.align)
            _para(doc, b.text, align=align, bold=b.bold or b.text == title, size=b.size)
    elif b.kind == "item":
        par = _para(doc, b.text)
        par.paragraph_format.left_indent = Pt(21)
    elif b.kind == "note":
        _para(doc, b.text, size=9, indent=True)
    elif b.kind == "toc":
        toc_line(doc, b)
    elif b.kind == "formula":
        _para(doc, f"{b.text}\t{b.no}", align="C")
    else:
        _para(doc, b.text, indent=b.kind != "plain")


def _heading(doc, n: Node, styles: bool) -> None:  # type: ignore[no-untyped-def]
    if "⟦" in n.heading:
        revised_para(doc, n.heading, style=n.docx_style or f"Heading {min(max(n.level, 1), 3)}")
    elif n.docx_style.startswith("Heading "):
        doc.add_heading(n.heading, level=int(n.docx_style.split()[1]))
    elif n.docx_style == "bold":
        _para(doc, n.heading, bold=True)
    elif n.docx_style:
        doc.add_paragraph(n.heading, style=ensure_style(doc, n.docx_style, n.level))
    elif styles:
        doc.add_heading(n.heading, level=min(max(n.level, 1), 3))
    else:
        _para(doc, n.heading, align="C" if n.center else "L", bold=True)
    for s in n.sub:
        _para(doc, s, align="C" if n.center else "L", bold=not styles)


def render_docx(spec: DocSpec) -> bytes:
    styles = bool(spec.layout.get("styles", True))
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(float(spec.layout.get("font_size", 10.5)))  # type: ignore[arg-type]
    props = doc.core_properties
    props.title, props.author, props.created, props.modified = spec.title, "evals.replicas", FIXED, FIXED
    props.last_modified_by, props.revision, props.last_printed = "evals.replicas", 1, FIXED
    nums = Numbering(doc) if any(n.numbering for n in spec.nodes) else None
    items = nums if spec.layout.get("item_numbering") else None
    for n in spec.nodes:
        if n.new_page and len(doc.paragraphs) > 0:
            doc.add_page_break()
        if nums is not None:
            nums.item_num = None  # item letters restart in every clause
        if n.numbering:
            numbered_heading(doc, n)
        elif n.inline:
            _para(doc, f"{n.heading}\u3000{n.inline}", indent=True)
        elif n.heading and n.table is not None:
            _para(doc, n.heading, align="C", bold=not styles)
        elif n.heading:
            _heading(doc, n, styles)
        if n.table is not None:
            _table(doc, n.table)
        for b in n.blocks:
            _block(doc, b, styles, spec.title, items)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
