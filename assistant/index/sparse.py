"""BM25 over jieba tokens (bm25s), persisted beside the vector store with a copy of the chunks.

The sparse side keeps a fingerprint of the chunk ids it was built from. Store ids hash the chunk's
text and its document fields (see index/identity.py), so the same fingerprint computed from the ids
the vector store actually holds detects a stale sparse side (another process or machine wrote, a
crash between the two writes) on open, and it is rebuilt from the store.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from assistant.index.tokens import context_text, segment, tokenize
from assistant.types import Chunk

__all__ = ["INDEX_FORMAT", "SourceInfo", "SparseIndex", "context_text", "fingerprint", "segment",
           "source_key", "tokenize"]  # tokenize/segment/context_text: index/tokens.py, re-exported

INDEX_FORMAT = 2  # bump when what is embedded/tokenised changes: old indexes are then rebuilt apart


def fingerprint(ids: Iterable[str]) -> str:
    h = hashlib.sha256()
    for i in sorted(ids):
        h.update(i.encode())
    return h.hexdigest()[:32]


class SourceInfo(BaseModel):
    """Where an indexed source came from: the file (resolved path) and the sha256 of its bytes."""

    path: str = ""
    content_hash: str = ""
    parse_key: str = Field(default="", description="Hash of everything parsing depended on (see writer.parse_key).")
    chunks: int = 0
    doc_id: str = ""
    pages: int | None = None


def source_key(kb: str, source_id: str) -> str:
    return f"{kb}\x1f{source_id}"


_TOKENS_LOCK = threading.Lock()
_FIELDS = frozenset(Chunk.model_fields)


def _trusted_chunk(data: dict) -> Chunk:
    """A Chunk from a row save() wrote (a full model_dump of a validated chunk), without pydantic's
    per-field work: 2 µs instead of 36 µs, which is seconds at 100k chunks."""
    if data.keys() != _FIELDS:
        return Chunk.model_validate(data)
    chunk = Chunk.__new__(Chunk)
    object.__setattr__(chunk, "__dict__", data)
    object.__setattr__(chunk, "__pydantic_fields_set__", set(_FIELDS))
    object.__setattr__(chunk, "__pydantic_extra__", None)
    object.__setattr__(chunk, "__pydantic_private__", None)
    return chunk


SNAPSHOT = "snapshot.jsonl"  # header line (fingerprint, sources, pending deletes), then one chunk a line


class SparseIndex:
    """BM25 + a local docstore of chunks, in ``directory``: an immutable snapshot.

    A writer builds a new snapshot (``build``), publishes it (``save``: one file, atomic rename) and
    swaps it in, so a reader holding the old object never sees half of a change."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.chunks: list[Chunk] = []
        self._tokens: list[list[str]] | None = []
        self._tokens_file: Path | None = None
        self.fingerprint = ""
        self.sources: dict[str, SourceInfo] = {}
        self.pending_delete: list[str] = []
        self._by_id: dict[str, int] = {}
        self._by_key: dict[str, list[int]] = {}
        self._bm25 = None
        self._df: dict[str, int] = {}
        self._columns: dict[str, np.ndarray] = {}
        self._codes: dict[str, dict[str, int]] = {}

    # --- persistence ---------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.dir / SNAPSHOT

    def stamp(self) -> tuple[int, int] | None:
        """(mtime_ns, size) of the published snapshot: a cheap "has a writer published?" check."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    @classmethod
    def load(cls, directory: Path) -> SparseIndex | None:
        """The published snapshot, or None when missing or unreadable (then rebuilt from the store)."""
        out = cls(directory)
        try:
            with out.path.open(encoding="utf-8") as f:
                head = json.loads(f.readline())
                rows = [json.loads(line) for line in f if line.strip()]
            chunks = [_trusted_chunk(r) for r in rows]
            sources = {k: SourceInfo.model_validate(v) for k, v in head.get("sources", {}).items()}
            fp, pending = head["fingerprint"], list(head.get("pending_delete", []))
            if fingerprint(c.id for c in chunks) != fp:
                return None  # a truncated or hand-edited snapshot: rebuilt from the store
            saved = directory / head["bm25"] if head.get("bm25") else None
            if chunks and saved is None:
                return None
            out._set(chunks, None, fp, saved=saved)
        except (ValueError, KeyError, OSError, TypeError):
            return None
        out.sources, out.pending_delete = sources, pending
        return out

    def build(self, chunks: Sequence[Chunk], sources: dict[str, SourceInfo] | None = None) -> SparseIndex:
        """A new snapshot holding ``chunks``; tokens of chunks this one knows are reused."""
        known = {c.id: t for c, t in zip(self.chunks, self.tokens, strict=True)}
        ordered = sorted(chunks, key=lambda c: (c.kb, c.source_id, c.order, c.part))
        tokens = [known.get(c.id) or tokenize(context_text(c)) for c in ordered]
        out = SparseIndex(self.dir)
        out._set(ordered, tokens, fingerprint(c.id for c in ordered))
        live = {source_key(c.kb, c.source_id) for c in ordered}
        out.sources = {k: v for k, v in (sources if sources is not None else self.sources).items() if k in live}
        return out

    def save(self, pending_delete: Sequence[str] = ()) -> None:
        """Publish atomically. ``pending_delete``: store ids the writer deletes right after (a crash
        before they are gone leaves them listed here, and the next writer deletes them)."""
        self.pending_delete = list(pending_delete)
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f"{SNAPSHOT}.{os.getpid()}.tmp"
        bm25_name = f"bm25-{self.fingerprint[:12]}-{os.getpid()}-{time.time_ns()}"
        if self._bm25 is not None:
            self._bm25.save(str(self.dir / bm25_name))
            (self.dir / bm25_name / "df.json").write_text(json.dumps(self._df, ensure_ascii=False), encoding="utf-8")
            with (self.dir / bm25_name / "tokens.jsonl").open("w", encoding="utf-8") as f:
                f.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in self.tokens)
        head = {"fingerprint": self.fingerprint, "pending_delete": self.pending_delete,
                "bm25": bm25_name if self._bm25 is not None else "",
                "sources": {k: v.model_dump() for k, v in self.sources.items()}}
        with tmp.open("w", encoding="utf-8") as f:
            f.write(json.dumps(head, ensure_ascii=False) + "\n")
            for c in self.chunks:
                f.write(json.dumps(c.model_dump(), ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(self.path)
        for old in self.dir.glob("bm25-*"):  # readers that mapped an old one keep their open files
            if old.name != bm25_name and old.stat().st_mtime < time.time() - 60:
                shutil.rmtree(old, ignore_errors=True)

    @property
    def tokens(self) -> list[list[str]]:
        """Tokens of each chunk, read from disk on first use (a search needs them for few chunks,
        a writer for all; opening the index for a search skips them)."""
        if self._tokens is None:
            with _TOKENS_LOCK:
                if self._tokens is None:
                    try:
                        with self._tokens_file.open(encoding="utf-8") as f:  # type: ignore[union-attr]
                            self._tokens = [json.loads(line) for line in f]
                    except (OSError, ValueError):  # a writer cleaned up this old generation
                        self._tokens = [tokenize(context_text(c)) for c in self.chunks]
        return self._tokens

    def _set(self, chunks: list[Chunk], tokens: list[list[str]] | None, fp: str, saved: Path | None = None) -> None:
        """Index ``chunks``; ``saved``: a BM25 index saved with them, memory-mapped instead of rebuilt
        (then ``tokens`` may be None: read lazily from it)."""
        import bm25s

        if tokens is None and (saved is None or not chunks):
            tokens = [[] for _ in chunks]
        self.chunks, self._tokens, self.fingerprint = chunks, tokens, fp
        self._tokens_file = saved / "tokens.jsonl" if saved is not None else None
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self._by_key: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            self._by_key.setdefault(c.key, []).append(i)
        # filter columns as integer codes: comparing 100k ints is ~0.1 ms, 100k objects ~10 ms
        self._columns, self._codes = {}, {}
        for name in ("kb", "status", "kind", "doc_id", "source_id"):
            codes: dict[str, int] = {}
            self._columns[name] = np.array([codes.setdefault(getattr(c, name) or "", len(codes)) for c in chunks],
                                           dtype=np.int32)
            self._codes[name] = codes
        if saved is not None and chunks:
            self._df = json.loads((saved / "df.json").read_text(encoding="utf-8"))
            self._bm25 = bm25s.BM25.load(str(saved), mmap=True)
            return
        self._df = {}
        for toks in tokens or []:
            for t in set(toks):
                self._df[t] = self._df.get(t, 0) + 1
        self._bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index([t or ["\u2205"] for t in tokens or []], show_progress=False)
            self._bm25 = bm25

    # --- queries -------------------------------------------------------------------------
    def get(self, chunk_id: str) -> Chunk | None:
        i = self._by_id.get(chunk_id)
        return None if i is None else self.chunks[i]

    def by_key(self, key: str) -> list[Chunk]:
        """Every chunk (all parts, all sources) with this clause key."""
        return [self.chunks[i] for i in self._by_key.get(key, [])]

    def search(self, tokens: list[str], n: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        if self._bm25 is None or not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, token: str) -> float:
        """Smoothed IDF; a token absent from the corpus gets the highest weight."""
        n = max(len(self.chunks), 1)
        return math.log(1 + (n + 0.5) / (self._df.get(token, 0) + 0.5))

    def vocabulary(self) -> dict[str, int]:
        """Every token of the corpus and the number of chunks it occurs in."""
        return dict(self._df)

    def known(self, token: str) -> bool:
        """Does the token occur anywhere in the indexed corpus?"""
        return token in self._df

    def chunk_tokens(self, chunk_id: str) -> list[str]:
        i = self._by_id.get(chunk_id)
        if i is None:
            return []
        if self._tokens is None:  # not loaded (a reader): tokenise the one chunk, as build() did
            return tokenize(context_text(self.chunks[i]))
        return self._tokens[i]

    def mask(self, **equals: object) -> np.ndarray | None:
        """Boolean mask of chunks whose fields (kb, status, kind, doc_id, source_id) equal the given
        values; None values are ignored."""
        tests = {k: v for k, v in equals.items() if v is not None}
        if not tests:
            return None
        out = np.ones(len(self.chunks), dtype=bool)
        for name, value in tests.items():
            code = self._codes[name].get(str(value))
            if code is None:
                return np.zeros(len(self.chunks), dtype=bool)
            out &= self._columns[name] == code
        return out

    def allows(self, chunk_id: str, mask: np.ndarray | None) -> bool:
        i = self._by_id.get(chunk_id)
        return i is not None and (mask is None or bool(mask[i]))
