"""Build a bm25s index from token lists streamed twice (never all token lists in memory at once),
and read it back (``Bm25Matrix``) without importing bm25s.

bm25s' own ``index()`` takes the whole corpus as Python lists; at 100k chunks that is millions of
objects in the writer. Here pass 1 counts document frequencies and lengths, pass 2 computes each
document's scores into preallocated numeric arrays; the result is the same matrix bm25s builds
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


def build_bm25(tokens: Callable[[], Iterable[list[str]]], folder: Path) -> dict[str, int]:
    """Save a BM25 index of the documents ``tokens()`` yields (called twice) in ``folder``;
    returns the document frequencies."""
    import bm25s
    import scipy.sparse as sp

    vocab: dict[str, int] = {}
    df: list[int] = []
    lengths: list[int] = []
    for toks in tokens():
        toks = toks or [EMPTY]
        lengths.append(len(toks))
        for t in set(toks):
            i = vocab.setdefault(t, len(vocab))
            if i == len(df):
                df.append(0)
            df[i] += 1
    n = len(lengths)
    if n == 0:
        (folder / "df.json").write_text("{}", encoding="utf-8")
        return {}
    dfa = np.asarray(df, dtype=np.float64)
    idf = np.log(1 + (n - dfa + 0.5) / (dfa + 0.5)).astype(np.float32)
    avg = float(np.mean(lengths)) if n else 1.0
    size = int(dfa.sum())
    scores = np.empty(size, dtype=np.float32)
    rows = np.empty(size, dtype=np.int32)
    cols = np.empty(size, dtype=np.int32)
    at = 0
    for d, toks in enumerate(tokens()):
        toks = toks or [EMPTY]
        ids, tf = np.unique(np.fromiter((vocab[t] for t in toks), dtype=np.int32, count=len(toks)),
                            return_counts=True)
        tfc = tf / (K1 * ((1 - B) + B * len(toks) / avg) + tf)
        end = at + len(ids)
        scores[at:end], rows[at:end], cols[at:end] = idf[ids] * tfc, d, ids
        at = end
    matrix = sp.csc_matrix((scores[:at], (rows[:at], cols[:at])), shape=(n, len(vocab)), dtype=np.float32)
    del scores, rows, cols
    bm25 = bm25s.BM25()
    bm25.scores = {"data": matrix.data, "indices": matrix.indices, "indptr": matrix.indptr, "num_docs": n}
    bm25.vocab_dict = vocab
    bm25.nonoccurrence_array = None
    bm25.save(str(folder), show_progress=False)
    out = dict(zip(vocab, df, strict=True))
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
