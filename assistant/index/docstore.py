"""The chunk store of one BM25 generation: a SQLite file written once, then read lazily.

A writer builds a generation in a fresh folder (``GenerationWriter``): new chunks are staged in
batches (in a temporary file), the kept rows of the previous generation are copied inside SQLite
(``ATTACH``; no Python objects), and the final tables are written in document order, so row ``i``
is BM25 document ``i``. A generation is never modified after it is published, so readers open it
``immutable`` (no locks, no journal) and keep their open file even after a later writer removes
the folder: a search holding an old snapshot still reads its rows. A search fetches only the rows
of its hits (``DocStore``).

Two tables share the row number: ``chunks`` holds the short columns (scanned for ids, filters and
corpus facts: ~10 MB at 100k chunks), ``bodies`` the texts, the full row and the BM25 tokens (read
by row number, or scanned only to search inside texts).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from assistant.index.generation import GenerationWriter
from assistant.index.schema import (
    COLUMNS,
    DB,
    LATER,
    PROJECTABLE,
    TEXTS,
    trusted_chunk,
)
from assistant.types import Chunk

__all__ = ["COLUMNS", "DB", "DocStore", "GenerationWriter", "load_arrays", "save_arrays", "trusted_chunk"]


class DocStore:
    """Read-only view of a published generation's docstore, shared by threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def _all(self, sql: str, args: Sequence = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def ids(self) -> list[str]:
        return [r[0] for r in self._all("SELECT id FROM chunks ORDER BY row")]

    def count(self) -> int:
        return self._all("SELECT count(*) FROM chunks")[0][0]

    def documents(self) -> list[tuple]:
        """(doc_id, doc_title, status, edition_year, [clause labels]) of every document, in row
        order: saved by the writer (``docs.json``), else read from the narrow table."""
        saved = self.path.parent / "docs.json"
        if saved.exists():
            try:
                return [tuple(d) for d in json.loads(saved.read_text(encoding="utf-8"))]
            except (OSError, ValueError):
                pass
        docs: dict[str, tuple] = {}
        for doc_id, title, status, year, clause in self._all(
                "SELECT doc_id, doc_title, status, edition_year, clause FROM chunks ORDER BY row"):
            doc = docs.setdefault(doc_id, (doc_id, title, status, year, {}))
            doc[4].setdefault(clause, None)
        return [(*d[:4], list(d[4])) for d in docs.values()]

    def document_rows(self, kb: str | None = None) -> list[dict]:
        """Per document (of knowledge base ``kb``, or all): the fields of its first row, the kind of
        its last non-digest row, its chunk and clause counts and highest page, as SQL aggregates
        over the narrow table (no chunk is read as an object; api_views.document_rows did that)."""
        has = {r[1] for r in self._all("PRAGMA table_info(chunks)")}
        later = {c: f"c.{c}" if c in has else LATER[c].replace("data", "b.data") for c in LATER}
        where = "WHERE kb = ?" if kb is not None else ""
        rows = self._all(f"""
            WITH d AS (SELECT doc_id, min(row) AS first, count(*) AS n, count(DISTINCT key) AS keys,
                              max(CASE WHEN kind != 'digest' THEN row END) AS typed
                       FROM chunks {where} GROUP BY doc_id),
                 p AS (SELECT c.doc_id, max({later["page_max"]}) AS page FROM chunks c
                       {"" if "page_max" in has else "JOIN bodies b USING (row)"} {where.replace("kb", "c.kb")}
                       GROUP BY c.doc_id)
            SELECT d.doc_id, f.doc_title, coalesce(t.kind, f.kind), f.edition_year, f.status,
                   {later["superseded_by"].replace("c.", "f.").replace("b.data", "fb.data")}, f.kb, d.n, d.keys, p.page
            FROM d JOIN chunks f ON f.row = d.first JOIN bodies fb ON fb.row = d.first JOIN p USING (doc_id)
            LEFT JOIN chunks t ON t.row = d.typed ORDER BY d.first""", (kb, kb) if kb is not None else ())
        names = ("doc_id", "title", "kind", "edition_year", "status", "superseded_by", "kb", "chunks", "clauses", "pages")
        return [dict(zip(names, r, strict=True)) for r in rows]

    def columns(self) -> list[tuple]:
        return self._all(f"SELECT {','.join(COLUMNS)} FROM chunks ORDER BY row")

    def chunk(self, row: int) -> Chunk | None:
        got = self._all("SELECT data FROM bodies WHERE row = ?", (row + 1,))
        return trusted_chunk(json.loads(got[0][0])) if got else None

    def rows_of_key(self, key: str) -> list[int]:
        return [r[0] - 1 for r in self._all("SELECT row FROM chunks WHERE key = ? ORDER BY row", (key,))]

    def tokens(self, row: int) -> list[str] | None:
        got = self._all("SELECT tokens FROM bodies WHERE row = ?", (row + 1,))
        return json.loads(got[0][0]) if got and got[0][0] else None

    def ids_of_source(self, kb: str, source_id: str) -> set[str]:
        return {r[0] for r in self._all("SELECT id FROM chunks WHERE kb = ? AND source_id = ?", (kb, source_id))}

    def texts_of(self, ids: Iterable[str]) -> list[str]:
        ids = list(ids)
        out: list[str] = []
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            out += [r[0] for r in self._all(f"SELECT index_text FROM full WHERE id IN ({','.join('?' * len(part))})",
                                            part)]
        return out

    def has_origin(self, source_id: str, origin: str) -> bool:
        return bool(self._all("SELECT 1 FROM chunks WHERE source_id = ? AND origin = ? LIMIT 1", (source_id, origin)))

    def iter_chunks(self, batch: int = 2000) -> Iterator[Chunk]:
        last = 0
        while True:
            rows = self._all("SELECT row, data FROM bodies WHERE row > ? ORDER BY row LIMIT ?", (last, batch))
            if not rows:
                return
            last = rows[-1][0]
            for _, data in rows:
                yield trusted_chunk(json.loads(data))

    def project(self, fields: Sequence[str], *, contains: tuple[str, str | tuple[str, ...]] | None = None,
                prefix: tuple[str, str] | None = None, every: int = 1, distinct: bool = False) -> list[tuple]:
        """Rows of some columns only (no chunk objects), in row order unless ``distinct``:
        ``contains`` (column, text or alternatives) and ``prefix`` (column, start) filter in SQLite;
        ``every``: one row in N (an even sample). Without text columns only the narrow table is read."""
        named = set(fields) | {c[0] for c in (contains, prefix) if c is not None}
        if not named <= PROJECTABLE:
            raise ValueError(f"unknown docstore columns: {sorted(named - PROJECTABLE)}")
        conds: list[str] = []
        args: list[object] = []
        if contains is not None:
            texts = (contains[1],) if isinstance(contains[1], str) else contains[1]
            conds.append("(" + " OR ".join(f"instr({contains[0]}, ?) > 0" for _ in texts) + ")")
            args += list(texts)
        if prefix is not None:  # a range on the column: its index answers it
            conds.append(f"{prefix[0]} >= ? AND {prefix[0]} < ?")
            args += [prefix[1], prefix[1] + "\U0010ffff"]
        if every > 1:
            conds.append("(row - 1) % ? = 0")
            args.append(every)
        table = "full" if named & TEXTS else "chunks"
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        order = "" if distinct else " ORDER BY row"
        return self._all(f"SELECT {'DISTINCT ' if distinct else ''}{','.join(fields)} FROM {table}{where}{order}", args)

    def count_containing(self, column: str, text: str) -> int:
        if column not in TEXTS:
            raise ValueError(f"not a text column of the docstore: {column}")
        return self._all(f"SELECT count(*) FROM bodies WHERE instr({column}, ?) > 0", (text,))[0][0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


Arrays = tuple[list[str], dict[str, np.ndarray], dict[str, dict[str, int]]]


def save_arrays(gen: Path, store: DocStore) -> None:
    """What every reader needs at open, computed once by the writer: the ids in row order
    (``ids.npy``) and the filter columns as integer codes (``columns.npz``, ``codes.json``; comparing
    100k ints is ~0.1 ms, 100k objects ~10 ms). A reader loads three small files instead of
    scanning the docstore."""
    ids, columns, codes = _scan_arrays(store)
    (gen / "docs.json").write_text(json.dumps(store.documents(), ensure_ascii=False), encoding="utf-8")
    np.save(gen / "ids.npy", np.array(ids, dtype=str))
    np.savez(gen / "columns.npz", **columns)
    (gen / "codes.json").write_text(json.dumps(codes, ensure_ascii=False), encoding="utf-8")
    store.close()


def load_arrays(gen: Path, store: DocStore) -> Arrays:
    """The saved arrays, or a scan of the docstore when they are missing or do not match its rows."""
    try:
        ids = np.load(gen / "ids.npy").tolist()
        with np.load(gen / "columns.npz") as saved:
            columns = {name: saved[name] for name in COLUMNS}
        codes = json.loads((gen / "codes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):
        return _scan_arrays(store)
    if store.count() != len(ids) or any(len(c) != len(ids) for c in columns.values()):
        return _scan_arrays(store)  # a hand-edited generation: its rows decide
    return ids, columns, codes


def _scan_arrays(store: DocStore) -> Arrays:
    rows = store.columns()
    columns: dict[str, np.ndarray] = {}
    all_codes: dict[str, dict[str, int]] = {}
    for j, name in enumerate(COLUMNS):
        codes: dict[str, int] = {}
        columns[name] = np.fromiter((codes.setdefault(r[j] or "", len(codes)) for r in rows), dtype=np.int32,
                                    count=len(rows))
        all_codes[name] = codes
    return store.ids(), columns, all_codes
