"""The display lines of a DOCX body (its paragraphs as ``Para``, its table rows' cells): the line
rules shared by the whole loader (loaders.load_docx) and the stream (docxstream.py), so both give
the same lines. Heading styles make headings; without any, bold-run paragraphs do."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.ingest.docxxml import Para
from assistant.ingest.layout import Line
from assistant.ingest.normalize import clean_line, join_spaced_cjk
from assistant.ingest.patterns import (
    FRONT,
    heading_like,
    is_toc_entry,
    is_toc_line,
    starts_block,
    title_like,
)

_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def heading_style(style: str) -> bool:
    """A heading style ("Heading 2", "标题 2"): a document with one takes no bold-run headings."""
    return bool(_DOCX_HEADING.match(style))


def docx_lines(blocks: Iterable[Para | Line], styled: bool) -> Iterator[Line]:
    """The display lines of a DOCX body's paragraphs and table rows (``table_row``), in order;
    ``styled``: some paragraph of the body has a heading style (``heading_style``)."""
    seen = False  # a line was given
    cover = True  # no clause-shaped line yet: a centred bold line is still cover text
    for block in blocks:
        if isinstance(block, Line):
            seen = True
            yield block
            continue
        style = block.style
        m = _DOCX_HEADING.match(style)
        level = int(m.group(1)) if m else (1 if style == "Title" else 0)
        title = style == "Title"
        if not styled and not level and _bold_heading(block):
            # No heading styles: a short, wholly bold, unnumbered, left-aligned paragraph is a
            # heading (numbered ones are found by their numbers), and so is a bold 目次/前言/引言,
            # as a styled one would be; centred, it is a title line: the document's title at the
            # very top, else cover text (a notice's letterhead) until the first clause, after which
            # it is a heading again (a centred 附加说明 after the last clause).
            if FRONT.match(block.text.strip()):
                level, title = 1, False
            else:
                level, title = (0 if block.centred and seen and cover else 1), block.centred and not seen
        for part in block.text.split("\n"):
            text = join_spaced_cjk(clean_line(part).strip(), aggressive=False)
            if text:
                seen = True
                cover = cover and not _clause_line(text)
                yield Line(text, heading=level, title=title)


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
