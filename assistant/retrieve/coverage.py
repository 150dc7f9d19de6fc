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
from assistant.types import Chunk

# Function and question words: whether a clause has 里, 哪几个 or 这次 says nothing about whether
# it answers the question (also left out of the refusal score's coverage and absent share).
FUNCTION_WORDS = frozenset(
    "里 啥 跟 这 那 哪 看 写 做 说 出 好 完 就 刚 版 用 把 到 去 想 能 要 会 得 让 给 对 从 在 吗 呢 吧 了 的 "
    "这次 这个 那个 这些 那些 这一 那一 一类 一节 哪个 哪些 哪几 哪几个 几个 几类 几种 第几 几次 第几次 什么 "
    "什么样 干什么 怎么 怎么样 怎样 如何 为什么 是不是 能不能 可不可以 时候 以后 之后 以前 之前 开始 还要 "
    "东西 清楚 比较 主要 一下 一般 到底 现在 拿来 外面 马上 自己 打算 一步 下一步 when what which who how "
    "does did do say first under from s".split())

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
