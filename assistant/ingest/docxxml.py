"""A DOCX body's raw XML read as python-docx reads it: a body-level ``w:p`` as a ``Para`` (its
style's name, text, bold runs, alignment), a ``w:tr`` of a body-level ``w:tbl`` as its cells' texts.
Three things python-docx does not read are read here, as Word displays them: tracked changes
accepted (runs in ``w:ins``/``w:moveTo`` are text, ``w:del`` is not), the automatic number of a
numbered paragraph (docxnum.py), and a paragraph's outline level (its own or its style's
``w:outlineLvl``: the level Word's navigation pane shows).

Shared by the whole-file loader (elements of python-docx's tree) and the streamed parse (elements
of an incremental parse, cleared once read): the same functions, so the same lines. Each function
follows the python-docx 1.x property it stands for (``Paragraph.text``/``.style``/``.runs``/
``.alignment``, ``_Row.cells``, ``_Cell.text``), except that malformed values it would raise on
(a bad ``w:val``, a vertical merge with nothing above) are read leniently instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.ingest.docxnum import ListCounter

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, BODY, DOCUMENT = W + "p", W + "tbl", W + "tr", W + "tc", W + "body", W + "document"
_R, _HYPERLINK, _T, _BR, _VAL = W + "r", W + "hyperlink", W + "t", W + "br", W + "val"
# Run wrappers whose runs are text once changes are accepted (w:del, w:moveFrom are not)
# (and the inline wrappers Word shows the runs of: smart tags, custom XML, simple fields, content controls)
_WRAPPERS = (_HYPERLINK, W + "ins", W + "moveTo", W + "smartTag", W + "customXml", W + "fldSimple", W + "sdt",
             W + "sdtContent")
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
    """Paragraph style names by id, as ``Paragraph.style.name`` resolves them, and what a style
    gives its paragraphs through ``w:basedOn``: an outline level, automatic numbering."""

    names: dict[str, str]  # paragraph styles only (another type resolves to the default)
    default: str  # the default paragraph style's name ("" when there is none)
    outline: dict[str, int] = field(default_factory=dict)  # style id -> w:outlineLvl (0-8)
    numpr: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # id -> (numId, ilvl)
    default_id: str = ""

    @classmethod
    def of(cls, root: Element | None) -> DocxStyles:
        """From ``w:styles`` (word/styles.xml's root); None: no styles part."""
        names: dict[str, str] = {}
        seen: set[str] = set()
        default = default_id = ""
        own: dict[str, tuple[str | None, int | None, tuple[str | None, int | None] | None]] = {}
        for s in () if root is None else root.iterchildren(W + "style"):
            sid, paragraph = s.get(W + "styleId"), (s.get(W + "type") or "paragraph") == "paragraph"
            name_el = s.find(W + "name")
            name = name_el.get(_VAL) if name_el is not None else None
            name = _UI_NAMES.get(name, name) if name else ""
            if sid is not None and sid not in seen:  # the first style of an id counts
                seen.add(sid)
                if paragraph:
                    names[sid] = name
                    based = s.find(W + "basedOn")
                    ppr = s.find(W + "pPr")
                    own[sid] = (based.get(_VAL) if based is not None else None, _outline(ppr), _numpr(ppr))
            if paragraph and s.get(W + "default") in ("1", "true", "on"):
                default, default_id = name, sid or ""  # the last default paragraph style counts
        outline: dict[str, int] = {}
        numpr: dict[str, tuple[str | None, int | None]] = {}
        for sid in own:
            chain, cur = [], sid
            while cur in own and cur not in chain and len(chain) < 20:  # basedOn, guarded against loops
                chain.append(cur)
                cur = own[cur][0]
            lvl = next((own[c][1] for c in chain if own[c][1] is not None), None)
            if lvl is not None:
                outline[sid] = lvl
            num = next((own[c][2] for c in chain if own[c][2] is not None), None)
            if num is not None:
                numpr[sid] = num
        return cls(names, default, outline, numpr, default_id)

    def name(self, style_id: str | None) -> str:
        return self.names.get(style_id, self.default) if style_id else self.default

    def sid(self, style_id: str | None) -> str:
        """The id of the style a paragraph has (an unknown or no id: the default style)."""
        return style_id if style_id and style_id in self.names else self.default_id


def _outline(ppr: Element | None) -> int | None:
    el = ppr.find(W + "outlineLvl") if ppr is not None else None
    if el is None:
        return None
    try:
        return int(el.get(_VAL))
    except (TypeError, ValueError):
        return None


def _numpr(ppr: Element | None) -> tuple[str | None, int | None] | None:
    """(numId, ilvl) of a ``w:numPr``; None without one. A missing part is None in the pair."""
    el = ppr.find(W + "numPr") if ppr is not None else None
    if el is None:
        return None
    nid, ilvl = el.find(W + "numId"), el.find(W + "ilvl")
    lvl = _int(ilvl, -1) if ilvl is not None else -1
    return (nid.get(_VAL) if nid is not None else None, lvl if lvl >= 0 else None)


@dataclass(frozen=True, slots=True)
class Para:
    """A body-level paragraph: what the DOCX line rules (docxlines.docx_lines) look at."""

    style: str
    text: str
    bold: bool  # it has runs with text, and every one is bold (direct formatting)
    centred: bool
    outline: int = 0  # 1-9: the outline level Word shows it at (w:outlineLvl 0-8); 0: body text
    joined: bool = False  # its paragraph mark is a tracked deletion: accepted, it runs into the next


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


def runs(p: Element) -> Iterator[Element]:
    """Its runs as Word shows them with changes accepted: direct runs and the runs of hyperlinks,
    insertions and inline wrappers (python-docx reads only runs and hyperlinks; deleted runs are
    never text; a content control's properties, w:sdtPr, hold none)."""
    for e in p.iterchildren(_R, *_WRAPPERS):
        if e.tag == _R:
            yield e
        else:
            yield from runs(e)


def paragraph_text(p: Element) -> str:
    return "".join(run_text(r) for r in runs(p))


def paragraph(p: Element, styles: DocxStyles, counter: ListCounter | None = None) -> Para:
    """A body-level paragraph; ``counter``: the document's list counters (automatic numbers are
    read into the text as Word displays them), advanced by this paragraph."""
    ppr = p.find(W + "pPr")
    pstyle = ppr.find(W + "pStyle") if ppr is not None else None
    jc = ppr.find(W + "jc") if ppr is not None else None
    bold, any_run = True, False
    for r in runs(p):
        if run_text(r).strip():
            any_run = True
            rpr = r.find(W + "rPr")
            bold = bold and _on(rpr.find(W + "b") if rpr is not None else None, default=False)
    sid = styles.sid(pstyle.get(_VAL) if pstyle is not None else None)
    mark = ppr.find(W + "rPr") if ppr is not None else None
    joined = mark is not None and mark.find(W + "del") is not None
    text = paragraph_text(p)
    if counter is not None and not joined:  # a deleted paragraph is no item of its list
        own = _numpr(ppr)
        style_num = styles.numpr.get(sid)
        if own is not None and own[0] is None and style_num is not None:  # only a level: the style's list
            own = (style_num[0], own[1])
        num_id, ilvl = own if own is not None else (style_num or (None, None))
        if own is not None and ilvl is None:
            ilvl = 0
        label = counter.label(num_id, ilvl, sid, from_style=own is None)
        if label and text.strip():
            text = label + text
    lvl = _outline(ppr)
    lvl = styles.outline.get(sid) if lvl is None else lvl
    return Para(style=styles.name(pstyle.get(_VAL) if pstyle is not None else None), text=text,
                bold=any_run and bold, centred=jc is not None and jc.get(_VAL) == "center",
                outline=lvl + 1 if lvl is not None and 0 <= lvl <= 8 else 0, joined=joined)


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
    Only the previous row is kept: a row may be read and cleared before the next is parsed.
    With ``styles`` and the document's ``counter``, a cell's numbered paragraphs get their
    automatic numbers (and advance the lists) as the body's do."""

    def __init__(self, styles: DocxStyles | None = None, counter: ListCounter | None = None) -> None:
        self.above: dict[int, _Root] = {}  # grid offset -> the cell starting there in the row above
        self.roots = 0
        self.styles, self.counter = styles, counter

    def _text(self, p: Element) -> str:
        if self.styles is None or self.counter is None:
            return paragraph_text(p)
        return paragraph(p, self.styles, self.counter).text

    def cells(self, tr: Element) -> list[str]:
        trpr = tr.find(W + "trPr")
        if trpr is not None and trpr.find(W + "del") is not None:
            return []  # a tracked row deletion, accepted: the row is gone (the rows around it stay as read)
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
                text = "\n".join(self._text(p) for p in tc.iterchildren(P))
                self.roots += 1
                root = _Root(self.roots, text, span)
            here.setdefault(offset, root)
            offset += span
            if root.span > 0 and root.key != last:  # the same cell repeated for its grid columns: once
                out.append(root.text)
                last = root.key
        self.above = here
        return out
