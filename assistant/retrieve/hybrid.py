"""Hybrid retrieval: dense (Chroma) + BM25, reciprocal rank fusion, one hit per clause key.

Superseded editions are searched only when asked for (flag, a superseded doc id or its edition year
in the query, or edition words such as 旧版/变化), or when nothing current answers.
When official text and a digest share a clause key, the official chunk is the hit and the digest
its fallback.
"""

from __future__ import annotations

import threading
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field

from assistant.index.indexer import Index
from assistant.index.sparse import SparseIndex
from assistant.retrieve.coverage import Coverage
from assistant.retrieve.merge import chroma_where, merge_by_key
from assistant.retrieve.query import Query, QueryAnalyzer
from assistant.retrieve.refusal import (
    absent_share,
    answerable,
    deferred_subjects,
    missing_specifics,
    relevance,
)
from assistant.retrieve.subject import out_of_domain
from assistant.retrieve.validate import check_doc_id, check_k, check_query
from assistant.settings import Settings
from assistant.types import Hit

Mode = Literal["hybrid", "dense", "sparse"]
_COVER_CLAUSES = frozenset({"封面", "来函"})
class SearchRequest(BaseModel):
    query: str
    k: int = 5
    mode: Mode = "hybrid"
    kb: str | None = None
    doc_id: str | None = None
    kind: str | None = None
    status: Literal["current", "superseded"] | None = None
    include_superseded: bool = False


class SearchResult(BaseModel):
    query: Query
    hits: list[Hit]
    relevance: float = Field(description="0-1: how much of the query the best hit covers (IDF-weighted).")
    absent_share: float = Field(default=0.0, description="Share of query weight on terms absent from the corpus.")
    dense_similarity: float = Field(default=0.0, description="Cosine of the best dense candidate.")
    missing: list[str] = Field(default_factory=list,
                               description="Figures, acronyms or standard numbers named that no top clause contains.")
    not_indexed: list[str] = Field(default_factory=list,
                                   description="Clauses, table rows or editions cited that are not indexed.")
    deferred: list[str] = Field(default_factory=list, description="Words of the question that the best clauses "
                                "state only where they defer to another text (请以原文为准).")
    out_of_domain: bool = Field(default=False, description="No content word of the question is in the best clause.")
    answerable: bool = False
    searched_superseded: bool = False


