"""The index stage: parse files, embed new chunks (through the cache), write vectors and BM25 in step.

Incremental by construction: chunk ids are content hashes, so an unchanged file produces the ids
already stored (no writes), and a changed file adds its new chunks before deleting its old ones
(a crash in between never loses text).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field
from tqdm import tqdm

from assistant.index.cache import EmbeddingCache, embed_cached
from assistant.index.embedders import Embedder, build_embedder
from assistant.index.sparse import INDEX_FORMAT, SparseIndex
from assistant.index.store import VectorStore, build_store
from assistant.ingest import (
    IngestError,
    Manifest,
    canonical_doc_id,
    discover,
    find_manifest,
    parse_file,
)
from assistant.ingest.provenance import user_copy
from assistant.settings import Settings
from assistant.types import Chunk, ParseReport


class FileResult(BaseModel):
    path: str
    doc_id: str = ""
    status: Literal["added", "updated", "unchanged", "failed"]
    chunks: int = 0
    pages: int | None = None
    error: str = ""
    report: ParseReport | None = Field(default=None, description="What structure recovery found.")


class IngestReport(BaseModel):
    files: list[FileResult] = Field(default_factory=list)
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_unchanged: int = 0
    embedded: int = Field(default=0, description="Texts actually run through the model (cache misses).")
    pages: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.errors


class Index:
    """Embedder + vector store + BM25 sidecar for one data directory."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or build_embedder(settings.embedder, settings)
        versioned = f"{self.embedder.name}.i{INDEX_FORMAT}"
        self.store: VectorStore = build_store(settings, versioned, self.embedder.dim)
        self.sparse = SparseIndex(settings.bm25_dir / _slug(versioned))
        self._cache: EmbeddingCache | None = None
        self._editions: list[dict] | None = None
        self.sync()

    # --- consistency ---------------------------------------------------------------------
    def sync(self) -> None:
        """Make the BM25 sidecar match the vector store (rebuilt from the store if stale)."""
        stored = self.store.get_meta("fingerprint") or ""
        if self.sparse.load() and self.sparse.fingerprint == stored:
            return
        if self.store.count() == 0 and not stored:
            self.sparse.rebuild([])
            return
        self.sparse.rebuild(self.store.all_chunks())
        self.store.set_meta("fingerprint", self.sparse.fingerprint)

    @property
    def cache(self) -> EmbeddingCache:
        if self._cache is None:
            self._cache = EmbeddingCache(self.settings.cache_dir / "embeddings.sqlite")
        return self._cache

    # --- writes --------------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path], *, kb: str | None = None, progress: bool = True) -> IngestReport:
        t0 = time.perf_counter()
        report = IngestReport()
        files, problems = discover([Path(p) for p in paths])
        report.files.extend(FileResult(path=str(e.path), status="failed", error=str(e)) for e in problems)
        self.sync()  # another client may have written to a Chroma server since we opened it
        current = {c.id: c for c in self.sparse.chunks}
        by_source: dict[str, set[str]] = {}
        for c in current.values():
            by_source.setdefault(c.source_id, set()).add(c.id)
        seen_sources: dict[str, str] = {}
        bar = tqdm(files, desc="ingest", unit="file", disable=not progress, file=sys.stderr)
        for path in bar:
            result = self._ingest_file(path, kb or self.settings.kb, by_source, seen_sources, current, report, progress)
            report.files.append(result)
            bar.set_postfix(pages=report.pages, chunks=report.chunks_added + report.chunks_unchanged)
        bar.close()
        if report.chunks_added or report.chunks_removed:
            self.sparse.rebuild(list(current.values()))
            self.store.set_meta("fingerprint", self.sparse.fingerprint)
        report.seconds = time.perf_counter() - t0
        return report

    def _ingest_file(self, path: Path, kb: str, by_source: dict[str, set[str]], seen: dict[str, str],
                     current: dict[str, Chunk], report: IngestReport, progress: bool) -> FileResult:
        try:
            manifest = find_manifest(path)
            doc = parse_file(path, manifest=manifest, kb=kb, max_chars=self.settings.chunk_max_chars,
                             overlap=self.settings.chunk_overlap, settings=self.settings)
        except IngestError as e:
            return FileResult(path=str(path), status="failed", error=str(e))
        except Exception as e:  # a parser bug must not stop the batch
            return FileResult(path=str(path), status="failed", error=f"{path}: unexpected error: {e}")
        if doc.meta.origin == "user" and any(current[i].origin == "shipped" for i in by_source.get(doc.meta.source_id, ())):
            doc = user_copy(doc, doc.meta.doc_id)  # never replace a shipped document (issue 13, section 3)
        meta = doc.meta
        if meta.source_id in seen:
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed",
                              error=f"{path}: same document ({meta.source_id}) as {seen[meta.source_id]}; skipped")
        seen[meta.source_id] = str(path)
        if not doc.chunks:
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed", error=f"{path}: no text to index")
        if manifest is not None:
            self._remember_editions(manifest)
        report.pages += meta.page_count or 0
        old = by_source.get(meta.source_id, set())
        new_ids = {c.id for c in doc.chunks}
        fresh = [c for c in doc.chunks if c.id not in old]
        stale = old - new_ids
        report.chunks_unchanged += len(doc.chunks) - len(fresh)
        if fresh:
            vectors = self._embed([c.index_text for c in fresh], report, progress)
            self.store.upsert(fresh, vectors)
        if stale:
            self.store.delete(sorted(stale))
        for i in stale:
            current.pop(i, None)
        current.update({c.id: c for c in doc.chunks})
        report.chunks_added += len(fresh)
        report.chunks_removed += len(stale)
        by_source[meta.source_id] = new_ids
        status = "unchanged" if not fresh and not stale else ("updated" if old else "added")
        return FileResult(path=str(path), doc_id=meta.doc_id, status=status, chunks=len(doc.chunks),
                          pages=meta.page_count, report=doc.report)

    def _embed(self, texts: list[str], report: IngestReport, progress: bool) -> np.ndarray:
        bar = tqdm(total=len(texts), desc="embed", unit="chunk", leave=False, disable=not progress, file=sys.stderr)
        vectors, n_new = embed_cached(
            texts, model=self.embedder.name, embed=self.embedder.embed_documents, cache=self.cache,
            batch_size=self.settings.embed_batch_size, on_batch=bar.update,
        )
        bar.close()
        report.embedded += n_new
        return vectors

    def remove(self, doc_id: str) -> int:
        """Delete every source of a document (official text and digest). Returns chunks removed."""
        wanted = {doc_id, canonical_doc_id(doc_id) or doc_id}
        doomed = [c for c in self.sparse.chunks
                  if c.source_id in wanted or c.doc_id in wanted]
        if not doomed:
            return 0
        self.store.delete([c.id for c in doomed])
        ids = {c.id for c in doomed}
        self.sparse.rebuild([c for c in self.sparse.chunks if c.id not in ids])
        self.store.set_meta("fingerprint", self.sparse.fingerprint)
        return len(doomed)

    # --- edition links -------------------------------------------------------------------
    def _remember_editions(self, manifest: Manifest) -> None:
        links = [e.model_dump() for e in manifest.editions]
        if not links:
            return
        known = {(e["old"], e["new"]): e for e in self.editions()}
        known.update({(e["old"], e["new"]): e for e in links})
        self._editions = list(known.values())
        self.store.set_meta("editions", json.dumps(self._editions, ensure_ascii=False))

    def editions(self) -> list[dict]:
        """Edition links (old, new, effective_date, clause_map) from the manifests ingested so far."""
        if self._editions is None:
            raw = self.store.get_meta("editions")
            self._editions = json.loads(raw) if raw else []
        return self._editions

    def chunks(self) -> list[Chunk]:
        return list(self.sparse.chunks)


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in name).strip("-")[:60] or "model"
