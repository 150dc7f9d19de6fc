"""Sections -> chunks: one per clause, oversized clauses split at sentence or table-row boundaries."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from assistant.ingest.layout import Line
from assistant.ingest.normalize import to_index_form
from assistant.ingest.provenance import has_payment_details, is_instruction
from assistant.ingest.structure import COVER, Section
from assistant.types import Chunk, DocumentMeta, make_key

_SENTENCE_END = re.compile(r"(?<=[。；！？!?;])")
_SOFT_BREAK = re.compile(r"[，、：,:；;。）)]")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{3,}")
_CONFIDENCE = re.compile(r"【\s*置信度\s*[:：]\s*(高|中|低|H|M|L)\s*】")
_RANK = {"L": 0, "M": 1, "H": 2}
_LETTER = {"高": "H", "中": "M", "低": "L", "H": "H", "M": "M", "L": "L"}


@dataclass(slots=True)
class Piece:
    text: str
    pages: tuple[int, ...]
    newline: bool  # starts a new line in the rendered text
    table: int | None = None  # table group of a row piece


def chunk_id(source_id: str, key: str, part: int, text: str, origin: str = "user") -> str:
    """Content hash. A shipped chunk's hash also covers its origin: homes indexed before provenance
    was stored (every chunk read back as 'user') re-store their shipped chunks once, with it."""
    tail = "\x1fshipped" if origin == "shipped" else ""
    return hashlib.sha256(f"{source_id}\x1f{key}\x1f{part}\x1f{text}{tail}".encode()).hexdigest()[:32]


def lowest_confidence(text: str, base: str | None) -> str:
    """Lowest of the document's confidence and the 【置信度：中/低】 markers in ``text``."""
    levels = [base or "H"] + [_LETTER[m] for m in _CONFIDENCE.findall(text)]
    return min(levels, key=_RANK.__getitem__)


# --- pieces -----------------------------------------------------------------------------------
def _table_pieces(rows: list[Line], headers: dict[int, str]) -> list[Piece]:
    """A run of table rows: its header (one row, or two with a separator) and a piece per row."""
    group = len(headers)
    texts = [r.text for r in rows]
    pages = tuple(rows[0].pages)
    n_head = 2 if len(texts) > 1 and _TABLE_SEP.match(texts[1]) else 1
    headers[group] = "\n".join(texts[:n_head])
    data = texts[n_head:]
    out = [Piece(headers.pop(group), pages, True)] if not data else []
    return out + [Piece(r, pages, True, group) for r in data]


