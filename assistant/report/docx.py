"""A draft as DOCX (python-docx): cover page and section break, 黑体 headings and 宋体 body set through
``w:eastAsia`` (in the styles and in every run), tables with a repeated header row, page numbers
(a PAGE field) in the footer, the verification appendix and the placeholder list."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.report.markdown import APPENDIX_TITLE, PLACEHOLDER_TITLE, appendix
from assistant.report.types import Draft

BODY_FONT, HEADING_FONT, LATIN_FONT = "宋体", "黑体", "Times New Roman"
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _fonts(element: object, east_asia: str, latin: str = LATIN_FONT) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    # theme attributes win over explicit fonts in Word: the default heading styles carry them
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attr), value)


def _styles(doc: object) -> None:
    from docx.shared import Pt, RGBColor

    styles = doc.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name, normal.font.size = LATIN_FONT, Pt(12)
    _fonts(normal.element, BODY_FONT)
    for level, size in ((0, 22), (1, 16), (2, 14), (3, 12)):
        st = styles["Title" if level == 0 else f"Heading {level}"]
        st.font.name, st.font.size, st.font.bold = LATIN_FONT, Pt(size), True
        st.font.color.rgb = RGBColor(0, 0, 0)
        _fonts(st.element, HEADING_FONT)
    if "Table Grid" in [s.name for s in styles]:
        _fonts(styles["Table Grid"].element, BODY_FONT)


def _run(par: object, text: str, bold: bool = False, font: str = BODY_FONT) -> None:
    run = par.add_run(text)  # type: ignore[attr-defined]
    run.bold = bold or None
    _fonts(run._element, font)


def _inline(par: object, text: str, font: str = BODY_FONT) -> None:
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            _run(par, text[pos:m.start()], font=font)
        _run(par, m.group(1), bold=True, font=font)
        pos = m.end()
    if pos < len(text):
        _run(par, text[pos:], font=font)


def _heading(doc: object, text: str, level: int) -> None:
    h = doc.add_heading(level=level)  # type: ignore[attr-defined]
    _run(h, text, font=HEADING_FONT)


def _table(doc: object, lines: list[str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines if not re.match(r"^\|[-|\s]+\|$", ln)]
    width = max(len(r) for r in rows)
    tbl = doc.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    tbl.style = "Table Grid"
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            par = tbl.rows[i].cells[j].paragraphs[0]
            _inline(par, text) if i else _run(par, text, bold=True)
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _blocks(doc: object, markdown: str) -> None:
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            _table(doc, lines[i:j])
            i = j
            continue
        m = re.match(r"^(#{2,4})\s+(.*)$", line)
        if m:
            _heading(doc, m.group(2), len(m.group(1)) - 1)
        elif line.startswith("- "):
            _inline(doc.add_paragraph(style="List Bullet"), line[2:])  # type: ignore[attr-defined]
        elif line.strip():
            _inline(doc.add_paragraph(), line.strip())  # type: ignore[attr-defined]
        i += 1


def _page_number(section: object) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    par = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def to_docx(draft: Draft, path: str | Path) -> Path:
    """Write ``draft`` to ``path`` (.docx) and return the path."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    _styles(doc)
    for _ in range(6):
        doc.add_paragraph()
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, draft.title, font=HEADING_FONT)
    for text in (draft.factory, f"评价方案：{draft.scheme_title}", f"编制日期：{draft.date}"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(12)
        _run(p, text)
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    body.footer.is_linked_to_previous = False
    _page_number(body)
    for s in draft.sections:
        _heading(doc, s.title, 1)
        _blocks(doc, s.markdown)
    _heading(doc, APPENDIX_TITLE, 1)
    _blocks(doc, appendix(draft))
    if draft.placeholders:
        _heading(doc, PLACEHOLDER_TITLE, 1)
        for p in draft.placeholders:
            _inline(doc.add_paragraph(style="List Bullet"), p)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
