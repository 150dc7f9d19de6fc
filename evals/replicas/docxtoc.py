"""Word-style 目录 lines for the DOCX renderer: what Word writes for an updated TOC field.

Each line is a paragraph in style "toc N" (created on first use, indented by level) with a right tab
stop with a dotted leader: "1 评价概况<TAB>1". The first line opens the field (TOC \\o "1-2" \\h \\z \\u),
a line whose ``size`` is set to 1 closes it.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Pt

from evals.replicas.model import Block


def _style(doc, level: int):  # type: ignore[no-untyped-def]
    name = f"toc {level}"
    if name not in [s.name for s in doc.styles]:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Pt(21 * (level - 1))
    return doc.styles[name]


def _fld(par, kind: str) -> None:  # type: ignore[no-untyped-def]
    run = par.add_run()
    el = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
    run._r.append(el)


def toc_line(doc, b: Block) -> None:  # type: ignore[no-untyped-def]
    """``b.gap`` is the TOC level (1, 2), ``b.no`` the page label; ``b.y`` 0 opens the field."""
    level = max(1, int(b.gap or 1))
    par = doc.add_paragraph(style=_style(doc, level))
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if b.y == 0:
        _fld(par, "begin")
        instr = par.add_run()
        it = instr._r.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
        it.text = ' TOC \\o "1-2" \\h \\z \\u '
        instr._r.append(it)
        _fld(par, "separate")
    run = par.add_run(f"{b.text}\t{b.no}")
    from evals.replicas.docxgen import _cjk

    _cjk(run)
    if b.size == 1:
        _fld(par, "end")