class Retriever:
    def __init__(self, index: Index, settings: Settings) -> None:
        self.index = index
        self.settings = settings
        self._analyzer: QueryAnalyzer | None = None
        self._analyzer_fp = ""
        self._superseded: dict[str, int | None] = {}
        self._doc_ids: frozenset[str] = frozenset()
        self._doc_ids_fp = ""
        self._build = threading.Lock()
        self._local = threading.local()  # the BM25 snapshot one search runs against

    @property
    def sparse(self) -> SparseIndex:
        """The snapshot of the running search (one per thread), else the index's current one: a
        search never mixes two states of the index."""
        snap = getattr(self._local, "snap", None)
        return self.index.sparse if snap is None else snap

    @property
    def analyzer(self) -> QueryAnalyzer:
        """Query analysis and corpus facts, rebuilt when the index changes (built once per state,
        whichever threads ask)."""
        snap = self.sparse
        if self._analyzer is None or snap.fingerprint != self._analyzer_fp:
            with self._build:
                if self._analyzer is None or snap.fingerprint != self._analyzer_fp:
                    self._superseded = {d: y for d, _, s, y, _ in snap.documents() if s == "superseded"}
                    self._analyzer = QueryAnalyzer(snap, snap.vocabulary(), self.settings.retrieval.term_max_share)
                    self._analyzer_fp = snap.fingerprint
        return self._analyzer

    def _known_docs(self, snap: SparseIndex) -> frozenset[str]:
        if snap.fingerprint != self._doc_ids_fp:
            self._doc_ids = frozenset(snap.values("doc_id"))
            self._doc_ids_fp = snap.fingerprint
        return self._doc_ids

    def run(self, req: SearchRequest) -> SearchResult:
        """Rank clauses for ``req``; QueryError for an empty or overlong query, a bad k, an unknown doc."""
        self.index.refresh()  # another process may have published a newer snapshot
        self._local.snap = snap = self.index.sparse
        try:
            req = req.model_copy(update={"query": check_query(req.query, self.settings),
                                         "k": check_k(req.k, self.settings),
                                         "doc_id": check_doc_id(req.doc_id, self._known_docs(snap))})
            return self._run(req)
        finally:
            self._local.snap = None

    def _run(self, req: SearchRequest) -> SearchResult:
        q = self.analyzer.analyze(req.query)
        wants_old = req.include_superseded or req.status == "superseded" or self._asks_for_old(q, req)
        vec = self.index.embedder.embed_query(q.search_text) if req.mode != "sparse" else None
        hits, cos = self._search(q, vec, req, include_superseded=wants_old)
        rel = self.relevance(q, hits[0]) if hits else 0.0
        searched_old = wants_old
        if not wants_old and req.status is None and rel < self.settings.retrieval.superseded_fallback_below:
            old_hits, old_cos = self._search(q, vec, req, include_superseded=True)
            old_rel = self.relevance(q, old_hits[0]) if old_hits else 0.0
            if old_rel > rel:
                hits, cos, rel, searched_old = old_hits, old_cos, old_rel, True
        absent = self.absent_share(q)
        missing = self.missing_specifics(q, hits)
        dangling = q.dangling if self.settings.retrieval.refusal_dangling_refs else []
        deferred = deferred_subjects(q, hits, self.sparse, self.settings)
        foreign = self.settings.retrieval.refusal_focus and out_of_domain(q, hits)
        return SearchResult(query=q, hits=hits, relevance=rel, absent_share=absent, dense_similarity=cos,
                            missing=missing, not_indexed=dangling, deferred=deferred, out_of_domain=foreign,
                            answerable=not missing and not dangling and not deferred
                            and self._answerable(q, hits, rel, absent, cos),
                            searched_superseded=searched_old)

    def missing_specifics(self, q: Query, hits: list[Hit], top: int = 3) -> list[str]:
        return missing_specifics(q, hits, self.settings, top, self.sparse)

    def _answerable(self, q: Query, hits: list[Hit], rel: float, absent: float, cos: float) -> bool:
        return answerable(q, hits, rel, absent, cos, self.sparse, self.settings)

    def absent_share(self, q: Query, tokens: list[str] | None = None) -> float:
        return absent_share(q, self.sparse, tokens)

    def _asks_for_old(self, q: Query, req: SearchRequest) -> bool:
        old = self._superseded
        if not old:
            return False
        named = {*q.named_docs, req.doc_id} & set(old)
        return bool(named) or q.edition_intent or any(y in old.values() for y in q.years)

    # --- ranking -------------------------------------------------------------------------
    def _search(self, q: Query, vec: np.ndarray | None, req: SearchRequest, *,
                include_superseded: bool) -> tuple[list[Hit], float]:
        s = self.settings.retrieval
        status = req.status or (None if include_superseded else "current")
        filters = {"kb": req.kb or self.settings.kb, "doc_id": req.doc_id, "kind": req.kind, "status": status}
        n = max(s.candidates, req.k * 4)
        mask = self.sparse.mask(**filters)
        dense: list[str] = []
        sparse: list[str] = []
        scored_sparse: list[tuple[str, float]] = []
        best_cos = 0.0
        if vec is not None and req.mode in ("hybrid", "dense"):
            scored = self._dense(vec, n, filters, mask)
            dense = [i for i, _ in scored]
            best_cos = scored[0][1] if scored else 0.0
        if req.mode in ("hybrid", "sparse"):
            scored_sparse = self.sparse.search(q.tokens, n, mask)
            sparse = [i for i, _ in scored_sparse]
        dense_weight = s.dense_weight
        if req.mode == "hybrid" and s.lexical_margin < 1 and len(scored_sparse) >= 2:
            top, second = scored_sparse[0][1], scored_sparse[1][1]
            if top > 0 and (top - second) / top >= s.lexical_margin:
                dense_weight *= s.lexical_dense_factor
        rankings = [(dense_weight, dense), (s.sparse_weight, sparse),
                    (s.ref_weight, self._keyed(q.ref_keys, mask))]
        rankings += [(s.term_weight, ids) for ids in self._term_homes(q, mask)]
        fused: dict[str, float] = {}
        for weight, ranking in rankings:
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + weight / (s.rrf_k + rank + 1)
        if s.front_matter_weight < 1:
            get = self.sparse.get
            for cid in fused:
                if get(cid).clause in _COVER_CLAUSES:
                    fused[cid] *= s.front_matter_weight
        named = set(q.named_docs)
        if named and s.named_doc_weight:
            get = self.sparse.get
            in_named = [cid for cid in sorted(fused, key=lambda c: -fused[c]) if get(cid).doc_id in named]
            for rank, cid in enumerate(in_named):
                fused[cid] += s.named_doc_weight / (s.rrf_k + rank + 1)
        coverage = Coverage(q.tokens, self.sparse)  # see retrieve/coverage.py
        if s.coverage_weight:
            for cid in sorted(fused, key=lambda c: -fused[c])[:s.coverage_top]:
                fused[cid] += s.coverage_weight / (s.rrf_k + 1) * coverage.indexed(self.sparse.get(cid))
        d_rank = {cid: r + 1 for r, cid in enumerate(dense)}
        s_rank = {cid: r + 1 for r, cid in enumerate(sparse)}
        ordered = sorted(fused, key=lambda cid: -fused[cid])
        hits = merge_by_key(
            [(self.sparse.get(cid), fused[cid], d_rank.get(cid), s_rank.get(cid)) for cid in ordered],
            req.k, keep=frozenset(q.ref_keys), cover=coverage.own,
        )
        return [self._prefer_official(h, q) for h in hits], best_cos

    def _term_homes(self, q: Query, mask: np.ndarray | None) -> list[list[str]]:
        """For each glossary term named, the chunks of its defining clause, when among the clauses
        searched it has exactly one (a term defined in several places, 碳排放强度 in 4.3.1, B.3
        and B.4, does not say which one is meant) and it lies in a document the question names,
        if it names any."""
        get = self.sparse.get
        out: list[list[str]] = []
        for keys in q.term_keys.values():
            ids = self._keyed(keys, mask)
            if len({get(i).key for i in ids}) != 1:
                continue
            if q.named_docs and get(ids[0]).doc_id not in q.named_docs:
                continue
            out.append(ids)
        return out

    def _keyed(self, keys: list[str], mask: np.ndarray | None) -> list[str]:
        """Chunk ids of the given clause keys that the filters allow, in key order."""
        sparse = self.sparse
        return [c.id for key in keys for c in sparse.by_key(key) if sparse.allows(c.id, mask)]

    def _dense(self, vec: np.ndarray, n: int, filters: dict, mask: np.ndarray | None) -> list[tuple[str, float]]:
        """Unfiltered HNSW with headroom, filtered against the local docstore (a Chroma ``where``
        query is ~10x slower); the ``where`` query only when too few candidates survive.
        Only ids of this search's BM25 snapshot count: chunks a running ingest has written but not
        yet published (or is about to delete) are not part of the state this search sees."""
        store, sparse = self.index.store, self.sparse
        wide = store.query(vec, n * 3 if mask is not None else n + 20)
        kept = [(i, sim) for i, sim in wide if sparse.allows(i, mask)]
        if mask is None or len(kept) >= n or len(wide) < n * 3:
            return kept[:n]
        return [(i, sim) for i, sim in store.query(vec, n, where=chroma_where(filters)) if sparse.allows(i, mask)]

    def _prefer_official(self, hit: Hit, q: Query) -> Hit:
        """A digest hit whose key also has official text indexed: quote the official text."""
        if hit.chunk.kind != "digest":
            return hit
        official = [c for c in self.sparse.by_key(hit.chunk.key)
                    if c.kind != "digest" and c.kb == hit.chunk.kb and not c.instruction and c.identity == "verified"]
        if not official:
            return hit
        tokens = set(q.tokens)
        best = max(official, key=lambda c: len(tokens & set(self.sparse.chunk_tokens(c.id))))
        rest = [c for c in [hit.chunk, *hit.fallback] if c.id != best.id]
        return hit.model_copy(update={"chunk": best, "fallback": rest})

    def relevance(self, q: Query, hit: Hit, tokens: list[str] | None = None) -> float:
        """IDF-weighted share of query tokens (or of ``tokens``) found in the hit (retrieve/refusal.py)."""
        return relevance(q, hit, self.sparse, tokens)
