"""Large text and Markdown files parsed in windows: memory bounded by a window, not by the file.

A whole-file parse holds the file's lines, sections and chunks at once (a 10.6 MB text file:
~200 MB more peak memory in the ingest). Here the file is read four times, never held:

1. bytes: sha256, strict UTF-8 (BOM or not), control characters, counted block by block;
2. (plain text only) the display width of each line, for the joiner's typical width;
3. (streamscan.py) the joined lines once: the head (40 lines), the cover (first window), the language sample, the
   title heading, the contents (目次/前言 found in the first window), captioned tables;
4. the joined lines again through one clause ``Builder`` kept across windows of ``window`` lines
   (four lines of look-ahead past each cut), handing over each section's chunks as soon as nothing
   later can change it, in batches.

The stages are the whole-file ones (``iter_join``, ``markdown_lines``, ``Builder.step``,
``section_chunks``, ``Tally``), fed in order, so the chunks are identical (tests/test_ingest_stream.py
compares them on the corpus, the replicas and generated files cut into many windows). What a
window cannot decide, the file is parsed whole instead (``NotStreamable``): non-UTF-8 bytes; a
contents list or leader lines after the first window; a layout-headed file (no headings, no top
numbering in the first window); a cover letter without headings; a captioned table number seen
twice in a file with table rows (``表1（续）`` reopens a section, and the text after its rows
goes back to the table's parent; without rows, as in a PDF, the table and what follows it are held
until the line of its last continuation has been taken); unclosed front matter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.ingest.chunking import SectionParts, part_chunk
from assistant.ingest.clauses import TOC_NAMES
from assistant.ingest.errors import IngestError
from assistant.ingest.frontmatter import TocEntries, find_toc
from assistant.ingest.identity import Cover, find_cover
from assistant.ingest.layout import Line
from assistant.ingest.manifest import Manifest
from assistant.ingest.metadata import build_meta
from assistant.ingest.provenance import Provenance
from assistant.ingest.report import Tally
from assistant.ingest.streamread import NotStreamable, Source, bytes_ok
from assistant.ingest.streamscan import LineSource
from assistant.ingest.streamscan import scan as scan_lines
from assistant.ingest.structure import Builder, Section, numbered
from assistant.settings import Settings
from assistant.types import Chunk, DocumentMeta, ParseReport

STREAM_MIN_BYTES = 4 << 20  # smaller files are parsed whole (cheaper: one read, no checks)
WINDOW = 2000  # joined lines per window
_FIRST = 300  # the first window holds at least the cover's 260 lines and the head's 40
_LOOK = 4  # lines a Builder step may look past the line it takes
_LONG = 500  # lines of an open section that are cut into parts before it closes
_TRIM = 1000  # emitted sections let go of at once
STREAM_EXTENSIONS = frozenset({".txt", ".md", ".markdown"})


@dataclass
class DocumentStream:
    """A parsed document whose chunks come in batches. ``report`` is set once they are all out."""

    meta: DocumentMeta
    batches: Iterator[list[Chunk]]
    report: ParseReport | None = None
    streamed: bool = False


class _Windows:
    """Pass 4: the Builder over windows; sections handed over once final."""

    def __init__(self, lines: Iterator[Line], builder: Builder, *, tables: bool, meta: DocumentMeta,
                 max_chars: int, overlap: int, window: int, first_size: int,
                 continued: dict[str, int] | None = None) -> None:
        self.src, self.b, self.tables, self.meta = lines, builder, tables, meta
        self.continued = continued or {}
        self.max_chars, self.overlap, self.window, self.first_size = max_chars, overlap, window, first_size
        self.buf: list[Line] = []
        self.base = self.i = self.done = self.order = 0
        self.eof = False
        self.tally = Tally()
        self.parts: SectionParts | None = None  # of sections[done], when it goes out in parts
        self.gone = Section("", "", "", 0, "emitted")  # stands for the emitted clauses in Builder.ids
        self.part = 0

    def _fill(self, n: int) -> None:
        while not self.eof and len(self.buf) - self.i < n:
            ln = next(self.src, None)
            if ln is None:
                self.eof = True
            else:
                self.buf.append(ln)

    def _advance(self) -> None:
        stop = len(self.buf) if self.eof else len(self.buf) - _LOOK
        while self.i < stop:
            self.i = self.b.step(self.buf, self.i, self.base)
        del self.buf[: self.i]  # taken: the sections hold what they need
        self.base += self.i
        self.i = 0

    def first(self, letter_end: int | None, need_numbering: bool) -> None:
        """The first window (a cover letter taken whole); without headings, the lines up to the end
        of the first window of the scan must show the top-level numbering (else: layout headings)."""
        self._fill(max(self.window, letter_end or 0) + _LOOK)
        if letter_end:
            self.i = self.b.start_letter(self.buf, letter_end)
        self._advance()
        while need_numbering and not self.eof and self.base < self.first_size and not numbered(self.b.sections):
            self._fill(self.window + _LOOK)
            self._advance()
        if need_numbering and not numbered(self.b.sections):
            raise NotStreamable("no headings and no numbering in the first window (layout headings)")

    def _final(self, s: Section) -> bool:
        b = self.b
        if s is b.current:
            return False
        if self._retitled():
            return False
        if self.base <= self.continued.get(s.clause, -1):
            return False  # a continued table ("表C.1（续）" still to come) gets more lines
        if any(x is s for x in b.stack):
            # a clause on the stack gets more lines back after a captioned table under it, and a
            # clause without text lists its children: both are known only when it is closed
            return not self.tables and (bool(s.lines) or (self.parts is not None and self.parts.fed))
        return True

    def _retitled(self) -> bool:
        """The title line is still to come: it re-heads the cover section."""
        return self.b.title_line is not None and self.base <= self.b.title_line

    def _flush(self, everything: bool) -> Iterator[Chunk]:
        sections = self.b.sections
        while self.done < len(sections):
            s = sections[self.done]
            if s.clause in TOC_NAMES:  # never output (nor counted): skipped, even while it is open
                self.done += 1
                s.lines = []
                continue
            if not (everything or self._final(s)):
                # A long open section (lines are only ever added at its end) goes out in parts:
                # its complete parts now, its lines let go.
                if len(s.lines) >= _LONG and not self._retitled():
                    yield from self._parts(s, s.lines)
                    s.lines = []
                break
            self.done += 1
            if self.parts is None and s.scheme == "cover" and not s.lines:
                self.tally.section(s)  # an empty cover gives no chunk
                continue
            yield from self._parts(s, s.lines, final=True)
            s.lines, s.children = [], []  # emitted: only its heading is needed (a parent's summary)
        if self.done > _TRIM:
            ids = self.b.ids
            for s in sections[: self.done]:
                if ids.get(s.clause) is s:  # its id stays taken (a second "4.1" is "4.1(2)"), the clause
                    ids[s.clause] = self.gone  # goes: else every clause of the file is held to its end
            del sections[: self.done]
            self.done = 0

    def _parts(self, s: Section, lines: list[Line], final: bool = False) -> Iterator[Chunk]:
        if self.parts is None:
            self.parts, self.part = SectionParts(s, self.max_chars, self.overlap), 0
            self.tally.open(s)
        self.tally.lines(s, lines)
        texts = self.parts.feed(lines) + (self.parts.finish() if final else [])
        for text, pages in texts:
            c = part_chunk(s, self.meta, self.part, text, pages, self.order)
            self.part += 1
            self.order += 1
            self.tally.chunk(c)
            yield c
        if final:
            self.parts = None

    def chunks(self) -> Iterator[Chunk]:
        yield from self._flush(False)
        while not self.eof:
            self._fill(self.window + _LOOK)
            self._advance()
            yield from self._flush(self.eof)
        yield from self._flush(True)


def _batched(chunks: Iterator[Chunk], size: int) -> Iterator[list[Chunk]]:
    part: list[Chunk] = []
    for c in chunks:
        part.append(c)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def stream_file(path: Path, *, manifest: Manifest | None, kb: str, max_chars: int, overlap: int,
                settings: Settings | None, batch: int = 1000, window: int = WINDOW) -> DocumentStream:
    """A text or Markdown file parsed in windows (see the module doc); raises NotStreamable when
    it must be parsed whole, IngestError for bad input (before any chunk is handed over)."""
    if path.suffix.lower() not in STREAM_EXTENSIONS:
        raise NotStreamable("not a text or Markdown file")
    try:
        digest, bom = bytes_ok(path)
    except OSError as e:
        raise IngestError(path, f"cannot read file: {e.strerror or e}") from None
    return stream_source(path, Source(path, bom), digest=digest, manifest=manifest, kb=kb, max_chars=max_chars,
                         overlap=overlap, settings=settings, batch=batch, window=window)


def stream_source(path: Path, src: LineSource, *, digest: str, manifest: Manifest | None, kb: str,
                  max_chars: int, overlap: int, settings: Settings | None, batch: int = 1000,
                  window: int = WINDOW, head: list[Line] | None = None, page_count: int | None = None,
                  done: Callable[[], None] | None = None, notes: tuple[str, ...] = ()) -> DocumentStream:
    """Passes 3 and 4 over ``src`` (``head``: the metadata head when it is not the first 40 lines,
    as for a PDF; ``done``: called once the last batch is out; ``notes``: the loader's warnings for
    the report, as the whole parse gives them)."""
    first_size = max(window, _FIRST)
    scan = scan_lines(src, first_size)
    if not scan.text:
        raise NotStreamable("no text")
    toc: TocEntries = find_toc(scan.first)
    if scan.count > len(scan.first) and toc.reach >= len(scan.first) - 1:
        raise NotStreamable("the contents reach the end of the first window")
    cover: Cover | None = find_cover(scan.first)
    letter_end = cover.letter_end if cover is not None else None
    if letter_end and not scan.headings:
        raise NotStreamable("a cover letter in a file without headings")
    entry = manifest.entry_for(path) if manifest is not None else None
    prov = Provenance.from_settings(settings)
    meta = build_meta(path, b"", content_hash=digest, head=scan.first[:40] if head is None else head,
                      full_text="\n".join(scan.sample), front_matter=src.front, entry=entry, kb=kb,
                      page_count=page_count, cover=cover, shipped=prov.shipped(manifest, entry is not None),
                      provenance=prov)
    max_chars, overlap = max(max_chars, 50), max(0, min(overlap, max_chars // 2))
    first, scan.first = scan.first, []
    del first
    win = _Windows(src.lines(), Builder(toc, scan.title.result()), tables=scan.tables, meta=meta,
                   max_chars=max_chars, overlap=overlap, window=window, first_size=first_size,
                   continued=scan.continued)
    win.first(letter_end, need_numbering=not scan.headings)
    out = DocumentStream(meta=meta, batches=iter(()), streamed=True)

    def batches() -> Iterator[list[Chunk]]:
        try:
            yield from _batched(win.chunks(), batch)
            out.report = win.tally.report(meta, toc_entries=toc.entries, cover=cover, layout=False, notes=notes)
        finally:
            if done is not None:
                done()

    out.batches = batches()
    return out


__all__ = ["STREAM_MIN_BYTES", "DocumentStream", "LineSource", "NotStreamable", "stream_file", "stream_source"]
