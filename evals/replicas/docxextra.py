"""DOCX features the first replica sets did not need (heldout2): Word automatic numbering, paragraph
styles that a template defines itself (with an outline level), merged table cells.

Automatic numbering is what Word writes for a multilevel list linked to the heading styles: the
number lives in numbering.xml (abstractNum levels "%1", "%1.%2", "%1.%2.%3"; an annex list
"附录%1" / "%1.%2" in capital letters) and each heading paragraph only points at it (w:numPr), so
the paragraph text has no number. List items "a) ..." lose their letters the same way (layout
``item_numbering``), restarting in every clause. A draft under review carries tracked changes and
comments (``revised_para``).
"""

from __future__ import annotations

import re

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from evals.replicas.model import REVISION, Node, Table

HEAD, ANNEX, ITEMS = 71, 72, 73  # abstractNum ids (and the num ids of the two heading lists)
_ITEM = re.compile(r"^[a-z]\) ")


def _lvl(ilvl: int, fmt: str, text: str, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>')


def _abstract(aid: int, levels: list[str]) -> str:
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
            f'{"".join(levels)}</w:abstractNum>')


class Numbering:
    """The lists of one document, added to its numbering part on first use."""

    def __init__(self, doc) -> None:  # type: ignore[no-untyped-def]
        self.root = doc.part.numbering_part.element
        heads = [_lvl(0, "decimal", "%1", "Heading1"), _lvl(1, "decimal", "%1.%2", "Heading2"),
                 _lvl(2, "decimal", "%1.%2.%3", "Heading3"), _lvl(3, "decimal", "%1.%2.%3.%4", "Heading4")]
        annex = [_lvl(0, "upperLetter", "附录%1"), _lvl(1, "decimal", "%1.%2"), _lvl(2, "decimal", "%1.%2.%3")]
        items = [_lvl(0, "lowerLetter", "%1)")]
        first_num = self.root.find(qn("w:num"))
        for aid, levels in ((HEAD, heads), (ANNEX, annex), (ITEMS, items)):
            el = parse_xml(_abstract(aid, levels))
            if first_num is not None:
                first_num.addprevious(el)
            else:
                self.root.append(el)
        for nid in (HEAD, ANNEX):
            self.root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))
        self.next_id = 100
        self.item_num: int | None = None

    def new_items(self) -> int:
        """A fresh instance of the a) b) c) list, restarting at a)."""
        nid, self.next_id = self.next_id, self.next_id + 1
        self.root.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{ITEMS}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return nid


def set_num(par, num_id: int, ilvl: int) -> None:  # type: ignore[no-untyped-def]
    num = par._p.get_or_add_pPr().get_or_add_numPr()  # in schema order, after w:pStyle
    num.get_or_add_ilvl().val = ilvl
    num.get_or_add_numId().val = num_id


def numbered_heading(doc, n: Node) -> None:  # type: ignore[no-untyped-def]
    """``n.numbering`` is "head" (1, 1.1, 1.1.1) or "annex" (附录A, A.1); sub lines follow a line break."""
    annex = n.numbering == "annex"
    par = doc.add_heading(n.heading, level=min(n.level, 4))
    set_num(par, ANNEX if annex else HEAD, n.level - 1)
    for s in n.sub:
        run = par.add_run()
        run.add_break()
        run.add_text(s)


def numbered_item(doc, text: str, nums: Numbering):  # type: ignore[no-untyped-def]
    """An "a) ..." item printed without its letter, which Word's list supplies."""
    if nums.item_num is None:
        nums.item_num = nums.new_items()
    par = doc.add_paragraph(_ITEM.sub("", text), style="List Paragraph")
    set_num(par, nums.item_num, 0)
    return par


def ensure_style(doc, name: str, level: int) -> str:  # type: ignore[no-untyped-def]
    """A template's own heading style ("一级标题"): bold, based on Normal, with an outline level, as
    Word's navigation pane reads it. Existing styles are used as they are."""
    if name in [s.name for s in doc.styles]:
        return name
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = True
    ppr = st.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{max(0, level - 1)}"/>'))
    return name


def merge_spans(table, t: Table) -> None:  # type: ignore[no-untyped-def]
    """Merge the cells of ``t.spans``; Word keeps the top-left cell's text."""
    for r, c, r2, c2 in t.spans:
        cell = table.cell(r, c).merge(table.cell(r2, c2))
        for par in cell.paragraphs[1:]:  # python-docx keeps the merged cells' empty paragraphs; Word does not
            if not par.text:
                par._p.getparent().remove(par._p)


# --- tracked changes and comments (a draft under review) -------------------------------------------
AUTHOR, DATE = "审阅人", "2025-11-20T09:00:00Z"


def _mark(doc, kind: str):  # type: ignore[no-untyped-def]
    doc._replica_rev = getattr(doc, "_replica_rev", 0) + 1
    el = OxmlElement("w:ins" if kind == "+" else "w:del")
    el.set(qn("w:id"), str(doc._replica_rev))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def _run(par, text: str):  # type: ignore[no-untyped-def]
    from evals.replicas.docxgen import _cjk

    run = par.add_run(text)
    _cjk(run)
    return run


def revised_para(doc, text: str, *, style: str | None = None, indent: bool = False):  # type: ignore[no-untyped-def]
    """A paragraph with Word review marks: ⟦+x+⟧ a tracked insertion (w:ins), ⟦-x-⟧ a tracked
    deletion (w:del, the text in w:delText), ⟦#x#⟧ a comment on the run before it. A paragraph that
    is one insertion or deletion has its paragraph mark inserted or deleted too, as Word records it."""
    par = doc.add_paragraph(style=style)
    if indent:
        par.paragraph_format.first_line_indent = Pt(21)
    pos, last = 0, None
    for m in REVISION.finditer(text):
        if m.start() > pos:
            last = _run(par, text[pos:m.start()])
        kind, body = m.group(1), m.group(2)
        if kind == "#":
            note = doc.add_comment(last, text=body, author=AUTHOR, initials="SY")
            note._comment_elm.set(qn("w:date"), DATE)  # python-docx stamps the clock time
        else:
            run = _run(par, body)
            if kind == "-":
                for t in run._r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
            wrap = _mark(doc, kind)
            run._r.addprevious(wrap)
            wrap.append(run._r)
        pos = m.end()
    if pos < len(text):
        _run(par, text[pos:])
    whole = REVISION.fullmatch(text)
    if whole and whole.group(1) in "+-":
        rpr = OxmlElement("w:rPr")
        rpr.append(_mark(doc, whole.group(1)))
        par._p.get_or_add_pPr().append(rpr)
    return par
