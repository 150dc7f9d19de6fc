"""Reading a large text or Markdown file for ingest/stream.py: checked by blocks, its lines as often
as asked for, each time from the disk (never the whole text in memory)."""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.ingest.layout import Line, iter_join, typical_width, width_counts
from assistant.ingest.loaders import markdown_lines, plain_line, split_front_matter

_BLOCK = 1 << 20
_FRONT_MAX = 2000  # physical lines of front matter looked for
_CC = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")  # Cc less \t\n\v\f\r and ESC, as decode_text


class NotStreamable(Exception):
    """This file needs its whole text at once; parse it whole (the reason, for tests and logs)."""


def bytes_ok(path: Path) -> tuple[str, bool]:
    """(sha256, has BOM) when the file is strict UTF-8 text as decode_text would accept it."""
    h = hashlib.sha256()
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    n = bad = 0
    bom = text_seen = False
    with path.open("rb") as f:
        first = True
        while block := f.read(_BLOCK):
            h.update(block)
            if first:
                first, bom = False, block.startswith(codecs.BOM_UTF8)
                block = block[len(codecs.BOM_UTF8):] if bom else block
            if b"\x00" in block:
                raise NotStreamable("NUL bytes")
            try:
                text = dec.decode(block)
            except UnicodeDecodeError:
                raise NotStreamable("not UTF-8") from None
            n += len(text)
            bad += len(_CC.findall(text))
            text_seen = text_seen or bool(text.strip())
    try:
        dec.decode(b"", final=True)
    except UnicodeDecodeError:
        raise NotStreamable("not UTF-8") from None
    if bad > max(2, n // 1000) or not text_seen:
        raise NotStreamable("control characters or no text")
    return h.hexdigest(), bom


def _physical(path: Path, bom: bool) -> Iterator[str]:
    """The text's lines as ``text.split("\\n")`` after decode_text's newline normalisation."""
    with path.open(encoding="utf-8-sig" if bom else "utf-8", newline=None) as f:
        ended = True
        for raw in f:
            ended = raw.endswith("\n")
            yield raw[:-1] if ended else raw
        if ended:
            yield ""


def _body(path: Path, bom: bool) -> tuple[dict[str, Any], Iterator[str]]:
    """Markdown: the front matter and the body's physical lines (as split_front_matter splits)."""
    lines = _physical(path, bom)
    head = [next(lines)]
    if head[0].strip() == "---":
        for raw in lines:
            head.append(raw)
            if raw.strip() in ("---", "..."):
                break
            if len(head) >= _FRONT_MAX:
                raise NotStreamable("front matter not closed early")
    text = "\n".join(head)
    front, rest = split_front_matter(path, text)
    body = iter(head) if rest == text else iter(())
    return front, _chain(body, lines)


def _chain(a: Iterator[str], b: Iterator[str]) -> Iterator[str]:
    yield from a
    yield from b


class Source:
    """The file's joined display lines, as often as asked for."""

    def __init__(self, path: Path, bom: bool) -> None:
        self.path, self.bom = path, bom
        self.markdown = path.suffix.lower() in (".md", ".markdown")
        self.front: dict[str, Any] = {}
        self.full = 10.0**6  # Markdown never joins by width
        if not self.markdown:
            widths = width_counts(plain_line(t) for t in _physical(path, bom))
            self.full = typical_width(widths) * 0.85

    def lines(self) -> Iterator[Line]:
        if self.markdown:
            self.front, body = _body(self.path, self.bom)
            display = markdown_lines(body)
        else:
            display = (plain_line(t) for t in _physical(self.path, self.bom))
        return (ln for ln in iter_join(display, "md" if self.markdown else "txt", self.full) if ln.text)
