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
def _pieces(lines: list[Line], budget: int) -> tuple[list[Piece], dict[int, str]]:
    pieces: list[Piece] = []
    headers: dict[int, str] = {}
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.table:
            group = len(headers)
            rows = [ln.text]
            i += 1
            while i < len(lines) and lines[i].table:
                rows.append(lines[i].text)
                i += 1
            n_head = 2 if len(rows) > 1 and _TABLE_SEP.match(rows[1]) else 1
            headers[group] = "\n".join(rows[:n_head])
            data = rows[n_head:]
            if not data:
                pieces.append(Piece(headers.pop(group), tuple(ln.pages), True))
            pieces.extend(Piece(r, tuple(ln.pages), True, group) for r in data)
            continue
        pieces.extend(_prose_pieces(ln, budget))
        i += 1
    return pieces, headers


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


def _pack(pieces: list[Piece], headers: dict[int, str], budget: int, overlap: int) -> list[list[Piece]]:
    parts: list[list[Piece]] = []
    cur: list[Piece] = []
    size, tables = 0, set()
    for p in pieces:
        cost = _cost(p, not cur, tables, headers)
        if cur and size + cost > budget:
            parts.append(cur)
            cur = _overlap(cur, overlap)
            tables = set()
            size = sum(_cost(q, k == 0, tables, headers) for k, q in enumerate(cur))
            cost = _cost(p, not cur, tables, headers)
            if cur and size + cost > budget:
                cur, size = [], 0
                cost = _cost(p, True, tables, headers)
        cur.append(p)
        size += cost
        if p.table is not None:
            tables.add(p.table)
    if cur:
        parts.append(cur)
    return parts


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
    return [Line(child.heading) for child in sec.children]


def section_parts(sec: Section, max_chars: int, overlap: int) -> list[tuple[str, list[int]]]:
    """The texts (heading line first) and pages of the chunks of one section."""
    lines = sec.lines or _children_summary(sec)
    heading = sec.heading
    joiner = " " if sec.inline else "\n"
    budget = max(max_chars - len(heading) - 1, max_chars // 3) if heading else max_chars
    pieces, headers = _pieces(lines, budget)
    if not pieces:
        return [(heading, list(sec.pages))]
    parts = _pack(pieces, headers, budget, min(overlap, budget // 2))
    out = []
    for k, part in enumerate(parts):
        body = _render(part, headers)
        text = f"{heading}{joiner}{body}" if heading else body
        pages = {pg for p in part for pg in p.pages}
        if k == 0:
            pages.update(sec.pages)
        out.append((text, sorted(pages)))
    return out


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
    key = make_key(meta.doc_id, sec.clause)
    chunks: list[Chunk] = []
    for part, (text, pages) in enumerate(section_parts(sec, max_chars, overlap)):
        chunks.append(Chunk(
            id=chunk_id(meta.source_id, key, part, text, meta.origin), key=key, doc_id=meta.doc_id,
            source_id=meta.source_id, clause=sec.clause,
            title=sec.title or (COVER if sec.scheme == "cover" else ""),
            clause_path=sec.path, pages=pages, text=text, index_text=to_index_form(text),
            part=part, order=order + len(chunks), confidence=lowest_confidence(text, meta.confidence),
            doc_title=meta.title, kind=meta.kind, status=meta.status,
            superseded_by=meta.superseded_by, edition_year=meta.edition_year, kb=meta.kb,
            origin=meta.origin, identity=meta.identity, claimed_id=meta.claimed_id,
            added_by=meta.added_by, added_at=meta.added_at, source_file=meta.path,
            instruction=is_instruction(text), payment=has_payment_details(text),
        ))
    return chunks
