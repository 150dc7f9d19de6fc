"""Writing one BM25 generation's docstore (see ``docstore``): staged batches, the kept rows of the
previous generation copied inside SQLite (``ATTACH``; no Python objects), the final tables written in
document order so row ``i`` is BM25 document ``i``, then never modified again."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from assistant.index.schema import BODY, COLS, DB, LATER, NARROW, SCHEMA, WIDE, row_values
from assistant.types import Chunk


class GenerationWriter:
    """Builds the docstore of a new generation in ``folder`` (which must not exist yet)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.path = folder / DB
        self._db = sqlite3.connect(self.path)
        # staged rows live in a temporary file: neither in memory nor in the published file
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
                               + WIDE.format(t="staged"))
        self.staged = 0

    def add(self, chunks: Sequence[Chunk], tokens: Sequence[list[str] | None] | None = None) -> None:
        """Stage a batch of new chunks (``tokens``: their BM25 tokens when known)."""
        toks = tokens if tokens is not None else [None] * len(chunks)
        marks = ",".join("?" * len(COLS))
        self._db.executemany(f"INSERT OR REPLACE INTO staged ({','.join(COLS)}) VALUES ({marks})",
                             [row_values(c, t) for c, t in zip(chunks, toks, strict=True)])
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
        db.executescript(SCHEMA + WIDE.format(t="ordered") + "CREATE TEMP TABLE drop_src (kb TEXT, source_id TEXT);"
                         "CREATE TEMP TABLE drop_id (id TEXT PRIMARY KEY);")
        db.executemany("INSERT INTO drop_src VALUES (?, ?)", list(drop_sources))
        db.executemany("INSERT OR IGNORE INTO drop_id VALUES (?)", [(i,) for i in drop_ids])
        cols = ",".join(COLS)
        parts = [f"SELECT {cols} FROM staged"]
        attached = base is not None and base.exists()
        if attached:
            db.execute("ATTACH DATABASE ? AS base", (str(base),))
            db.execute("UPDATE staged SET tokens = (SELECT b.tokens FROM base.chunks c JOIN base.bodies b USING (row) "
                       "WHERE c.id = staged.id) WHERE tokens IS NULL")
            if keep_base:
                has = {r[1] for r in db.execute("PRAGMA base.table_info(chunks)")}
                picked = ",".join(c if c in has or c not in LATER else f"{LATER[c]} AS {c}" for c in COLS)
                parts.append(f"SELECT {picked} FROM base.chunks b JOIN base.bodies USING (row) "
                             "WHERE b.id NOT IN (SELECT id FROM staged) AND b.id NOT IN (SELECT id FROM drop_id) "
                             "AND NOT EXISTS (SELECT 1 FROM drop_src d WHERE d.kb = b.kb AND d.source_id = b.source_id)")
        db.execute(f"INSERT INTO ordered ({cols}) SELECT {cols} FROM ({' UNION ALL '.join(parts)}) "
                   "ORDER BY kb, source_id, ord, part, id")
        narrow, body = ",".join(NARROW), ",".join(BODY)
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
