"""Defined terms: where the corpus says a term is defined.

A glossary-style clause is headed "单位产品综合能耗（comprehensive energy consumption per unit
product）" and carries a line "定义条款：GB/T 36132-2025 B.1；GB/T 2589-2020。". A question that names
the term is, first of all, about the clauses it points to: their keys are returned so that retrieval
can rank them as one more list in the fusion. (The glossary entry's own key is not among them:
pulling the glossary up measured worse than leaving it to BM25 and the embedding.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.ingest import find_doc_id, to_index_form
from assistant.retrieve.corpus import Corpus, as_corpus
from assistant.retrieve.refs import RefResolver
from assistant.types import Chunk

_HEAD = re.compile(r"(?P<zh>[^（(；;]{2,20})[（(][A-Za-z][^)）]{2,80}[)）]")
_DEF_LINE = re.compile(r"定义条款\s*[:：]\s*(?P<refs>[^\n]+)")
_LABEL = re.compile(
    r"\s*(?:第\s*(?P<chapter>\d{1,2})\s*章|(?P<annex>附录\s*[A-Z])(?![.\d])|(?P<table>表\s*[A-Z]?\.?\d{1,2})"
    r"|(?P<clause>[A-Z]\.\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2}){0,3}))(?![\d.])"
)


class TermIndex:
    """Terms named in glossary headings, each with the keys of its defining clauses.

    A term found in more than ``max_share`` of the clauses (绿色工厂) says nothing about where to
    look and is left out.
    """

    def __init__(self, chunks: Iterable[Chunk] | Corpus, refs: RefResolver, max_share: float = 0.1) -> None:
        self._corpus = corpus = as_corpus(chunks)
        homes: dict[str, list[str]] = {}
        # a glossary heading has a bracketed English name: the short title column is searched,
        # the text read only for those rows
        for text, title in corpus.project(("text", "title"), contains=("title", ("（", "("))):
            line = _DEF_LINE.search(text)
            keys = defining_keys(line.group("refs"), refs) if line else []
            for m in _HEAD.finditer(title) if keys else ():
                homes.setdefault(to_index_form(m.group("zh").strip()), keys)
        self._candidates = homes
        self._limit = max_share * corpus.count
        self._rare: dict[str, bool] = {}  # term -> in few enough clauses; counted on first use
        self._by_length = sorted(homes, key=len, reverse=True)

    def _is_rare(self, term: str) -> bool:
        """Counting a term's clauses scans every chunk's text (in SQLite for the index): done the
        first time a question names the term, not for every glossary term when the index opens."""
        got = self._rare.get(term)
        if got is None:
            got = self._rare[term] = self._corpus.count_containing("index_text", term) <= self._limit
        return got

    @property
    def homes(self) -> dict[str, list[str]]:
        """Every term that says where to look -> the keys of its defining clauses."""
        return {t: keys for t, keys in self._candidates.items() if self._is_rare(t)}

    def terms_in(self, norm: str) -> list[str]:
        """Terms the (normalised) question names, longest first; a term inside a longer one found
        there does not count (综合能耗 in 单位产品综合能耗)."""
        found: list[str] = []
        for term in self._by_length:
            if term in norm and self._is_rare(term):
                found.append(term)
                norm = norm.replace(term, "\0")
        return found

    def homes_in(self, norm: str, extra: Iterable[str] = ()) -> dict[str, list[str]]:
        """Terms named in the question (or in words added to it: English terms, typo fixes) ->
        the keys of their defining clauses."""
        return {t: self._candidates[t] for t in self.terms_in(" ".join([norm, *extra]))}


def defining_keys(refs_text: str, refs: RefResolver) -> list[str]:
    """Keys named by a 定义条款 line: "GB/T 36132-2025 4.1、5.2；GB/T 2589-2020" -> the keys of 4.1 and
    5.2 that exist in the index (a document named without a clause gives none)."""
    keys: list[str] = []
    for part in re.split(r"[；;]", refs_text):
        found = find_doc_id(part)
        if found is None or found[0] not in refs.docs:
            continue
        doc = refs.docs[found[0]]
        for piece in re.split(r"[、，,]", part[found[2]:]):
            m = _LABEL.match(piece)
            if not m:
                continue
            label = re.sub(r"\s+", "", next(g for g in m.groups() if g)).upper()
            if label in doc.clauses and f"{doc.doc_id}§{label}" not in keys:
                keys.append(f"{doc.doc_id}§{label}")
    return keys
