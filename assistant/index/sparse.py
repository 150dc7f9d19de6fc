"""BM25 over jieba tokens (bm25s), persisted beside the vector store with a copy of the chunks.

The sparse side keeps a fingerprint of the chunk ids it was built from; the vector store keeps the
same fingerprint in its collection metadata, so a stale sparse index (another machine wrote to a
Chroma server, or a crash between the two writes) is detected on open and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.ingest import to_index_form
from assistant.types import Chunk

_DOMAIN_WORDS = Path(__file__).with_name("domain_words.txt")
_STOP = set(
    "的 了 是 吗 呢 吧 啊 么 什么 怎么 怎样 如何 哪些 哪个 多少 有 在 和 与 及 或 对 把 被 按 为 要 会 能 "
    "可以 需要 应 应当 一个 这个 那个 我们 我 你 他 它 请问 请 问 下 吗? 中 其 其中 以及 还是 是否 有没有 "
    "the a an of to in is are what how which does do for and or on with".split()
)
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    if _DOMAIN_WORDS.exists():
        for line in _DOMAIN_WORDS.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                jieba.add_word(word, freq=20000)
    return jieba


def tokenize(index_text: str) -> list[str]:
    """Tokens of an already normalised text (see ingest.to_index_form): jieba search mode, no stopwords."""
    out: list[str] = []
    for tok in _jieba().lcut_for_search(index_text):
        tok = tok.strip().lower()
        if tok and tok not in _STOP and _TOKEN_OK.search(tok):
            out.append(tok)
    return out


def segment(index_text: str) -> list[tuple[str, int, int]]:
    """Words of a normalised text with their spans (jieba default mode, same dictionary as tokenize)."""
    return [(w, start, end) for w, start, end in _jieba().tokenize(index_text)]


INDEX_FORMAT = 2  # bump when what is embedded/tokenised changes: old indexes are then rebuilt apart


def context_text(chunk: Chunk) -> str:
    """What BM25 indexes: the document title and the parent clause headings, then the clause's own
    index text, so a clause is found by the document and section it sits in. (The dense side embeds
    the clause text alone: measured better for e5-small on the dev set.)"""
    parents = chunk.clause_path.split(" > ")[:-1]
    head = to_index_form(" ".join([chunk.doc_title or chunk.doc_id, *parents]))
    return f"{head}\n{chunk.index_text}"


def fingerprint(ids: Iterable[str]) -> str:
    h = hashlib.sha256()
    for i in sorted(ids):
        h.update(i.encode())
    return h.hexdigest()[:32]


class SparseIndex:
    """BM25 + a local docstore of chunks, in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.chunks: list[Chunk] = []
        self.tokens: list[list[str]] = []
        self.fingerprint = ""
        self._by_id: dict[str, int] = {}
        self._by_key: dict[str, list[int]] = {}
        self._bm25 = None
        self._df: dict[str, int] = {}
        self._columns: dict[str, np.ndarray] = {}

    # --- persistence ---------------------------------------------------------------------
    def load(self) -> bool:
        state, data = self.dir / "state.json", self.dir / "chunks.jsonl"
        if not state.exists() or not data.exists():
            return False
        try:
            fp = json.loads(state.read_text(encoding="utf-8"))["fingerprint"]
            rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
            chunks = [Chunk.model_validate(r["chunk"]) for r in rows]
            tokens = [r["tokens"] for r in rows]
        except (ValueError, KeyError, OSError):
            return False
        self._set(chunks, tokens, fp)
        return True

    def rebuild(self, chunks: Sequence[Chunk]) -> None:
        """Replace the contents with ``chunks``; tokens of chunks already known are reused."""
        known = {c.id: t for c, t in zip(self.chunks, self.tokens, strict=True)}
        ordered = sorted(chunks, key=lambda c: (c.source_id, c.order, c.part))
        tokens = [known.get(c.id) or tokenize(context_text(c)) for c in ordered]
        self._set(ordered, tokens, fingerprint(c.id for c in ordered))
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / "chunks.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as f:
            for c, t in zip(ordered, tokens, strict=True):
                f.write(json.dumps({"chunk": c.model_dump(), "tokens": t}, ensure_ascii=False) + "\n")
        tmp.replace(self.dir / "chunks.jsonl")
        (self.dir / "state.json").write_text(json.dumps({"fingerprint": self.fingerprint}), encoding="utf-8")

    def _set(self, chunks: list[Chunk], tokens: list[list[str]], fp: str) -> None:
        import bm25s

        self.chunks, self.tokens, self.fingerprint = chunks, tokens, fp
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self._by_key: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            self._by_key.setdefault(c.key, []).append(i)
        self._df = {}
        for toks in tokens:
            for t in set(toks):
                self._df[t] = self._df.get(t, 0) + 1
        self._columns = {name: np.array([getattr(c, name) or "" for c in chunks], dtype=object)
                         for name in ("kb", "status", "kind", "doc_id", "source_id")}
        self._bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index([t or ["\u2205"] for t in tokens], show_progress=False)
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
        return [] if i is None else self.tokens[i]

    def mask(self, **equals: object) -> np.ndarray | None:
        """Boolean mask of chunks whose fields (kb, status, kind, doc_id, source_id) equal the given
        values; None values are ignored."""
        tests = {k: v for k, v in equals.items() if v is not None}
        if not tests:
            return None
        out = np.ones(len(self.chunks), dtype=bool)
        for name, value in tests.items():
            out &= self._columns[name] == value
        return out

    def allows(self, chunk_id: str, mask: np.ndarray | None) -> bool:
        i = self._by_id.get(chunk_id)
        return i is not None and (mask is None or bool(mask[i]))
