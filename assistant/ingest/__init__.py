"""Ingest stage: files -> ParsedDocument (metadata + clause chunks).

Public API (used by the indexer and the query analyser)::

    files, problems = discover([Path("corpus")])
    doc = parse_file(path, manifest=find_manifest(path), kb="default")
    stream = parse_stream(path, manifest=..., kb="default")   # large files: chunks in batches
    to_index_form(text)        # normalisation of index_text, applied to queries too
    canonical_doc_id(text)     # 'GB/T36132—2025' -> 'GB/T 36132-2025'
"""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.chunking import make_chunks
from assistant.ingest.discover import SUPPORTED_EXTENSIONS, discover
from assistant.ingest.discover import unsupported as _unsupported
from assistant.ingest.docxstream import stream_docx
from assistant.ingest.errors import IngestError
from assistant.ingest.frontmatter import find_toc
from assistant.ingest.headings import layout_headings
from assistant.ingest.identity import find_cover
from assistant.ingest.loaders import load
from assistant.ingest.manifest import (
    ClauseMapRow,
    EditionLink,
    Manifest,
    ManifestEntry,
    find_manifest,
)
from assistant.ingest.metadata import build_meta
from assistant.ingest.normalize import canonical_doc_id, find_doc_id, to_index_form
from assistant.ingest.pdfstream import stream_pdf
from assistant.ingest.provenance import Provenance
from assistant.ingest.report import build_report, format_report
from assistant.ingest.stream import (
    STREAM_EXTENSIONS,
    STREAM_MIN_BYTES,
    DocumentStream,
    NotStreamable,
    stream_file,
)
from assistant.ingest.structure import build_sections, numbered
from assistant.ingest.webchrome import strip_chrome
from assistant.settings import Settings
from assistant.types import ParsedDocument

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ClauseMapRow",
    "DocumentStream",
    "EditionLink",
    "IngestError",
    "Manifest",
    "ManifestEntry",
    "canonical_doc_id",
    "discover",
    "find_doc_id",
    "find_manifest",
    "format_report",
    "parse_file",
    "parse_stream",
    "to_index_form",
]


def parse_file(path: Path, *, manifest: Manifest | None = None, kb: str = "default",
               max_chars: int = 600, overlap: int = 120, settings: Settings | None = None) -> ParsedDocument:
    """Parse one file into metadata and clause chunks; raises IngestError with a one-line reason.

    ``settings`` gives the provenance (the user adding it, the trusted manifests); see provenance.py.
    """
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise _unsupported(path)
    if not path.exists():
        raise IngestError(path, "no such file")
    if not path.is_file():
        raise IngestError(path, "not a regular file")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(path, f"cannot read file: {e.strerror or e}") from None
    if not data.strip():
        raise IngestError(path, "empty file")
    raw = load(path, data)
    if not any(ln.text.strip() for ln in raw.lines):  # front matter or comments only: an empty document
        raise IngestError(path, "no text to index (only front matter, comments or markup)")
    entry = manifest.entry_for(path) if manifest is not None else None
    full_text = "\n".join(ln.text for ln in raw.lines)
    lines, head = strip_chrome(raw.lines), raw.head  # a copied web page's bars and footer are not text
    toc = find_toc(lines)
    sections = build_sections(lines, toc=toc)
    layout = False
    if not any(ln.heading for ln in lines) and not numbered(sections):
        marked = layout_headings(lines)  # no numbering and no heading styles: headings by layout
        if marked is not lines:
            lines, head, layout = marked, marked[:40], True
    cover = find_cover(lines)
    prov = Provenance.from_settings(settings)
    meta = build_meta(path, data, head=head, full_text=full_text, front_matter=raw.front_matter,
                      entry=entry, kb=kb, page_count=raw.page_count, cover=cover,
                      shipped=prov.shipped(manifest, entry is not None), provenance=prov)
    if layout or (cover is not None and cover.letter_end):
        sections = build_sections(lines, letter_end=cover.letter_end if cover else None, toc=toc)
    chunks = make_chunks(sections, meta, max_chars=max(max_chars, 50),
                         overlap=max(0, min(overlap, max_chars // 2)))
    report = build_report(meta, sections, chunks, toc_entries=toc.entries, cover=cover, layout=layout,
                          notes=raw.warnings)
    return ParsedDocument(meta=meta, chunks=chunks, report=report)


_STREAMERS = {**dict.fromkeys(STREAM_EXTENSIONS, stream_file), ".pdf": stream_pdf, ".docx": stream_docx}


def parse_stream(path: Path, *, manifest: Manifest | None = None, kb: str = "default", max_chars: int = 600,
                 overlap: int = 120, settings: Settings | None = None, batch: int = 1000,
                 min_bytes: int = STREAM_MIN_BYTES, window: int | None = None) -> DocumentStream:
    """``parse_file`` with the chunks handed over in batches of at most ``batch``: a text or Markdown
    file of ``min_bytes`` or more is parsed in windows (ingest/stream.py: memory bounded by a window,
    the same chunks), and so are a PDF (ingest/pdfstream.py: page by page) and a DOCX
    (ingest/docxstream.py: paragraph by paragraph); what a stream cannot decide is parsed whole.
    Raises IngestError before any batch."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        big = suffix in _STREAMERS and path.is_file() and path.stat().st_size >= min_bytes
    except OSError:
        big = False
    if big:
        try:
            kw = {} if window is None else {"window": window}
            return _STREAMERS[suffix](path, manifest=manifest, kb=kb, max_chars=max_chars, overlap=overlap,
                                      settings=settings, batch=batch, **kw)
        except NotStreamable:
            pass  # parsed whole below (it gives the error, if any)
    doc = parse_file(path, manifest=manifest, kb=kb, max_chars=max_chars, overlap=overlap, settings=settings)
    chunks = doc.chunks
    return DocumentStream(meta=doc.meta, batches=(chunks[i:i + batch] for i in range(0, len(chunks), batch)),
                          report=doc.report)
