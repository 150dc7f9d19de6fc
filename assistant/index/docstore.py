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
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from assistant.types import Chunk

DB = "docstore.sqlite"
COLUMNS = ("kb", "status", "kind", "doc_id", "source_id")  # filter columns (integer codes in memory)
_FIELDS = frozenset(Chunk.model_fields)
_NARROW = ("id", "key", "kb", "status", "kind", "doc_id", "source_id", "origin", "clause", "title", "doc_title",
           "edition_year", "ord", "part", "superseded_by", "page_max")
# columns a generation written before them lacks: read from the row's JSON when copied or listed
_LATER = {"superseded_by": "json_extract(data, '$.superseded_by')",
          "page_max": "(SELECT max(value) FROM json_each(data, '$.pages'))"}
_BODY = ("text", "index_text", "data", "tokens")
_COLS = _NARROW + _BODY
_TEXTS = frozenset({"text", "index_text"})
_PROJECTABLE = frozenset(_NARROW) | _TEXTS
_WIDE = """
CREATE TEMP TABLE {t} (
    id TEXT NOT NULL UNIQUE, key TEXT NOT NULL, kb TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL,
    doc_id TEXT NOT NULL, source_id TEXT NOT NULL, origin TEXT NOT NULL, clause TEXT NOT NULL,
    title TEXT NOT NULL, doc_title TEXT NOT NULL, edition_year INTEGER, ord INTEGER NOT NULL,
    part INTEGER NOT NULL, superseded_by TEXT, page_max INTEGER, text TEXT NOT NULL, index_text TEXT NOT NULL,
    data TEXT NOT NULL, tokens TEXT);
"""
_SCHEMA = """
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, key TEXT NOT NULL, kb TEXT NOT NULL,
    status TEXT NOT NULL, kind TEXT NOT NULL, doc_id TEXT NOT NULL, source_id TEXT NOT NULL,
    origin TEXT NOT NULL, clause TEXT NOT NULL, title TEXT NOT NULL, doc_title TEXT NOT NULL,
    edition_year INTEGER, ord INTEGER NOT NULL, part INTEGER NOT NULL, superseded_by TEXT, page_max INTEGER);
CREATE TABLE bodies (row INTEGER PRIMARY KEY, text TEXT NOT NULL, index_text TEXT NOT NULL,
    data TEXT NOT NULL, tokens TEXT);
CREATE VIEW full AS SELECT * FROM chunks JOIN bodies USING (row);
"""


def trusted_chunk(data: dict) -> Chunk:
    """A Chunk from a row a writer stored (a full model_dump of a validated chunk), without
    pydantic's per-field work: 2 µs instead of 36 µs."""
    if data.keys() != _FIELDS:
        return Chunk.model_validate(data)
    chunk = Chunk.__new__(Chunk)
    object.__setattr__(chunk, "__dict__", data)
    object.__setattr__(chunk, "__pydantic_fields_set__", set(_FIELDS))
    object.__setattr__(chunk, "__pydantic_extra__", None)
    object.__setattr__(chunk, "__pydantic_private__", None)
    return chunk


def _row(c: Chunk, tokens: list[str] | None) -> tuple:
    return (c.id, c.key, c.kb, c.status, c.kind, c.doc_id, c.source_id, c.origin, c.clause, c.title, c.doc_title,
            c.edition_year, c.order, c.part, c.superseded_by, max(c.pages) if c.pages else None, c.text, c.index_text, json.dumps(c.model_dump(), ensure_ascii=False),
            None if tokens is None else json.dumps(tokens, ensure_ascii=False))


