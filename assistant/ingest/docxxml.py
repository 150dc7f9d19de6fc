"""A DOCX body's raw XML read as python-docx reads it: a body-level ``w:p`` as a ``Para`` (its
style's name, text, bold runs, alignment), a ``w:tr`` of a body-level ``w:tbl`` as its cells' texts.

Shared by the whole-file loader (elements of python-docx's tree) and the streamed parse (elements
of an incremental parse, cleared once read): the same functions, so the same lines. Each function
follows the python-docx 1.x property it stands for (``Paragraph.text``/``.style``/``.runs``/
``.alignment``, ``_Row.cells``, ``_Cell.text``), except that malformed values it would raise on
(a bad ``w:val``, a vertical merge with nothing above) are read leniently instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, BODY, DOCUMENT = W + "p", W + "tbl", W + "tr", W + "tc", W + "body", W + "document"
_R, _HYPERLINK, _T, _BR, _VAL = W + "r", W + "hyperlink", W + "t", W + "br", W + "val"
_RUN_TEXT = {W + "cr": "\n", W + "noBreakHyphen": "-", W + "ptab": "\t", W + "tab": "\t"}
_OFF = ("0", "false", "off")
# BabelFish: styles.xml spells these in lower case, python-docx (and load_docx) sees the UI name
_UI_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
             **{f"heading {i}": f"Heading {i}" for i in range(1, 10)}}

Element = Any  # an lxml element: python-docx's oxml classes or plain lxml from iterparse


def _on(el: Element | None, default: bool) -> bool:
    """An ST_OnOff attribute (``w:b``, ``w:default``): absent is ``default``."""
    if el is None:
        return default
    val = el.get(_VAL)
    return True if val is None else val not in _OFF


@dataclass(frozen=True)
class DocxStyles:
    """Paragraph style names by id, as ``Paragraph.style.name`` resolves them."""

    names: dict[str, str]  # paragraph styles only (another type resolves to the default)
    default: str  # the default paragraph style's name ("" when there is none)

    @classmethod
    def of(cls, root: Element | None) -> DocxStyles:
        """From ``w:styles`` (word/styles.xml's root); None: no styles part."""
        names: dict[str, str] = {}
        seen: set[str] = set()
        default = ""
        for s in () if root is None else root.iterchildren(W + "style"):
            sid, paragraph = s.get(W + "styleId"), (s.get(W + "type") or "paragraph") == "paragraph"
            name_el = s.find(W + "name")
            name = name_el.get(_VAL) if name_el is not None else None
            name = _UI_NAMES.get(name, name) if name else ""
            if sid is not None and sid not in seen:  # the first style of an id counts
                seen.add(sid)
                if paragraph:
                    names[sid] = name
            if paragraph and s.get(W + "default") in ("1", "true", "on"):
                default = name  # the last default paragraph style counts
        return cls(names, default)

    def name(self, style_id: str | None) -> str:
        return self.names.get(style_id, self.default) if style_id else self.default


@dataclass(frozen=True, slots=True)
class Para:
    """A body-level paragraph: what the DOCX line rules (docxlines.docx_lines) look at."""

    style: str
    text: str
    bold: bool  # it has runs with text, and every one is bold (direct formatting)
    centred: bool


def run_text(r: Element) -> str:
    out = []
    for e in r.iterchildren():
        tag = e.tag
        if tag == _T:
            out.append(e.text or "")
        elif tag == _BR:
            out.append("\n" if e.get(W + "type", "textWrapping") == "textWrapping" else "")
        elif tag in _RUN_TEXT:
            out.append(_RUN_TEXT[tag])
    return "".join(out)


def paragraph_text(p: Element) -> str:
    """Its runs and hyperlinks' runs (runs in other wrappers, such as w:ins, are not read)."""
    return "".join(run_text(e) if e.tag == _R else "".join(run_text(r) for r in e.iterchildren(_R))
                   for e in p.iterchildren(_R, _HYPERLINK))


def paragraph(p: Element, styles: DocxStyles) -> Para:
    ppr = p.find(W + "pPr")
    pstyle = ppr.find(W + "pStyle") if ppr is not None else None
    jc = ppr.find(W + "jc") if ppr is not None else None
    bold, any_run = True, False
    for r in p.iterchildren(_R):
        if run_text(r).strip():
            any_run = True
            rpr = r.find(W + "rPr")
            bold = bold and _on(rpr.find(W + "b") if rpr is not None else None, default=False)
    return Para(style=styles.name(pstyle.get(_VAL) if pstyle is not None else None), text=paragraph_text(p),
                bold=any_run and bold, centred=jc is not None and jc.get(_VAL) == "center")


def _int(el: Element | None, default: int) -> int:
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


@dataclass(slots=True)
class _Root:
    key: int
    text: str
    span: int


class TableRows:
    """One table's rows in order: each row's cells as ``_Row.cells`` gives them (a cell spanning
    columns once; a vertically merged cell's continuation as the cell it continues), as raw texts.
    Only the previous row is kept: a row may be read and cleared before the next is parsed."""

    def __init__(self) -> None:
        self.above: dict[int, _Root] = {}  # grid offset -> the cell starting there in the row above
        self.roots = 0

    def cells(self, tr: Element) -> list[str]:
        trpr = tr.find(W + "trPr")
        offset = _int(trpr.find(W + "gridBefore") if trpr is not None else None, 0)
        here: dict[int, _Root] = {}
        out: list[str] = []
        last: int | None = None
        for tc in tr.iterchildren(TC):
            tcpr = tc.find(W + "tcPr")
            span = _int(tcpr.find(W + "gridSpan") if tcpr is not None else None, 1)
            merge = tcpr.find(W + "vMerge") if tcpr is not None else None
            root = self.above.get(offset) if merge is not None and merge.get(_VAL, "continue") == "continue" else None
            if root is None:  # (a continuation with nothing above: read as a cell of its own)
                text = "\n".join(paragraph_text(p) for p in tc.iterchildren(P))
                self.roots += 1
                root = _Root(self.roots, text, span)
            here.setdefault(offset, root)
            offset += span
            if root.span > 0 and root.key != last:  # the same cell repeated for its grid columns: once
                out.append(root.text)
                last = root.key
        self.above = here
        return out
