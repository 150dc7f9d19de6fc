"""A large DOCX parsed in windows: memory bounded by a paragraph (a table row) and a window, not by
the file.

The whole-file loader holds the file's bytes, python-docx's tree of every part and every line at
once. Here:

1. the package's main part, its styles part and its numbering part, found as python-docx finds
   them (docxpkg.py, as the whole loader does: no other part is opened), the styles and numbering
   parts read whole (they are small);
2. the main part read once from the zip by an incremental parser (lxml ``iterparse``, the options
   python-docx parses with), each body-level ``w:p`` and each ``w:tr`` of a body-level ``w:tbl``
   turned into a ``Para`` or table lines (docxxml.py, docxlines.table_row: the functions the whole
   loader uses) as soon as it ends, then cleared; those blocks spilled to a temporary file, and
   whether any paragraph has a heading style (the bold-heading rule needs the whole body's answer);
3. the spilled blocks read back through ``docxlines.docx_lines`` (the whole loader's line rules), as
   often as ingest/stream.py asks for them (its passes 3 and 4: windows, one clause Builder, batches).

So the chunks are identical (tests/test_ingest_docxstream.py compares them). A bad zip or bad XML in
the parts read gives the whole loader's one-line error (``unreadable DOCX: …``) before any chunk;
what the stream cannot decide (not a zip, not a Word main part, no styles part, an odd package) is
left to the whole-file parse (``NotStreamable``), which gives its own answer. Like the whole
loader, other parts (headers, footers, comments, images) are never parsed: a broken one does not
make the body unreadable in either; a broken numbering part loses only the automatic numbers.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from assistant.ingest.docxlines import docx_lines, heading_style, table_row
from assistant.ingest.docxnum import UNREADABLE, ListCounter, Numbering
from assistant.ingest.docxpkg import OddPackage, numbering, package, xml
from assistant.ingest.docxxml import (
    BODY,
    DOCUMENT,
    TBL,
    TR,
    DocxStyles,
    P,
    Para,
    TableRows,
    paragraph,
)
from assistant.ingest.errors import IngestError
from assistant.ingest.layout import Line
from assistant.ingest.manifest import Manifest
from assistant.ingest.pdfstream import file_sha256
from assistant.ingest.stream import WINDOW, DocumentStream, NotStreamable, stream_source
from assistant.settings import Settings


def _drop(el: Any) -> None:
    """An element read: cleared, and it and its earlier siblings let go (iterparse builds a tree)."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    while el.getprevious() is not None:
        del parent[0]


def spill_blocks(f: IO[bytes], styles: DocxStyles, out: IO[str], lists: Numbering | None = None) -> bool:
    """The body's paragraphs and table lines from the main part's XML ``f``, one JSON row each, to
    ``out``; whether a paragraph has a heading style (or an outline level). ``lists``: the numbering
    part's lists (automatic numbers read into the text, as the whole loader does)."""
    from lxml import etree

    styled = in_body = body_seen = False
    depth = r = 0
    rows: TableRows | None = None
    counter = ListCounter(lists or Numbering())
    for event, el in etree.iterparse(f, events=("start", "end"), remove_blank_text=True, resolve_entities=False):
        if event == "start":
            depth += 1
            if depth == 1 and el.tag != DOCUMENT:
                raise NotStreamable("the main part is not a w:document")
            if depth == 2 and el.tag == BODY and not body_seen:  # python-docx reads the first w:body
                in_body = body_seen = True
            elif depth == 3 and in_body and el.tag == TBL:
                rows, r = TableRows(styles, counter), 0
            continue
        if in_body and depth == 4 and rows is not None and el.tag == TR:
            for ln in table_row(rows.cells(el), r):
                out.write(json.dumps(["t", ln.text], ensure_ascii=False) + "\n")
            r += 1
            _drop(el)
        elif in_body and depth == 3:
            if el.tag == P:
                para = paragraph(el, styles, counter)
                styled = styled or heading_style(para)
                if para.text.strip():  # an empty paragraph gives no line and changes nothing
                    out.write(json.dumps(["p", para.style, para.text, para.bold, para.centred, para.outline,
                                          para.joined], ensure_ascii=False) + "\n")
            rows = None
            _drop(el)
        elif depth == 2 and el.tag == BODY:
            in_body = False
        depth -= 1
    return styled


class DocxSource:
    """Steps 1 and 2 at construction; ``lines()`` gives the lines (step 3), each time anew."""

    front: dict[str, Any]

    def __init__(self, path: Path) -> None:
        self.path, self.front = path, {}
        self.notes: tuple[str, ...] = ()  # the parse report's warnings (an unreadable numbering part)
        self.spill: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        try:
            self.styled = self._first_pass()
        except BaseException:
            self.close()
            raise

    def _first_pass(self) -> bool:
        try:
            with zipfile.ZipFile(self.path) as z:
                try:
                    main, styles, lists = package(z)
                except OddPackage as e:
                    raise NotStreamable(str(e)) from None
                table = DocxStyles.of(xml(z, styles))
                numbers = numbering(z, lists, self.path.name)
                self.notes = (UNREADABLE,) if numbers.problem else ()
                with z.open(main) as f:
                    return spill_blocks(f, table, self.spill, numbers)
        except (NotStreamable, IngestError):
            raise
        except OSError as e:
            raise IngestError(self.path, f"cannot read file: {e.strerror or e}") from None
        except Exception as e:  # bad zip data (CRC, deflate), a missing part, bad XML
            raise IngestError(self.path, f"unreadable DOCX: {e or type(e).__name__}") from None

    def _blocks(self) -> Iterator[Para | Line]:
        self.spill.seek(0)
        for row in self.spill:
            x = json.loads(row)
            yield Line(x[1], table=True) if x[0] == "t" else Para(*x[1:])

    def lines(self) -> Iterator[Line]:
        return docx_lines(self._blocks(), self.styled)

    def close(self) -> None:
        self.spill.close()


def stream_docx(path: Path, *, manifest: Manifest | None, kb: str, max_chars: int, overlap: int,
                settings: Settings | None, batch: int = 1000, window: int = WINDOW) -> DocumentStream:
    """A DOCX parsed in windows (see the module doc); raises NotStreamable when it must be parsed
    whole, IngestError for a bad DOCX (the whole loader's one-line errors, before any chunk)."""
    if path.suffix.lower() != ".docx":
        raise NotStreamable("not a DOCX")
    try:
        digest = file_sha256(path)
        is_zip = zipfile.is_zipfile(path)
    except OSError as e:
        raise IngestError(path, f"cannot read file: {e.strerror or e}") from None
    if not is_zip:
        raise NotStreamable("not a zip archive")  # parsed whole: it gives the error
    src = DocxSource(path)
    try:
        return stream_source(path, src, digest=digest, manifest=manifest, kb=kb, max_chars=max_chars,
                             overlap=overlap, settings=settings, batch=batch, window=window, done=src.close,
                             notes=src.notes)
    except BaseException:
        src.close()
        raise


__all__ = ["DocxSource", "spill_blocks", "stream_docx"]
