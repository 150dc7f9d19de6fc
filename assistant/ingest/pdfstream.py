"""A large PDF parsed in windows: memory bounded by a page and a window, not by the file.

The whole-file loader holds the file's bytes, every page's text and every cleaned line at once. Here:

1. pass 1, page by page (pypdf on the open file: it reads objects as they are asked for): the text
   layer's counts (scanned / garbled checks), each page's first and last lines (``PageEdge``: all the
   running-header/footer and page-number detection looks at), the display widths of its lines (the
   joiner's typical width) and its prepared lines spilled to a temporary file on disk;
2. ``page_plan`` over the edges: the lines to drop on each page, the running lines (metadata head);
3. the kept lines read back from the spill file, joined by ``iter_join`` with the width of pass 1,
   as often as ingest/stream.py asks for them (its passes 3 and 4: the same windows, one clause
   Builder kept across them, chunks in batches).

Each stage is the whole-file one fed in order (``prepare_page``, ``page_plan``, ``iter_join``), so the
chunks are identical; tests/test_ingest_pdfstream.py compares them on every generated PDF. What the
windows cannot decide falls back to the whole-file parse (``NotStreamable``, see stream.py).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from assistant.ingest.errors import IngestError
from assistant.ingest.layout import Line, iter_join, typical_width
from assistant.ingest.loaders import pdf_head
from assistant.ingest.manifest import Manifest
from assistant.ingest.normalize import display_width
from assistant.ingest.pagerun import PageEdge, page_plan, prepare_page
from assistant.ingest.pdfread import TextLayer, page_texts
from assistant.ingest.stream import WINDOW, DocumentStream, NotStreamable, stream_source
from assistant.settings import Settings

_BLOCK = 1 << 20


def _width_key(text: str) -> int | None:
    """As layout.width_counts counts a line (PDF lines are never headings)."""
    return display_width(text) if len(text) >= 8 else None


class PdfSource:
    """Pass 1 at construction; ``lines()`` gives the cleaned, joined lines (pass 3), each time anew."""

    front: dict[str, Any]

    def __init__(self, path: Path) -> None:
        self.path, self.front = path, {}
        self.spill: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        try:
            self._first_pass()
        except BaseException:
            self.close()
            raise

    def _first_pass(self) -> None:
        edges: list[PageEdge] = []
        widths: Counter[int] = Counter()
        layer = TextLayer()
        first_page = ""
        with self.path.open("rb") as f:
            for i, text in enumerate(page_texts(self.path, f)):
                layer.see(text)
                if i == 0:
                    first_page = text
                lines = prepare_page(text)
                edges.append(PageEdge.of(lines))
                widths.update(w for t in lines if (w := _width_key(t)) is not None)
                self.spill.write(json.dumps(lines, ensure_ascii=False) + "\n")
        layer.check(self.path)
        self.gone, running = page_plan(edges)
        for p, e in enumerate(edges):  # the dropped lines are not counted by the whole-file joiner
            for i in self.gone[p]:
                if (w := _width_key(e.line(i))) is not None:
                    widths[w] -= 1
        self.full = typical_width(+widths) * 0.85
        self.page_count = len(edges)
        self.head = pdf_head(first_page, running)

    def _kept(self) -> Iterator[Line]:
        self.spill.seek(0)
        for p, row in enumerate(self.spill):
            gone = self.gone[p]
            for i, text in enumerate(json.loads(row)):
                if i not in gone:
                    yield Line(text, page=p + 1)

    def lines(self) -> Iterator[Line]:
        return iter_join(self._kept(), "pdf", self.full)

    def close(self) -> None:
        self.spill.close()


def file_sha256(path: Path) -> str:
    """The file's sha256, read by blocks (the content hash of a streamed file)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            h.update(block)
    return h.hexdigest()


def stream_pdf(path: Path, *, manifest: Manifest | None, kb: str, max_chars: int, overlap: int,
               settings: Settings | None, batch: int = 1000, window: int = WINDOW) -> DocumentStream:
    """A PDF parsed in windows (see the module doc); raises NotStreamable when it must be parsed
    whole, IngestError for a bad PDF (the whole-file loader's one-line errors, before any chunk)."""
    if path.suffix.lower() != ".pdf":
        raise NotStreamable("not a PDF")
    try:
        with path.open("rb") as f:
            start = f.read(1024)
        digest = file_sha256(path)
    except OSError as e:
        raise IngestError(path, f"cannot read file: {e.strerror or e}") from None
    if b"%PDF" not in start:
        raise NotStreamable("no PDF header")  # parsed whole: it gives the error
    src = PdfSource(path)
    try:
        return stream_source(path, src, digest=digest, manifest=manifest, kb=kb, max_chars=max_chars,
                             overlap=overlap, settings=settings, batch=batch, window=window, head=src.head,
                             page_count=src.page_count, done=src.close)
    except BaseException:
        src.close()
        raise


__all__ = ["PdfSource", "file_sha256", "stream_pdf"]
