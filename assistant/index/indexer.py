"""The index stage: parse files, embed new chunks (through the cache), write vectors and BM25 in step.

Incremental by construction: store ids are content hashes (index/identity.py), so an unchanged file
produces the ids already stored (no writes), and a changed file adds its new chunks before its old
ones are deleted (a crash in between never loses text).

Safe with several writers and readers: writes hold the home's lock (index/lock.py) from reading
the store's state to publishing the new BM25 snapshot; readers hold an immutable snapshot and pick
up a newer one (``refresh``) without any lock. The BM25 side is checked against a fingerprint of
the ids the store actually holds, so a stale side is rebuilt from the store.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.index.cache import EmbeddingCache, embed_cached
from assistant.index.embedders import Embedder, build_embedder
from assistant.index.lock import is_write_locked, try_write_lock, write_lock
from assistant.index.sparse import INDEX_FORMAT, SourceInfo, SparseIndex, fingerprint, source_key
from assistant.index.store import VectorStore, build_store
from assistant.index.writer import Batch, FileResult, IngestReport
from assistant.ingest import Manifest, canonical_doc_id, discover
from assistant.settings import Settings
from assistant.types import Chunk

__all__ = ["FileResult", "Index", "IngestReport"]
STORE_PAGE = 5000  # records read from the store at once by a rebuild
_BACKGROUND_LOAD = 20_000  # chunks: a larger published snapshot is loaded beside the searches


class Index:
    """Embedder + vector store + BM25 sidecar for one data directory. Shared by threads."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or build_embedder(settings.embedder, settings)
        versioned = f"{self.embedder.name}.i{INDEX_FORMAT}"
        self.store: VectorStore = build_store(settings, versioned, self.embedder.dim)
        self.lock_path = settings.home / "write.lock"
        self._dir = settings.bm25_dir / _slug(versioned)
        self.sparse = SparseIndex(self._dir)  # replaced, never mutated: readers keep a consistent view
        self._stamp: tuple[int, int] | None = None
        self._cache: EmbeddingCache | None = None
        self._cache_lock = threading.Lock()
        self._editions: list[dict] | None = None
        self._refresh_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._progress = False
        self._on_chunks: Callable[[int], None] | None = None  # ingest's callback: chunks embedded so far
        self._chunks_done = 0
        self._checked = time.monotonic()
        self.sync()

    # --- consistency ---------------------------------------------------------------------
    def sync(self) -> None:
        """Make the BM25 snapshot match the ids the store holds (rebuilt from the store if stale).

        While a writer holds the lock its changes are half-written: a reader then takes the last
        published snapshot (dense hits outside it are ignored) instead of rebuilding from the store."""
        stamp = self._sparse_stamp()
        published = SparseIndex.load(self._dir)
        if published is not None and (self._matches_store(published) or is_write_locked(self.lock_path)):
            self._swap(published, stamp)
            return
        with try_write_lock(self.lock_path) as mine:
            if not mine:  # a writer is busy: its result is published soon, take the last one
                self._swap(published or SparseIndex(self._dir), stamp)
                return
            snap = self._from_store(published)  # stale (a crash, an old unlocked writer): repaired
            snap.save()
            self._record(snap)
            self._swap(snap, self._sparse_stamp())

    def _sync_locked(self) -> SparseIndex:
        """Under the write lock: the snapshot that matches the store now, repaired if needed."""
        published = SparseIndex.load(self._dir)
        if published is not None and published.pending_delete:
            self.store.delete(published.pending_delete)  # a writer died before finishing its deletes
        if published is not None and published.fingerprint == self._store_fingerprint(published):
            if published.pending_delete:
                published.save()
            self._record(published)
            self._swap(published, self._sparse_stamp())
            return published
        snap = self._from_store(published)
        snap.save()
        self._record(snap)
        self._swap(snap, self._sparse_stamp())
        return snap

    def _matches_store(self, snap: SparseIndex) -> bool:
        """Does the snapshot hold what the store holds? Embedded store: the fingerprint the last
        writer recorded (computed from the store's ids under the lock) and the store's count say so
        cheaply; else, and always with a server (writers on other machines take no lock here), the
        fingerprint of every id the store holds decides."""
        if not self.settings.store.chroma_url and self.store.get_meta("fingerprint") == snap.fingerprint \
                and self.store.count() in (snap.count, snap.count + len(snap.pending_delete)):
            return True
        return snap.fingerprint == self._store_fingerprint(snap)

    def _record(self, snap: SparseIndex) -> None:
        """After a publish and its deletes: the store now holds exactly the snapshot's ids."""
        self.store.set_meta("fingerprint", snap.fingerprint)

    def _store_fingerprint(self, published: SparseIndex | None) -> str:
        """Fingerprint of the ids the store holds, less those a writer is about to delete."""
        pending = set(published.pending_delete) if published is not None else set()
        return fingerprint(i for i in self.store.ids() if i not in pending)

    def _from_store(self, published: SparseIndex | None) -> SparseIndex:
        """A snapshot rebuilt from the store's records, read a page at a time (never every chunk as
        an object at once); the sources come from each source's first record."""
        pending = set(published.pending_delete) if published is not None else set()
        sources: dict[str, SourceInfo] = {}

        def chunks() -> Iterator[Chunk]:
            for page in self.store.record_pages(STORE_PAGE):
                for c, extras in page:
                    if c.id not in pending:
                        sources.setdefault(source_key(c.kb, c.source_id), SourceInfo(**extras))
                        yield c

        base = published or self.sparse
        return base.build(chunks(), sources)  # the sources are read after the chunks are staged

    def refresh(self) -> None:
        """Pick up a snapshot another process (or thread) published since; cheap when none was.
        With a Chroma server, other machines publish nothing here: every ``server_sync_seconds``
        the server's ids are compared with the snapshot and the BM25 side re-synced if they differ."""
        stamp = self._sparse_stamp()
        if stamp != self._stamp:
            if self.sparse.count < _BACKGROUND_LOAD:
                self._load_published(stamp)
            elif self._loader is None or not self._loader.is_alive():
                # a large snapshot takes seconds to load: searches go on against the current one
                self._loader = threading.Thread(target=self._load_published, args=(stamp,), daemon=True)
                self._loader.start()
        if self.settings.store.chroma_url and time.monotonic() - self._checked >= self.settings.store.server_sync_seconds:
            with self._refresh_lock:
                if time.monotonic() - self._checked < self.settings.store.server_sync_seconds:
                    return
                if self.sparse.fingerprint != self._store_fingerprint(self.sparse):
                    snap = self._from_store(self.sparse)
                    if not is_write_locked(self.lock_path):
                        snap.save()
                    self._swap(snap, self._sparse_stamp())
                self._checked = time.monotonic()

    def _load_published(self, stamp: tuple[int, int] | None) -> None:
        snap = SparseIndex.load(self._dir)
        if snap is not None:
            self._swap(snap, stamp)
        else:
            self._stamp = stamp  # unreadable mid-replace: the next change of stamp retries

    def _sparse_stamp(self) -> tuple[int, int] | None:
        return SparseIndex(self._dir).stamp()

    def _swap(self, snap: SparseIndex, stamp: tuple[int, int] | None) -> None:
        self.sparse, self._stamp = snap, stamp

    @property
    def cache(self) -> EmbeddingCache:
        with self._cache_lock:  # built once, even when threads ask together
            if self._cache is None:
                self._cache = EmbeddingCache(self.settings.cache_dir / "embeddings.sqlite")
            return self._cache

    # --- writes --------------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path], *, kb: str | None = None, progress: bool = True,
               replace: bool = False, on_chunks: Callable[[int], None] | None = None) -> IngestReport:
        """Ingest files and folders into knowledge base ``kb``. ``replace``: a file may replace an
        indexed document of the same id that comes from another, still existing file. ``on_chunks(n)``
        is called as chunks are embedded (n: so far in this call), for an app's progress display."""
        t0 = time.perf_counter()
        report = IngestReport()
        roots = [Path(p) for p in paths]
        files, problems = discover(roots)
        report.files.extend(FileResult(path=str(e.path), status="failed", error=str(e)) for e in problems)

        def waiting() -> None:
            if progress:
                print("另一个写入进程正在更新索引，等待中…", file=sys.stderr)

        self._progress, self._on_chunks, self._chunks_done = progress, on_chunks, 0
        with write_lock(self.lock_path, on_wait=waiting):
            batch = Batch(self.settings, self.store, self._sync_locked(), self._embed,
                          kb=kb or self.settings.kb, replace=replace)
            batch.run(files, report, progress, self._remember_editions)
            snap = batch.publish()
            if snap is not None:
                self._record(snap)
                self._swap(snap, self._sparse_stamp())
            report.warnings.extend(batch.orphans(roots))
        report.seconds = time.perf_counter() - t0
        return report

    def _embed(self, texts: list[str], report: IngestReport) -> np.ndarray:
        bar = tqdm(total=len(texts), desc="embed", unit="chunk", leave=False, disable=not self._progress,
                   file=sys.stderr)
        vectors, n_new = embed_cached(
            texts, model=self.embedder.name, embed=self.embedder.embed_documents, cache=self.cache,
            batch_size=self.settings.embedding.batch_size, on_batch=lambda n: self._embedded(bar, n),
        )
        bar.close()
        report.embedded += n_new
        return vectors

    def _embedded(self, bar: tqdm, n: int) -> None:
        bar.update(n)
        self._chunks_done += n
        if self._on_chunks is not None:
            self._on_chunks(self._chunks_done)

    def remove(self, doc_id: str, *, kb: str | None = None) -> int:
        """Delete every source of a document (official text and digest) from knowledge base ``kb``
        (every base when None). Returns chunks removed."""
        wanted = {doc_id, canonical_doc_id(doc_id) or doc_id}
        with write_lock(self.lock_path):
            base = self._sync_locked()
            doomed = {i for i, c_kb, sid, did in base.project(("id", "kb", "source_id", "doc_id"))
                      if (sid in wanted or did in wanted) and (kb is None or c_kb == kb)}
            if not doomed:
                return 0
            snap = base.complete(base.begin(), base.sources, drop_ids=doomed)
            snap.save(pending_delete=sorted(doomed))
            self.store.delete(sorted(doomed))
            self._record(snap)
            self._swap(snap, self._sparse_stamp())
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
        """Every indexed chunk as objects (listings, quizzes); searches never need them all."""
        return self.sparse.chunks


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in name).strip("-")[:60] or "model"
