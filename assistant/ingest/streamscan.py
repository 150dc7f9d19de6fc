"""Pass 3 of a streamed parse (stream.py): the joined lines read once, for what the windows of
pass 4 need to know of the whole file first (the first window, the title heading, the captioned
tables, whether it has headings) and for what makes it unstreamable (contents lines after the
first window, a continued table in a file with table rows)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.ingest.candidates import table_candidate
from assistant.ingest.frontmatter import _toc_heading
from assistant.ingest.layout import Line
from assistant.ingest.patterns import is_toc_entry
from assistant.ingest.streamread import NotStreamable
from assistant.ingest.structure import TitleFinder
from assistant.ingest.webchrome import chrome_edges


class LineSource(Protocol):
    """A document's joined display lines, as often as asked for (streamread.Source, pdfstream, docxstream)."""

    front: dict[str, Any]

    def lines(self) -> Iterator[Line]: ...


@dataclass
class Scan:
    """What pass 3 learns of the whole file (see stream.py's module doc)."""

    first: list[Line] = field(default_factory=list)  # the first window's lines
    count: int = 0
    sample: list[str] = field(default_factory=list)
    sample_len: int = 0
    title: TitleFinder = field(default_factory=TitleFinder)
    headings: bool = False
    tables: bool = False
    text: bool = False  # a line with more than spaces
    rows: bool = False  # a table row (Markdown "| a | b |"): never in a PDF
    continued: dict[str, int] = field(default_factory=dict)  # a table number seen twice: its last line


def scan(src: LineSource, first_size: int) -> Scan:
    s = Scan()
    tables: set[str] = set()
    last: Line | None = None
    for i, ln in enumerate(src.lines()):
        text = ln.text.strip()
        last = ln if text else last
        if i < first_size:
            s.first.append(ln)
        elif (not ln.table and not ln.verbatim and is_toc_entry(ln.text)) or _toc_heading(text):
            raise NotStreamable("contents lines after the first window")
        if s.sample_len < 20000:
            s.sample.append(ln.text)
            s.sample_len += len(ln.text) + 1
        s.title.see(i, ln)
        s.headings = s.headings or bool(ln.heading)
        s.text = s.text or bool(text)
        if not (ln.verbatim or ln.table) and (cand := table_candidate(text, bool(ln.heading))):
            s.tables = True  # (a merged "3.1" + title line never starts with 表)
            if cand.clause in tables:
                s.continued[cand.clause] = i  # "表C.1（续）": the table is held until its last part
            tables.add(cand.clause)
        s.rows = s.rows or ln.table
        s.count = i + 1
    if chrome_edges(s.first, last):
        raise NotStreamable("a copied web page's bars or footer (dropped by the whole parse)")
    if s.continued and s.rows:
        # after table rows, text goes back to the table's parent clause: known only at the end
        raise NotStreamable("a table number twice (a continued table) in a file with table rows")
    return s
