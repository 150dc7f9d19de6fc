"""Build a bm25s index from token lists streamed once (never all token lists in memory at once),
and read it back (``Bm25Matrix``) without importing bm25s.

bm25s' own ``index()`` takes the whole corpus as Python lists; at 100k chunks that is millions of
objects in the writer. Here the token lists are streamed once, counted per batch of documents into
int32 arrays of distinct (document, token) pairs, and scored with numpy; the result is the same
matrix bm25s builds
(its default ``lucene`` method: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf / (tf + k1 (1 - b +
b dl / avgdl))) and is saved in bm25s' format, to be memory-mapped by readers.

A reader needs only bm25s' scoring (the query tokens' columns of the matrix, summed): importing
bm25s pulls in scipy, ~0.5 s of a CLI cold start, so ``Bm25Matrix`` maps the saved arrays itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

EMPTY = "\u2205"  # a chunk without tokens still counts as a document of length 1
K1, B = 1.5, 0.75


_FLUSH = 5000  # documents whose (document, token) pairs are counted together


def build_bm25(tokens: Callable[[], Iterable[list[str]]], folder: Path) -> dict[str, int]:
    """Save a BM25 index of the documents ``tokens()`` yields in ``folder``; returns the document
    frequencies. Token lists are read once; what is kept are the distinct (document, token) pairs
    with their counts, as int32 arrays."""
    import bm25s
    import scipy.sparse as sp

    vocab: dict[str, int] = {}
    rows_l: list[np.ndarray] = []
    cols_l: list[np.ndarray] = []
    tf_l: list[np.ndarray] = []
    lengths: list[int] = []
    batch: list[list[int]] = []

    def flush() -> None:
        doc = np.repeat(np.arange(len(batch), dtype=np.int64), [len(b) for b in batch])
        tok = np.fromiter((t for b in batch for t in b), dtype=np.int64, count=len(doc))
        pairs, tf = np.unique(doc * len(vocab) + tok, return_counts=True)
        rows_l.append((pairs // len(vocab) + (len(lengths) - len(batch))).astype(np.int32))
        cols_l.append((pairs % len(vocab)).astype(np.int32))
        tf_l.append(tf.astype(np.int32))
        batch.clear()

    for toks in tokens():
        ids = [vocab.setdefault(t, len(vocab)) for t in (toks or [EMPTY])]
        batch.append(ids)
        lengths.append(len(ids))
        if len(batch) >= _FLUSH:
            flush()
    if batch:
        flush()
    n = len(lengths)
    if n == 0:
        (folder / "df.json").write_text("{}", encoding="utf-8")
        return {}
    rows, cols, tf = np.concatenate(rows_l), np.concatenate(cols_l), np.concatenate(tf_l)
    for part in (rows_l, cols_l, tf_l):
        part.clear()
    dl = np.asarray(lengths, dtype=np.float64)
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    scores = np.empty(len(tf), dtype=np.float32)
    avg, step = dl.mean(), 1 << 20
    for a in range(0, len(tf), step):  # in slices: the float64 temporaries stay a few MB
        r, t = rows[a:a + step], tf[a:a + step]
        scores[a:a + step] = idf[cols[a:a + step]] * (t / (K1 * ((1 - B) + B * dl[r] / avg) + t))
    del tf
    matrix = sp.csc_matrix((scores, (rows, cols)), shape=(n, len(vocab)), dtype=np.float32)
    del scores, rows, cols
    bm25 = bm25s.BM25()
    bm25.scores = {"data": matrix.data, "indices": matrix.indices, "indptr": matrix.indptr, "num_docs": n}
    bm25.vocab_dict = vocab
    bm25.nonoccurrence_array = None
    bm25.save(str(folder), show_progress=False)
    out = dict(zip(vocab, df.tolist(), strict=True))
    out.pop(EMPTY, None)
    (folder / "df.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


class Bm25Matrix:
    """A saved index (this module's or bm25s' own format), memory-mapped: BM25 scores per query."""

    def __init__(self, folder: Path) -> None:
        self.data = np.load(folder / "data.csc.index.npy", mmap_mode="r")
        self.indices = np.load(folder / "indices.csc.index.npy", mmap_mode="r")
        self.indptr = np.load(folder / "indptr.csc.index.npy", mmap_mode="r")
        self.vocab: dict[str, int] = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        self.n = int(json.loads((folder / "params.index.json").read_text(encoding="utf-8"))["num_docs"])

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """bm25s' ``get_scores``: each query token (repeats included) adds its column."""
        scores = np.zeros(self.n, dtype=np.float32)
        for t in tokens:
            col = self.vocab.get(t)
            if col is None:
                continue
            a, b = int(self.indptr[col]), int(self.indptr[col + 1])
            scores[self.indices[a:b]] += self.data[a:b]
        return scores
