"""How much of a question a clause states: the IDF-weighted share of the question's content words
(function and question words left out) among a clause's tokens.

Two uses in retrieve/hybrid.py. Fusion adds a small bonus for it to the best candidates: rank
fusion rewards a clause that scores well on one or two of the question's words, while the clause
that states all of them (一个厂生产好几种产品 … 怎么分 -> the allocation rule in B.1) often sits
second. And a parent clause keeps its place above a child when its own body (its sub-clauses'
headings left out) states more of the question than the child does.
"""

from __future__ import annotations

import re

from assistant.index.sparse import SparseIndex
from assistant.index.tokens import tokenize
from assistant.ingest import to_index_form
from assistant.retrieve.words import FUNCTION_WORDS
from assistant.types import Chunk

# A line that is only a sub-clause's number and title (a digest's parent lists its children so):
# the parent does not state what the child says.
_CHILD_HEADING = re.compile(
    r"^(?:[A-Z]?\d+(?:[.．]\d+)+|[A-Z][.．]\d+|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|"
    r"表\s?[A-Z]?[.．]?\d+|\d+[.．、])\s*[^。；：;:]{0,40}$")

def own_text(c: Chunk) -> str:
    """The clause's path of headings (a child shares its parent's) and its own body, without lines
    that only name its sub-clauses."""
    lines = c.text.split("\n")
    return "\n".join([c.clause_path, *(ln for ln in lines[1:] if not _CHILD_HEADING.match(ln.strip()))])


class Coverage:
    """The share of the query ``tokens``' content weight a chunk contains: ``indexed`` over what BM25
    indexes (document title, parent headings, text), ``own`` over own_text. One per search: the
    weights are taken once, and a clause asked about again (a parent compared with each of its
    children) is not cut again."""

    def __init__(self, tokens: list[str], sparse: SparseIndex) -> None:
        self._sparse = sparse
        self._weights = {t: sparse.idf(t) for t in set(tokens) if t not in FUNCTION_WORDS}
        self._total = sum(self._weights.values())
        self._own: dict[str, float] = {}

    def _share(self, have: set[str]) -> float:
        if not self._total:
            return 0.0
        return sum(w for t, w in self._weights.items() if t in have) / self._total

    def indexed(self, c: Chunk) -> float:
        return self._share(set(self._sparse.chunk_tokens(c.id)))

    def own(self, c: Chunk) -> float:
        if c.id not in self._own:
            self._own[c.id] = self._share(set(tokenize(to_index_form(own_text(c))))) if self._total else 0.0
        return self._own[c.id]
