"""The display lines of a DOCX body (its paragraphs as ``Para``, its table rows' cells): the line
rules shared by the whole loader (loaders.load_docx) and the stream (docxstream.py), so both give
the same lines. Heading styles make headings, and so do outline levels (a template's own 一级标题
style with ``w:outlineLvl``, as Word's navigation pane reads it); without any, bold-run paragraphs do."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from assistant.ingest.docxxml import Para
from assistant.ingest.layout import Line
from assistant.ingest.normalize import clean_line, join_spaced_cjk
from assistant.ingest.patterns import (
    ANNEX,
    ATTACH,
    FRONT,
    heading_like,
    is_toc_entry,
    is_toc_line,
    starts_block,
    title_like,
)

_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_FIGURE = re.compile(r"^图\s*[A-Z]?\.?\d")  # a figure's caption: "图1 评价流程", "图A.1 …"


def heading_style(para: Para) -> bool:
    """A heading style ("Heading 2", "标题 2") or an outline level: a document with one takes no
    bold-run headings."""
    return bool(_DOCX_HEADING.match(para.style)) or para.outline > 0


def _accepted(blocks: Iterable[Para | Line]) -> Iterator[Para | Line]:
    """Paragraphs whose tracked-deleted mark is accepted run into the next paragraph (its style)."""
    pending: Para | None = None
    for block in blocks:
        if pending is not None:
            if isinstance(block, Para):
                block = replace(block, text=pending.text + block.text)
            else:  # a table follows: the text stays a paragraph of its own
                yield replace(pending, joined=False)
            pending = None
        if isinstance(block, Para) and block.joined:
            pending = block
            continue
        yield block
    if pending is not None:
        yield replace(pending, joined=False)


def docx_lines(blocks: Iterable[Para | Line], styled: bool) -> Iterator[Line]:
    """The display lines of a DOCX body's paragraphs and table rows (``table_row``), in order;
    ``styled``: some paragraph of the body has a heading style or outline level (``heading_style``)."""
    seen = False  # a line was given
    cover = True  # no clause-shaped line yet: a centred bold line is still cover text
    after = False  # the last line was a heading's (numbered, or centred bold): the next may continue it
    for block in _accepted(blocks):
        if isinstance(block, Line):  # a table row: body text
            seen, after = True, False
            yield block
            continue
        style = block.style
        m = _DOCX_HEADING.match(style)
        level = int(m.group(1)) if m else (1 if style == "Title" else _outline_level(block))
        title = style == "Title"
        if not styled and not level and _bold_heading(block):
            # No heading styles: a short, wholly bold, unnumbered, left-aligned paragraph is a
            # heading (numbered ones are found by their numbers), and so is a bold 目次/前言/引言,
            # as a styled one would be; centred, it is a title line: the document's title at the
            # very top, else cover text (a notice's letterhead) until the first clause. After it,
            # a centred bold line after body text is a heading (附加说明 after the last clause),
            # unless it is a figure's caption or continues the heading above it (an annex's
            # "（规范性）" and title under "附录A", an attachment's title under "附件1").
            text = block.text.strip()
            if FRONT.match(text):
                level, title = 1, False
            elif block.centred and seen:
                level = 0 if cover or after or _FIGURE.match(text) else 1
            else:
                level, title = 1, block.centred
        centred_bold = block.centred and block.bold
        parts = block.text.split("\n")
        if level and ANNEX.match(parts[0].strip()):
            # An annex heading broken over lines ("附录A" / "（资料性）" / its title, Word's automatic
            # "附录%1" number before a line break): one heading line, as a typed one reads
            parts = [" ".join(t.strip() for t in parts if t.strip())]
        for part in parts:
            text = join_spaced_cjk(clean_line(part).strip(), aggressive=False)
            if text:
                seen = True
                cover = cover and not _clause_line(text)
                after = centred_bold or heading_like(text) or ATTACH.match(text) is not None
                yield Line(text, heading=level, title=title)


def _outline_level(block: Para) -> int:
    """An outline level makes a heading of a heading's text, not of a sentence given one by mistake."""
    text = block.text.strip().split("\n")[0]
    return block.outline if block.outline and (title_like(text, 60) or heading_like(text)) else 0


def _bold_heading(block: Para) -> bool:
    text = block.text.strip()
    if not block.bold or "\n" in text:
        return False
    return title_like(text, 40) and (not starts_block(text) or FRONT.match(text) is not None)


def _clause_line(text: str) -> bool:
    """A numbered clause's heading line (not a contents entry, not 前言): the cover is over."""
    return heading_like(text) and not FRONT.match(text) and not is_toc_line(text) and not is_toc_entry(text)


def table_row(cells: list[str], r: int) -> list[Line]:
    """Row ``r`` of a table (its cells' raw texts) as a Markdown row; after row 0, the rule."""
    cells = [" ".join(clean_line(c).split()).replace("|", "｜") for c in cells]
    if not any(cells):
        return []
    row = [Line("| " + " | ".join(cells) + " |", table=True)]
    if r == 0:
        row.append(Line("|" + "---|" * len(cells), table=True))
    return row
