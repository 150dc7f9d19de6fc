"""Reading a PDF's text layer page by page (pypdf), shared by the whole-file loader and the streamed
path: the same checks and the same one-line errors for both."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from assistant.ingest.errors import IngestError

MIN_PDF_TEXT = 10  # non-space characters in the whole file


@contextmanager
def _quiet() -> Iterator[None]:
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


_REOPEN = 200  # pages read by one PdfReader: it caches every object it resolved (3,000 pages: +24 MB)


def _open(path: Path, f: IO[bytes]) -> Any:
    import pypdf

    try:
        reader = pypdf.PdfReader(f)
    except Exception as e:
        raise IngestError(path, f"unreadable PDF: {e or type(e).__name__}") from None
    if reader.is_encrypted:
        try:
            ok = bool(reader.decrypt(""))
        except Exception:
            ok = False
        if not ok:
            raise IngestError(path, "encrypted PDF: decrypt it first")
    return reader


def page_texts(path: Path, f: IO[bytes]) -> Iterator[str]:
    """Each page's extracted text, in order. ``f`` is read lazily by pypdf (objects on demand); the
    reader is opened afresh every ``_REOPEN`` pages so that its object cache stays bounded too.
    Raises IngestError (one line naming the file and the reason)."""
    from pypdf.errors import FileNotDecryptedError

    with _quiet():
        reader = _open(path, f)
        try:
            n = len(list(reader.pages))  # as the whole-file loader always did: the same errors
        except Exception as e:
            raise IngestError(path, f"unreadable PDF: {e or type(e).__name__}") from None
        if not n:
            raise IngestError(path, "PDF has no pages")
        for i in range(n):
            if i and i % _REOPEN == 0:
                f.seek(0)
                reader = _open(path, f)
            try:
                text = reader.pages[i].extract_text() or ""
            except FileNotDecryptedError:
                raise IngestError(path, "encrypted PDF: decrypt it first") from None
            except Exception as e:
                raise IngestError(path, f"unreadable PDF page {i + 1}: {e or type(e).__name__}") from None
            yield text


class TextLayer:
    """Counts over the pages' text for the scanned / garbled checks (page by page)."""

    def __init__(self) -> None:
        self.chars = self.junk = 0

    def see(self, text: str) -> None:
        for ch in text:
            if ch.isspace():
                continue
            self.chars += 1
            if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or unicodedata.category(ch) == "Cc":
                self.junk += 1

    def check(self, path: Path) -> None:
        if self.chars < MIN_PDF_TEXT:
            raise IngestError(path, "no text layer (scanned images?): run OCR first")
        if self.junk > 0.3 * self.chars:
            raise IngestError(path, "text layer is garbled (fonts without Unicode mapping?): run OCR first")
