"""One ingest batch against a locked home: parse, resolve identity, embed, write, publish.

Runs under the home's write lock (index/lock.py), starting from a BM25 snapshot that matches the
store's actual ids. New chunks go to the vector store first; the new BM25 snapshot is then
published in one atomic step (readers filter dense hits through it, so until then they see the old
state of every document, and after it the new one); the replaced chunks are deleted last (listed in
the snapshot as pending, so a crash before the delete is finished by the next writer).
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.index.docstore import GenerationWriter
from assistant.index.identity import resolve, with_store_ids
from assistant.index.results import FileResult, IngestReport
from assistant.index.sparse import WRITE_BATCH, SourceInfo, SparseIndex, source_key
from assistant.index.store import VectorStore
from assistant.ingest import IngestError, Manifest, find_manifest, parse_stream
from assistant.ingest.provenance import user_copy_chunks, user_copy_meta
from assistant.ingest.stream import STREAM_MIN_BYTES
from assistant.settings import Settings
from assistant.types import Chunk

Embed = Callable[[list[str], IngestReport], np.ndarray]
STREAM_WINDOW: int | None = None  # lines per window of a streamed file (None: ingest/stream.py's WINDOW)


@lru_cache(maxsize=1)
def _parser_version() -> str:
    """Hash of the ingest package's source: a new parser re-parses every file once."""
    import assistant.ingest as pkg

    h = hashlib.sha256()
    for f in sorted(Path(pkg.__file__).parent.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def parse_key(data: bytes | Path, manifest: Manifest | None, kb: str, settings: Settings) -> str:
    """What a parse depends on: the bytes (of the file ``data`` names, read by blocks), the manifest
    (its file's bytes), the knowledge base, the chunking settings and the parser. Equal keys: the
    stored chunks are what parsing would give."""
    if isinstance(data, Path):
        h = hashlib.sha256()
        with data.open("rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
    else:
        h = hashlib.sha256(data)
    if manifest is not None and manifest.root is not None:
        mf = manifest.root / "manifest.yaml"
        h.update(mf.read_bytes() if mf.exists() else b"")
    h.update(f"\x1f{kb}\x1f{settings.ingest.chunk_max_chars}\x1f{settings.ingest.chunk_overlap}\x1f{_parser_version()}".encode())
    # provenance (ingest/provenance.py) depends on who adds the file and which manifests are trusted
    h.update(f"\x1f{settings.ingest.user}\x1f{sorted(map(str, settings.ingest.trusted_manifests))}".encode())
    return h.hexdigest()[:32]


@dataclass
class _Written:
    """What one file's batches wrote so far (undone if the file fails half-way)."""

    ids: set[str] = field(default_factory=set)
    upserted: list[str] = field(default_factory=list)
    staged: list[str] = field(default_factory=list)
    texts: list[bytes] = field(default_factory=list)  # digests of the index texts (a metadata-only change?)
    count: int = 0
    fresh: int = 0


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=12).digest()


class Batch:
    """The working state of one locked ingest: chunks by id, source info, ids to delete."""

    def __init__(self, settings: Settings, store: VectorStore, base: SparseIndex, embed: Embed,
                 *, kb: str, replace: bool) -> None:
        self.settings, self.store, self.base, self.embed = settings, store, base, embed
        self.kb, self.replace = kb, replace
        # The indexed chunks stay in the base snapshot's docstore: this batch reads the ids of the
        # sources it touches and stages their new chunks in a new generation, WRITE_BATCH at a time.
        self.sources: dict[str, SourceInfo] = dict(base.sources)
        self.touched: dict[str, set[str]] = {}  # source key -> ids after this batch (only sources it wrote)
        self.dropped: set[str] = set()  # source keys whose base rows are replaced or gone
        self.shipped: set[str] = set()  # source ids of shipped documents this batch wrote
        self.gen: GenerationWriter | None = None
        self.doomed: set[str] = set()
        self.claimed: dict[str, str] = {}  # source key -> path, written by this batch
        self.manifests: dict[str, Manifest] = {}
        self.changed = False
        self.by_path = {info.path: k for k, info in self.sources.items() if k.startswith(f"{kb}\x1f")}
        self.held_max = 0  # most chunk objects this batch handed on at once (see tests)

    def run(self, files: list[Path], report: IngestReport, progress: bool,
            remember: Callable[[Manifest], None]) -> None:
        bar = tqdm(files, desc="ingest", unit="file", disable=not progress, file=sys.stderr)
        for path in bar:
            report.files.append(self.file(path, report, remember))
            bar.set_postfix(pages=report.pages, chunks=report.chunks_added + report.chunks_unchanged)
        bar.close()
        report.warnings.extend(self._missing_manifest_files())

    def _claim(self, key: str, path: Path, manifest: Manifest | None, remember: Callable[[Manifest], None]) -> None:
        """``path`` is this batch's file for source ``key``; its manifest's editions are remembered."""
        self.claimed[key] = str(path)
        if manifest is not None:
            remember(manifest)
            if manifest.root is not None:
                self.manifests[str(manifest.root)] = manifest

    def _shipped(self, source_id: str) -> bool:
        """A shipped document of this source is indexed (in any knowledge base)."""
        return source_id in self.shipped or self.base.has_origin(source_id, "shipped")

    def _ids_of(self, key: str) -> set[str]:
        if key in self.touched:
            return set(self.touched[key])
        return set() if key in self.dropped else self.base.ids_of_source(key)

    def file(self, path: Path, report: IngestReport, remember: Callable[[Manifest], None]) -> FileResult:
        try:
            manifest = find_manifest(path)
            key_now = parse_key(path, manifest, self.kb, self.settings)
        except (IngestError, OSError):
            key_now = ""  # parse_stream reports the reason
        else:
            skipped = self._unchanged(path, key_now, manifest, report, remember)
            if skipped is not None:
                return skipped
        try:
            doc = parse_stream(path, manifest=manifest, kb=self.kb, max_chars=self.settings.ingest.chunk_max_chars,
                               overlap=self.settings.ingest.chunk_overlap, settings=self.settings, batch=WRITE_BATCH,
                               min_bytes=STREAM_MIN_BYTES, window=STREAM_WINDOW)
            first = next(doc.batches, None)
        except IngestError as e:
            return FileResult(path=str(path), status="failed", error=str(e))
        except Exception as e:  # a parser bug must not stop the batch
            return FileResult(path=str(path), status="failed", error=f"{path}: unexpected error: {e}")
        meta = doc.meta
        copy = meta.origin == "user" and self._shipped(meta.source_id)
        if copy:  # never replace a shipped document (issue 13, section 3)
            meta = user_copy_meta(meta, meta.doc_id)
        key = source_key(self.kb, meta.source_id)
        if key in self.claimed:
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed",
                              error=f"{path}: same document ({meta.source_id}) as {self.claimed[key]}; skipped")
        if not first:
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed", error=f"{path}: no text to index")
        how = resolve(meta, path, self.kb, self.sources, claimed=set(self.claimed), replace=self.replace)
        if how.error:
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed", error=how.error)
        self._claim(key, path, manifest, remember)
        old = self._ids_of(key)
        for dropped in how.drop:  # a moved file: its old source id goes in this same step
            old |= self._ids_of(dropped)
        info = SourceInfo(path=str(path.resolve()), content_hash=meta.content_hash, parse_key=key_now,
                          doc_id=meta.doc_id, pages=meta.page_count)
        prev = self.sources.get(key)
        moved = prev is not None and prev.path != info.path and (not prev.path or not Path(prev.path).exists())
        # same text, new path or bytes: the stored records' extras are rewritten (no vectors touched)
        retarget = prev is not None and (prev.path, prev.content_hash) != (info.path, info.content_hash) \
            and (prev.path == info.path or moved)
        w = _Written()
        try:
            for part in itertools.chain([first], doc.batches):  # a batch at a time: parsed, embedded, stored
                self._write(with_store_ids(user_copy_chunks(part, meta) if copy else part, self.kb), old, info,
                            retarget, w, report)
        except Exception as e:  # a file failing half-way leaves nothing of itself behind
            if w.upserted:
                self.store.delete(w.upserted)
            if w.staged and self.gen is not None:
                self.gen.discard(w.staged)
            self.claimed.pop(key, None)
            why = str(e) if isinstance(e, IngestError) else f"{path}: unexpected error: {e}"
            return FileResult(path=str(path), doc_id=meta.doc_id, status="failed", error=why)
        info.chunks = w.count
        stale = old - w.ids
        for dropped in how.drop:
            self.touched.pop(dropped, None)
            self.dropped.add(dropped)
            self.sources.pop(dropped, None)
        report.pages += meta.page_count or 0
        report.chunks_unchanged += w.count - w.fresh
        if prev is None or w.fresh or stale or (prev != info and (prev.path == info.path or moved)):
            self.sources[key] = info
            self.changed = True
        self.doomed |= stale
        if w.fresh or stale or how.drop:  # the source's rows are replaced in the new generation
            self.dropped.add(key)
        elif self.gen is not None:
            self.gen.discard(w.staged)  # the indexed rows stay as they are
        if meta.origin == "shipped":
            self.shipped.add(meta.source_id)
        self.touched[key] = w.ids
        report.chunks_added += w.fresh
        report.chunks_removed += len(stale)
        status = "unchanged" if not w.fresh and not stale else ("updated" if old else "added")
        meta_only = bool(w.fresh) and self._digests(old) == sorted(w.texts)
        note = how.note or ("仅元数据变化（标题、状态等），未重新嵌入" if meta_only else "")
        return FileResult(path=str(path), doc_id=meta.doc_id, status=status, chunks=w.count,
                          pages=meta.page_count, report=doc.report, note=note)

    def _write(self, part: list[Chunk], old: set[str], info: SourceInfo, retarget: bool,
               w: _Written, report: IngestReport) -> None:
        """One batch of a file's chunks: the new ones embedded and stored, all staged in the new
        generation (unstaged at the end when the source's rows do not change)."""
        self.held_max = max(self.held_max, len(part))
        fresh = [c for c in part if c.id not in old]
        if fresh:
            vectors = self.embed([c.index_text for c in fresh], report)
            w.upserted += [c.id for c in fresh]
            self.store.upsert(fresh, vectors, info.model_dump())
        kept = [c for c in part if c.id in old]
        if kept and retarget:
            self.store.update_extras(kept, info.model_dump())
        if self.gen is None:
            self.gen = self.base.begin()
        self.gen.add(part)
        w.staged += [c.id for c in part]
        w.ids.update(c.id for c in part)
        w.count += len(part)
        w.fresh += len(fresh)
        w.texts += [_digest(c.index_text) for c in part]

    def _digests(self, ids: set[str]) -> list[bytes]:
        """Digests of the indexed texts of ``ids``, sorted (read a slice of ids at a time)."""
        ordered = sorted(ids)
        out: list[bytes] = []
        for i in range(0, len(ordered), WRITE_BATCH):
            out += [_digest(t) for t in self.base.texts_of(ordered[i:i + WRITE_BATCH])]
        return sorted(out)

    def _unchanged(self, path: Path, key_now: str, manifest: Manifest | None, report: IngestReport,
                   remember: Callable[[Manifest], None]) -> FileResult | None:
        """The file, its manifest, knowledge base, settings and parser are as when it was indexed:
        nothing to parse (an unchanged re-ingest reads and hashes each file, no more)."""
        key = self.by_path.get(str(path.resolve()))
        info = self.sources.get(key) if key else None
        if key is None or info is None or not info.parse_key or info.parse_key != key_now or key in self.claimed:
            return None
        self._claim(key, path, manifest, remember)
        report.pages += info.pages or 0
        report.chunks_unchanged += info.chunks
        return FileResult(path=str(path), doc_id=info.doc_id, status="unchanged", chunks=info.chunks,
                          pages=info.pages, note="")

    def _missing_manifest_files(self) -> list[str]:
        out: list[str] = []
        for root, manifest in self.manifests.items():
            for entry in manifest.documents:
                if not (Path(root) / entry.file).exists():
                    out.append(f"{Path(root) / 'manifest.yaml'}: 清单条目 {entry.file} 没有对应的文件")
        return out

    def orphans(self, roots: list[Path]) -> list[str]:
        """Indexed sources of this knowledge base whose file, under one of ``roots``, is gone."""
        prefix = f"{self.kb}\x1f"
        dirs = [str(r.resolve()) + "/" for r in roots if r.is_dir()]
        out = []
        for key, info in self.sources.items():
            if key.startswith(prefix) and info.path and any(info.path.startswith(d) for d in dirs) \
                    and not Path(info.path).exists():
                sid = key[len(prefix):]
                out.append(f"{sid}: 文件 {info.path} 已不存在，索引中仍保留；删除请运行 assistant remove '{sid}'")
        return out

    def publish(self) -> SparseIndex | None:
        """The new snapshot, published (None when nothing changed); then the replaced chunks go."""
        if not self.changed and not self.doomed:
            return None
        gen = self.gen or self.base.begin()
        snap = self.base.complete(gen, self.sources, drop_sources=self.dropped, drop_ids=self.doomed)
        snap.save(pending_delete=sorted(self.doomed))
        if self.doomed:
            self.store.delete(sorted(self.doomed))
        return snap