def _prose_pieces(ln: Line, budget: int) -> list[Piece]:
    pages = tuple(ln.pages)
    if len(ln.text) <= budget:
        return [Piece(ln.text, pages, True)]
    out: list[Piece] = []
    for sentence in (s for s in _SENTENCE_END.split(ln.text) if s):
        while len(sentence) > budget:
            cut = budget
            soft = [m.end() for m in _SOFT_BREAK.finditer(sentence, budget // 2, budget)]
            if soft:
                cut = soft[-1]
            out.append(Piece(sentence[:cut], pages, not out))
            sentence = sentence[cut:]
        if sentence:
            out.append(Piece(sentence, pages, not out))
    return out


def _cost(p: Piece, empty: bool, tables: set[int], headers: dict[int, str]) -> int:
    n = len(p.text) + (0 if empty or not (p.newline or p.table is not None) else 1)
    if p.table is not None and p.table not in tables:
        n += len(headers[p.table]) + (0 if empty else 1)
    return n


def _overlap(prev: list[Piece], overlap: int) -> list[Piece]:
    """Trailing prose of the previous part (whole sentences if they fit), to start the next part."""
    tail: list[Piece] = []
    total = 0
    for p in reversed(prev):
        if p.table is not None or total + len(p.text) > overlap:
            break
        tail.insert(0, p)
        total += len(p.text)
    if not tail and prev and prev[-1].table is None and overlap > 0:
        text = prev[-1].text[-overlap:]
        soft = _SOFT_BREAK.search(text, 0, len(text) // 2)
        if soft and soft.end() < len(text):
            text = text[soft.end():]
        tail = [Piece(text, prev[-1].pages, True)]
    if tail:
        tail[0] = replace(tail[0], newline=True)
    return tail


class _Packer:
    """Pieces into parts of at most ``budget`` characters, a part at a time (``push``)."""

    def __init__(self, headers: dict[int, str], budget: int, overlap: int) -> None:
        self.headers, self.budget, self.overlap = headers, budget, overlap
        self.cur: list[Piece] = []
        self.size = 0
        self.tables: set[int] = set()

    def push(self, p: Piece) -> list[Piece] | None:
        """Add a piece; returns the part it closed, if any."""
        headers, budget, done = self.headers, self.budget, None
        cost = _cost(p, not self.cur, self.tables, headers)
        if self.cur and self.size + cost > budget:
            done = self.cur
            self.cur = _overlap(self.cur, self.overlap)
            self.tables = set()
            self.size = sum(_cost(q, k == 0, self.tables, headers) for k, q in enumerate(self.cur))
            cost = _cost(p, not self.cur, self.tables, headers)
            if self.cur and self.size + cost > budget:
                self.cur, self.size = [], 0
                cost = _cost(p, True, self.tables, headers)
        self.cur.append(p)
        self.size += cost
        if p.table is not None:
            self.tables.add(p.table)
        return done


def _render(part: list[Piece], headers: dict[int, str]) -> str:
    out: list[str] = []
    shown: set[int] = set()
    for p in part:
        if p.table is not None and p.table not in shown:
            out.append(("\n" if out else "") + headers[p.table])
            shown.add(p.table)
        sep = "\n" if out and (p.newline or p.table is not None) else ""
        out.append(sep + p.text)
    return "".join(out)


# --- chunks -----------------------------------------------------------------------------------
def _children_summary(sec: Section) -> list[Line]:
    """A parent clause with no text of its own: list its children's headings."""
    # Untitled children (第一条 …) are listed by number only: their text is theirs, not the parent's.
    # A run-in title ("（一）绿色工厂。…") names its item without taking its text.
    return [Line(child.heading if child.title in child.heading else f"{child.heading} {child.title}")
            for child in sec.children]


class SectionParts:
    """The chunk texts of one section from its lines fed in order (a streamed file feeds a long
    section window by window): ``feed`` returns the parts it completed, ``finish`` the rest."""

    def __init__(self, sec: Section, max_chars: int, overlap: int) -> None:
        self.sec = sec
        heading = sec.heading
        self.budget = max(max_chars - len(heading) - 1, max_chars // 3) if heading else max_chars
        self.headers: dict[int, str] = {}
        self.packer = _Packer(self.headers, self.budget, min(overlap, self.budget // 2))
        self.rows: list[Line] = []  # a table run not yet closed by a line after it
        self.fed = False  # any lines (else the section lists its children)
        self.pieces = False
        self.k = 0

    def feed(self, lines: list[Line]) -> list[tuple[str, list[int]]]:
        self.fed = self.fed or bool(lines)
        out: list[tuple[str, list[int]]] = []
        for ln in lines:
            if ln.table:
                self.rows.append(ln)
                continue
            if self.rows:
                self._push(_table_pieces(self.rows, self.headers), out)
                self.rows = []
            self._push(_prose_pieces(ln, self.budget), out)
        return out

    def finish(self) -> list[tuple[str, list[int]]]:
        out: list[tuple[str, list[int]]] = []
        if not self.fed:
            self.feed(_children_summary(self.sec))
        if self.rows:
            self._push(_table_pieces(self.rows, self.headers), out)
            self.rows = []
        if not self.pieces:
            return [(self.sec.heading, list(self.sec.pages))]
        if self.packer.cur:
            out.append(self._render(self.packer.cur))
        return out

    def _push(self, pieces: list[Piece], out: list[tuple[str, list[int]]]) -> None:
        for p in pieces:
            self.pieces = True
            done = self.packer.push(p)
            if done is not None:
                out.append(self._render(done))

    def _render(self, part: list[Piece]) -> tuple[str, list[int]]:
        sec = self.sec
        body = _render(part, self.headers)
        text = f"{sec.heading}{' ' if sec.inline else chr(10)}{body}" if sec.heading else body
        pages = {pg for p in part for pg in p.pages}
        if self.k == 0:
            pages.update(sec.pages)
        self.k += 1
        return text, sorted(pages)


def section_parts(sec: Section, max_chars: int, overlap: int) -> list[tuple[str, list[int]]]:
    """The texts (heading line first) and pages of the chunks of one section."""
    parts = SectionParts(sec, max_chars, overlap)
    return parts.feed(sec.lines) + parts.finish()


def make_chunks(sections: list[Section], meta: DocumentMeta, *, max_chars: int = 600,
                overlap: int = 120) -> list[Chunk]:
    chunks: list[Chunk] = []
    for sec in sections:
        chunks += section_chunks(sec, meta, max_chars=max_chars, overlap=overlap, order=len(chunks))
    return chunks


def section_chunks(sec: Section, meta: DocumentMeta, *, max_chars: int, overlap: int, order: int) -> list[Chunk]:
    """The chunks of one section; ``order``: how many chunks the sections before it gave."""
    if sec.scheme == "cover" and not sec.lines:
        return []
    return [part_chunk(sec, meta, k, text, pages, order + k)
            for k, (text, pages) in enumerate(section_parts(sec, max_chars, overlap))]


def part_chunk(sec: Section, meta: DocumentMeta, part: int, text: str, pages: list[int], order: int) -> Chunk:
    """Part ``part`` of a section as a chunk (``order``: its place in the document)."""
    key = make_key(meta.doc_id, sec.clause)
    return Chunk(
        id=chunk_id(meta.source_id, key, part, text, meta.origin), key=key, doc_id=meta.doc_id,
        source_id=meta.source_id, clause=sec.clause,
        title=sec.title or (COVER if sec.scheme == "cover" else ""),
        clause_path=sec.path, pages=pages, text=text, index_text=to_index_form(text),
        part=part, order=order, confidence=lowest_confidence(text, meta.confidence),
        doc_title=meta.title, kind=meta.kind, status=meta.status,
        superseded_by=meta.superseded_by, edition_year=meta.edition_year, kb=meta.kb,
        origin=meta.origin, identity=meta.identity, claimed_id=meta.claimed_id,
        added_by=meta.added_by, added_at=meta.added_at, source_file=meta.path,
        instruction=is_instruction(text), payment=has_payment_details(text),
    )