class GenerationWriter:
    """Builds the docstore of a new generation in ``folder`` (which must not exist yet)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.path = folder / DB
        self._db = sqlite3.connect(self.path)
        # staged rows live in a temporary file: neither in memory nor in the published file
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
                               + _WIDE.format(t="staged"))
        self.staged = 0

    def add(self, chunks: Sequence[Chunk], tokens: Sequence[list[str] | None] | None = None) -> None:
        """Stage a batch of new chunks (``tokens``: their BM25 tokens when known)."""
        toks = tokens if tokens is not None else [None] * len(chunks)
        marks = ",".join("?" * len(_COLS))
        self._db.executemany(f"INSERT OR REPLACE INTO staged ({','.join(_COLS)}) VALUES ({marks})",
                             [_row(c, t) for c, t in zip(chunks, toks, strict=True)])
        self.staged += len(chunks)

    def discard(self, ids: Sequence[str]) -> None:
        """Unstage rows (a file that failed half-way, or whose rows are unchanged)."""
        ids = list(ids)
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            self._db.execute(f"DELETE FROM staged WHERE id IN ({','.join('?' * len(part))})", part)
        self.staged -= len(ids)

    def finish(self, base: Path | None, *, drop_sources: Iterable[tuple[str, str]] = (),
               drop_ids: Iterable[str] = (), keep_base: bool = True) -> None:
        """Write the final tables: the rows of the ``base`` docstore (unless ``keep_base`` is False)
        less the sources and ids dropped, plus the staged rows, in (kb, source, order, part) order.
        Tokens a staged row lacks are taken from the base row of the same id when there is one."""
        db = self._db
        db.executescript(_SCHEMA + _WIDE.format(t="ordered") + "CREATE TEMP TABLE drop_src (kb TEXT, source_id TEXT);"
                         "CREATE TEMP TABLE drop_id (id TEXT PRIMARY KEY);")
        db.executemany("INSERT INTO drop_src VALUES (?, ?)", list(drop_sources))
        db.executemany("INSERT OR IGNORE INTO drop_id VALUES (?)", [(i,) for i in drop_ids])
        cols = ",".join(_COLS)
        parts = [f"SELECT {cols} FROM staged"]
        attached = base is not None and base.exists()
        if attached:
            db.execute("ATTACH DATABASE ? AS base", (str(base),))
            db.execute("UPDATE staged SET tokens = (SELECT b.tokens FROM base.chunks c JOIN base.bodies b USING (row) "
                       "WHERE c.id = staged.id) WHERE tokens IS NULL")
            if keep_base:
                has = {r[1] for r in db.execute("PRAGMA base.table_info(chunks)")}
                picked = ",".join(c if c in has or c not in _LATER else f"{_LATER[c]} AS {c}" for c in _COLS)
                parts.append(f"SELECT {picked} FROM base.chunks b JOIN base.bodies USING (row) "
                             "WHERE b.id NOT IN (SELECT id FROM staged) AND b.id NOT IN (SELECT id FROM drop_id) "
                             "AND NOT EXISTS (SELECT 1 FROM drop_src d WHERE d.kb = b.kb AND d.source_id = b.source_id)")
        db.execute(f"INSERT INTO ordered ({cols}) SELECT {cols} FROM ({' UNION ALL '.join(parts)}) "
                   "ORDER BY kb, source_id, ord, part, id")
        narrow, body = ",".join(_NARROW), ",".join(_BODY)
        db.execute(f"INSERT INTO chunks (row, {narrow}) SELECT rowid, {narrow} FROM ordered ORDER BY rowid")
        db.execute(f"INSERT INTO bodies (row, {body}) SELECT rowid, {body} FROM ordered ORDER BY rowid")
        db.commit()
        if attached:
            db.execute("DETACH DATABASE base")
        db.executescript("DROP TABLE staged; DROP TABLE ordered; CREATE INDEX chunks_key ON chunks (key);"
                         "CREATE INDEX chunks_source ON chunks (kb, source_id); CREATE INDEX chunks_doc ON chunks (doc_id);"
                         "CREATE INDEX chunks_clause ON chunks (clause);")
        db.commit()

    def missing_tokens(self, batch: int = 2000) -> Iterator[list[tuple[int, str]]]:
        """Batches of (row, chunk JSON) of the rows that have no tokens yet."""
        last = 0
        while True:
            rows = self._db.execute("SELECT row, data FROM bodies WHERE tokens IS NULL AND row > ? ORDER BY row LIMIT ?",
                                    (last, batch)).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield rows

    def set_tokens(self, rows: list[tuple[int, list[str]]]) -> None:
        self._db.executemany("UPDATE bodies SET tokens = ? WHERE row = ?",
                             [(json.dumps(t, ensure_ascii=False), r) for r, t in rows])

    def commit(self) -> None:
        self._db.commit()

    def iter_tokens(self, batch: int = 5000) -> Iterator[list[str]]:
        """Every row's tokens, in row order (read in batches)."""
        last = 0
        while True:
            rows = self._db.execute("SELECT row, tokens FROM bodies WHERE row > ? ORDER BY row LIMIT ?",
                                    (last, batch)).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            for _, t in rows:
                yield json.loads(t) if t else []

    def close(self) -> None:
        self._db.commit()
        self._db.execute("PRAGMA journal_mode=DELETE")
        self._db.close()
        with self.path.open("rb+") as f:  # durable before the snapshot header names it
            os.fsync(f.fileno())


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
        later = {c: f"c.{c}" if c in has else _LATER[c].replace("data", "b.data") for c in _LATER}
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
        if not named <= _PROJECTABLE:
            raise ValueError(f"unknown docstore columns: {sorted(named - _PROJECTABLE)}")
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
        table = "full" if named & _TEXTS else "chunks"
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        order = "" if distinct else " ORDER BY row"
        return self._all(f"SELECT {'DISTINCT ' if distinct else ''}{','.join(fields)} FROM {table}{where}{order}", args)

    def count_containing(self, column: str, text: str) -> int:
        if column not in _TEXTS:
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
