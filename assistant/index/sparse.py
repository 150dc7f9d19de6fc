"""BM25 over jieba tokens (bm25s), persisted beside the vector store with a SQLite docstore.

The sparse side keeps a fingerprint of the chunk ids it was built from. Store ids hash the chunk's
text and its document fields (see index/identity.py), so the same fingerprint computed from the ids
the vector store actually holds detects a stale sparse side (another process or machine wrote, a
crash between the two writes) on open, and it is rebuilt from the store.

On disk (``directory``): ``snapshot.json``, the published header (fingerprint, sources, pending
deletes, the generation it names), replaced by one atomic rename; and generation folders
``gen-*`` holding the docstore (index/docstore.py), the BM25 matrix (memory-mapped by readers) and
the document frequencies. A process holds only ids, filter codes and the frequencies in memory;
chunk rows are read when a search needs them.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from assistant.index.bm25build import Bm25Matrix, build_bm25
from assistant.index.docstore import (
    DB,
    DocStore,
    GenerationWriter,
    load_arrays,
    save_arrays,
    trusted_chunk,
)
from assistant.index.snapshot import (
    SNAPSHOT,
    SourceInfo,
    fingerprint,
    retire_generations,
    source_key,
    split_key,
    write_header,
)
from assistant.index.tokens import context_text, segment, tokenize
from assistant.types import Chunk

__all__ = ["INDEX_FORMAT", "SNAPSHOT", "SourceInfo", "SparseIndex", "context_text", "fingerprint", "segment",
           "source_key", "split_key", "tokenize"]  # tokens.py and snapshot.py names, re-exported

INDEX_FORMAT = 2  # bump when what is embedded/tokenised changes: old indexes are then rebuilt apart
LEGACY = "snapshot.jsonl"  # the format before the docstore: migrated on first open (index/legacy.py)
WRITE_BATCH = 1000  # chunks staged, tokenised or embedded at once by a writer
_CACHE = 4096  # chunk rows a snapshot keeps after reading them


class SparseIndex:
    """BM25 + the docstore of one generation: an immutable snapshot.

    A writer builds a new generation (``build`` or ``begin``/``complete``), publishes it (``save``:
    the header, atomic rename) and swaps it in, so a reader holding the old object never sees half
    of a change, and keeps reading its own generation's rows."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.fingerprint = ""
        self.sources: dict[str, SourceInfo] = {}
        self.pending_delete: list[str] = []
        self.generation: Path | None = None
        self._store: DocStore | None = None
        self._ids: list[str] = []
        self._by_id: dict[str, int] = {}
        self._bm25 = None
        self._df: dict[str, int] = {}
        self._columns: dict[str, np.ndarray] = {}
        self._codes: dict[str, dict[str, int]] = {}
        self._rows: dict[int, Chunk] = {}
        self._docs: list[tuple] | None = None
        self._rows_lock = threading.Lock()

    # --- persistence ---------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.dir / SNAPSHOT

    @property
    def count(self) -> int:
        return len(self._ids)

    def stamp(self) -> tuple[int, int] | None:
        """(mtime_ns, size) of the published header: a cheap "has a writer published?" check."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    @classmethod
    def load(cls, directory: Path) -> SparseIndex | None:
        """The published snapshot, or None when missing or unreadable (then rebuilt from the store).
        A home in the old one-file format is migrated (nothing is lost: see index/legacy.py)."""
        if not (directory / SNAPSHOT).exists() and (directory / LEGACY).exists():
            from assistant.index.legacy import migrate

            migrate(directory)
        for _ in range(3):  # a writer may retire the named generation between our two reads
            out = cls(directory)
            try:
                head = json.loads(out.path.read_text(encoding="utf-8"))
                sources = {k: SourceInfo.model_validate(v) for k, v in head.get("sources", {}).items()}
                fp, pending = head["fingerprint"], list(head.get("pending_delete", []))
                if head.get("generation"):
                    gen = directory / head["generation"]
                    if not (gen / DB).exists():
                        continue
                    out._open(gen)
                if fingerprint(out._ids) != fp or len(out._ids) != head.get("count", len(out._ids)):
                    return None  # a damaged or hand-edited docstore: rebuilt from the store
            except (ValueError, KeyError, OSError, TypeError):
                return None
            except Exception as exc:  # sqlite3.DatabaseError: a damaged file
                if type(exc).__module__ == "sqlite3":
                    return None
                raise
            out.fingerprint, out.sources, out.pending_delete = fp, sources, pending
            return out
        return None

    def _open(self, gen: Path) -> None:
        store = DocStore(gen / DB)
        self.generation, self._store = gen, store
        self._ids, self._columns, self._codes = load_arrays(gen, store)
        self._by_id = {i: n for n, i in enumerate(self._ids)}
        self._df = json.loads((gen / "bm25" / "df.json").read_text(encoding="utf-8")) if self._ids else {}
        self._bm25 = Bm25Matrix(gen / "bm25") if self._ids else None

    def begin(self) -> GenerationWriter:
        """A new generation to stage chunks into (see ``complete``)."""
        return GenerationWriter(self.dir / f"gen-{os.getpid()}-{time.time_ns()}")

    def complete(self, writer: GenerationWriter, sources: dict[str, SourceInfo], *,
                 drop_sources: Iterable[str] = (), drop_ids: Iterable[str] = (), keep: bool = True) -> SparseIndex:
        """The staged chunks plus (``keep``) this snapshot's rows less the dropped source keys and
        ids, as a new unpublished snapshot. Tokens are reused by id, computed in batches otherwise."""
        base = self.generation / DB if self.generation is not None else None
        writer.finish(base, drop_sources=[split_key(k) for k in drop_sources], drop_ids=drop_ids, keep_base=keep)
        for rows in writer.missing_tokens(WRITE_BATCH):
            writer.set_tokens([(r, tokenize(context_text(trusted_chunk(json.loads(d))))) for r, d in rows])
        writer.commit()
        (writer.folder / "bm25").mkdir()
        build_bm25(writer.iter_tokens, writer.folder / "bm25")
        writer.close()
        save_arrays(writer.folder, DocStore(writer.path))
        out = SparseIndex(self.dir)
        out._open(writer.folder)
        out.fingerprint = fingerprint(out._ids)
        live = {source_key(*c) for c in out._store.project(("kb", "source_id"), distinct=True)} if out._store else set()
        out.sources = {k: v for k, v in sources.items() if k in live}
        return out

    def build(self, chunks: Iterable[Chunk], sources: dict[str, SourceInfo] | None = None) -> SparseIndex:
        """A new snapshot holding exactly ``chunks``; tokens of chunks this one knows are reused."""
        writer = self.begin()
        batch: list[Chunk] = []
        for c in chunks:
            batch.append(c)
            if len(batch) >= WRITE_BATCH:
                writer.add(batch)
                batch = []
        if batch:
            writer.add(batch)
        return self.complete(writer, sources if sources is not None else self.sources, keep=False)

    def save(self, pending_delete: Sequence[str] = ()) -> None:
        """Publish atomically. ``pending_delete``: store ids the writer deletes right after (a crash
        before they are gone leaves them listed here, and the next writer deletes them)."""
        self.pending_delete = list(pending_delete)
        head = {"format": 3, "fingerprint": self.fingerprint, "pending_delete": self.pending_delete,
                "generation": self.generation.name if self.generation is not None else "", "count": self.count,
                "sources": {k: v.model_dump() for k, v in self.sources.items()}}
        write_header(self.dir, head)
        retire_generations(self.dir, keep=self.generation.name if self.generation is not None else "")

    # --- rows ----------------------------------------------------------------------------
    def _chunk(self, row: int) -> Chunk:
        got = self._rows.get(row)
        if got is None:
            got = self._store.chunk(row)  # type: ignore[union-attr]
            if got is None:
                raise KeyError(row)
            with self._rows_lock:
                if len(self._rows) >= _CACHE:
                    self._rows.clear()
                self._rows[row] = got
        return got

    def iter_chunks(self) -> Iterator[Chunk]:
        """Every chunk, read in batches (for the few callers that need them all)."""
        return iter(()) if self._store is None else self._store.iter_chunks()

    @property
    def chunks(self) -> list[Chunk]:
        """Every chunk as objects: for listings and quizzes, never on the search path."""
        return list(self.iter_chunks())

    def ids(self) -> list[str]:
        return list(self._ids)

    def ids_of_source(self, key: str) -> set[str]:
        return set() if self._store is None else self._store.ids_of_source(*split_key(key))

    def texts_of(self, ids: Iterable[str]) -> list[str]:
        return [] if self._store is None else self._store.texts_of(ids)

    def has_origin(self, source_id: str, origin: str) -> bool:
        return self._store is not None and self._store.has_origin(source_id, origin)

    def project(self, fields: Sequence[str], **kw: object) -> list[tuple]:
        """Some columns of every row (see DocStore.project): corpus facts without chunk objects."""
        return [] if self._store is None else self._store.project(fields, **kw)  # type: ignore[arg-type]

    def documents(self) -> list[tuple]:
        """(doc_id, doc_title, status, edition_year, [clause labels]) of every indexed document."""
        if self._docs is None:
            self._docs = [] if self._store is None else self._store.documents()
        return self._docs

    def document_rows(self, kb: str | None = None) -> list[dict]:
        """Per indexed document: title, kind, edition, status, knowledge base, chunk and clause counts,
        highest page (DocStore.document_rows: SQL aggregates, no chunk objects)."""
        return [] if self._store is None else self._store.document_rows(kb)

    def count_containing(self, column: str, text: str) -> int:
        return 0 if self._store is None else self._store.count_containing(column, text)

    # --- queries -------------------------------------------------------------------------
    def get(self, chunk_id: str) -> Chunk | None:
        i = self._by_id.get(chunk_id)
        return None if i is None else self._chunk(i)

    def by_key(self, key: str) -> list[Chunk]:
        """Every chunk (all parts, all sources) with this clause key."""
        return [] if self._store is None else [self._chunk(i) for i in self._store.rows_of_key(key)]

    def search(self, tokens: list[str], n: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        if self._bm25 is None or not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self._ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, token: str) -> float:
        """Smoothed IDF; a token absent from the corpus gets the highest weight."""
        n = max(self.count, 1)
        return math.log(1 + (n + 0.5) / (self._df.get(token, 0) + 0.5))

    def vocabulary(self) -> dict[str, int]:
        """Every token of the corpus and the number of chunks it occurs in."""
        return dict(self._df)

    def df(self, token: str) -> int:
        """In how many chunks the token occurs (0: nowhere in the corpus)."""
        return self._df.get(token, 0)

    def known(self, token: str) -> bool:
        """Does the token occur anywhere in the indexed corpus?"""
        return token in self._df

    def chunk_tokens(self, chunk_id: str) -> list[str]:
        i = self._by_id.get(chunk_id)
        if i is None or self._store is None:
            return []
        got = self._store.tokens(i)
        return got if got is not None else tokenize(context_text(self._chunk(i)))

    def mask(self, **equals: object) -> np.ndarray | None:
        """Boolean mask of chunks whose fields (kb, status, kind, doc_id, source_id) equal the given
        values; None values are ignored."""
        tests = {k: v for k, v in equals.items() if v is not None}
        if not tests:
            return None
        out = np.ones(self.count, dtype=bool)
        for name, value in tests.items():
            code = self._codes.get(name, {}).get(str(value))
            if code is None:
                return np.zeros(self.count, dtype=bool)
            out &= self._columns[name] == code
        return out

    def allows(self, chunk_id: str, mask: np.ndarray | None) -> bool:
        i = self._by_id.get(chunk_id)
        return i is not None and (mask is None or bool(mask[i]))

    def values(self, column: str) -> list[str]:
        """Distinct values of a filter column (kb, status, kind, doc_id, source_id)."""
        return list(self._codes.get(column, {}))
