"""The SQLite docstore behind the BM25 side (index/docstore.py, index/sparse.py): rows are read
lazily, filters work from integer columns, a published generation is immutable (a reader holding an
old snapshot keeps reading its rows), a writer never holds the index as chunk objects, and a home in
the old one-file format is migrated without losing anything."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from fixtures.gendocs import write_doc

from assistant.api import Assistant
from assistant.index import sparse as sparse_mod
from assistant.index.bm25build import Bm25Matrix, build_bm25
from assistant.index.docstore import DocStore
from assistant.index.sparse import (
    LEGACY,
    SNAPSHOT,
    SourceInfo,
    SparseIndex,
    fingerprint,
    source_key,
)
from assistant.settings import Settings
from assistant.types import Chunk


def _chunks(n: int, doc: str = "D1", kb: str = "default", status: str = "current", word: str = "用水") -> list[Chunk]:
    return [Chunk(id=f"{doc}-{kb}-{i}", key=f"{doc}§{i}", doc_id=doc, source_id=doc, clause=str(i),
                  title=f"第{i}条", text=f"{doc}第{i}条：企业应对{word}进行计量。", kb=kb, status=status,  # type: ignore[arg-type]
                  index_text=f"{doc}第{i}条：企业应对{word}进行计量。", order=i, doc_title=f"文件{doc}")
            for i in range(n)]


def _snapshot(tmp_path: Path, chunks: list[Chunk]) -> SparseIndex:
    snap = SparseIndex(tmp_path / "bm25").build(chunks, {source_key(c.kb, c.source_id): SourceInfo(path=c.source_id)
                                                         for c in chunks})
    snap.save()
    return snap


def test_rows_are_read_only_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _snapshot(tmp_path, _chunks(50) + _chunks(30, doc="D2", word="废气"))
    reads: list[int] = []
    real = DocStore.chunk
    monkeypatch.setattr(DocStore, "chunk", lambda self, row: reads.append(row) or real(self, row))
    snap = SparseIndex.load(tmp_path / "bm25")
    assert snap is not None and snap.count == 80 and not reads, "opening reads no chunk rows"
    hits = snap.search(["废气"], 5)
    assert len(hits) == 5 and not reads, "BM25 ranks from the memory-mapped matrix and the id column"
    got = [snap.get(i) for i, _ in hits]
    assert all(c is not None and c.doc_id == "D2" for c in got)
    assert len(set(reads)) == 5, "exactly the rows of the hits were read"
    assert snap.get("D2-default-3") == _chunks(30, doc="D2", word="废气")[3]
    assert [c.id for c in snap.by_key("D1§7")] == ["D1-default-7"]
    assert "废气" in snap.chunk_tokens("D2-default-0")
    assert snap.get("no-such-id") is None


def test_filters_work_on_the_docstore_columns(tmp_path: Path) -> None:
    chunks = _chunks(10) + _chunks(10, doc="D2", kb="other") + _chunks(5, doc="OLD", status="superseded")
    snap = _snapshot(tmp_path, chunks)
    loaded = SparseIndex.load(tmp_path / "bm25")
    assert loaded is not None
    for s in (snap, loaded):
        kb = s.mask(kb="other")
        assert kb is not None and int(kb.sum()) == 10
        assert s.allows("D2-other-1", kb) and not s.allows("D1-default-1", kb)
        both = s.mask(kb="default", status="superseded")
        assert both is not None and int(both.sum()) == 5 and s.allows("OLD-default-0", both)
        none = s.mask(doc_id="unknown")
        assert none is not None and not none.any()
        hits = s.search(["用水"], 30, s.mask(doc_id="D2"))
        assert {i.split("-")[0] for i, _ in hits} == {"D2"}
        assert sorted(s.values("doc_id")) == ["D1", "D2", "OLD"]
        assert s.project(("doc_id", "status"), distinct=True, contains=("text", "OLD")) == [("OLD", "superseded")]


def test_streamed_bm25_scores_equal_bm25s(tmp_path: Path) -> None:
    import bm25s

    docs = [["用水", "计量", "用水"], ["废气", "排放"], [], ["计量", "记录", "废气", "用水"], ["排放"] * 4]
    build_bm25(lambda: iter(docs), tmp_path)
    ours = bm25s.BM25.load(str(tmp_path), mmap=True)
    ref = bm25s.BM25()
    ref.index([d or ["\u2205"] for d in docs], show_progress=False)
    mapped = Bm25Matrix(tmp_path)  # what readers use: no bm25s import
    for q in (["用水"], ["废气", "计量"], ["排放", "记录"], ["用水", "用水", "没有的词"]):
        assert np.allclose(ours.get_scores(q), ref.get_scores(q), atol=1e-6), q
        assert np.allclose(mapped.get_scores(q), ref.get_scores(q), atol=1e-6), q
    assert json.loads((tmp_path / "df.json").read_text(encoding="utf-8"))["用水"] == 2


def test_publish_is_atomic_and_an_old_reader_keeps_its_rows(tmp_path: Path) -> None:
    first = _chunks(20)
    _snapshot(tmp_path, first)
    reader = SparseIndex.load(tmp_path / "bm25")
    assert reader is not None
    old_gen = reader.generation
    writer_base = SparseIndex.load(tmp_path / "bm25")
    assert writer_base is not None
    unpublished = writer_base.build(_chunks(8, doc="NEW", word="光伏"))
    again = SparseIndex.load(tmp_path / "bm25")
    assert again is not None and again.fingerprint == reader.fingerprint, "built but not saved: not visible"
    unpublished.save()
    assert old_gen is not None
    shutil.rmtree(old_gen)  # what a later writer's cleanup does to an old generation
    assert reader.get("D1-default-13") == first[13], "the reader still reads its own generation"
    assert [i for i, _ in reader.search(["用水"], 3)] and not reader.search(["光伏"], 3)
    fresh = SparseIndex.load(tmp_path / "bm25")
    assert fresh is not None and fresh.count == 8 and fresh.get("D1-default-13") is None
    assert fresh.search(["光伏"], 3)


def test_a_damaged_docstore_is_not_trusted(tmp_path: Path) -> None:
    snap = _snapshot(tmp_path, _chunks(12))
    import sqlite3

    assert snap.generation is not None
    with sqlite3.connect(snap.generation / "docstore.sqlite") as db:
        db.execute("DELETE FROM chunks WHERE row > 9")
    assert SparseIndex.load(tmp_path / "bm25") is None, "fingerprint of the rows differs from the header"


def _to_legacy(bm25_dir: Path, chunks: list[Chunk], sources: dict, pending: list[str]) -> None:
    """Write the pre-docstore format: a header line, then one chunk per line (and no new files)."""
    for p in bm25_dir.iterdir():
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    head = {"fingerprint": fingerprint(c.id for c in chunks), "pending_delete": pending, "bm25": "",
            "sources": {k: v.model_dump() for k, v in sources.items()}}
    lines = [json.dumps(head, ensure_ascii=False)] + [json.dumps(c.model_dump(), ensure_ascii=False) for c in chunks]
    (bm25_dir / LEGACY).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_old_format_home_is_migrated_without_loss(tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(home=home, embedder="hash")
    a = Assistant(settings)
    a.ingest([write_doc(tmp_path / "docs", "a", "甲文件", 12), write_doc(tmp_path / "docs", "b", "乙文件", 6)])
    chunks, sources = a.chunks(), dict(a.index.sparse.sources)
    doomed = [c.id for c in chunks if c.doc_id == "乙文件"][:2]
    bm25_dir = a.index.sparse.dir
    kept = [c for c in chunks if c.id not in doomed]
    _to_legacy(bm25_dir, kept, sources, doomed)  # a home written before the docstore, mid-delete
    b = Assistant(settings)
    assert b.index.sparse.count == len(kept)
    assert (bm25_dir / SNAPSHOT).exists() and (bm25_dir / f"{LEGACY}.migrated").exists()
    assert not (bm25_dir / LEGACY).exists()
    assert {c.id for c in b.chunks()} == {c.id for c in chunks} - set(doomed), "the pending deletes are kept"
    assert b.index.sparse.sources == sources, "parse keys survive: an unchanged re-ingest parses nothing"
    assert b.search("管理 记录", doc_id="甲文件")
    again = b.ingest([tmp_path / "docs"])
    assert again.embedded == 0 and {f.status for f in again.files} <= {"unchanged", "updated"}
    assert not set(doomed) & set(b.index.store.ids())


def test_an_unreadable_old_snapshot_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    a.ingest([write_doc(tmp_path / "docs", "a", "甲文件", 9)])
    bm25_dir = a.index.sparse.dir
    _to_legacy(bm25_dir, a.chunks()[:4], {}, [])  # truncated: fingerprint of 4 of the 9 chunks
    head = json.loads((bm25_dir / LEGACY).read_text(encoding="utf-8").splitlines()[0])
    head["fingerprint"] = "0" * 32
    rows = (bm25_dir / LEGACY).read_text(encoding="utf-8").splitlines()[1:]
    (bm25_dir / LEGACY).write_text("\n".join([json.dumps(head), *rows]) + "\n", encoding="utf-8")
    b = Assistant(settings)
    assert b.index.sparse.count == 9 == len(b.chunks()) == b.index.store.count(), "rebuilt from the vector store, nothing lost"
    assert (bm25_dir / LEGACY).exists(), "the file that could not be migrated is left alone"


def test_a_reader_holding_an_old_snapshot_reads_it_after_a_writer_publishes(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", embedder="hash")
    reader = Assistant(settings)
    reader.ingest([write_doc(tmp_path / "v1", "a", "甲文件", 10, marker="旧版")])
    held = reader.index.sparse
    old_ids = {c.id for c in held.chunks}
    writer = Assistant(settings)
    writer.ingest([write_doc(tmp_path / "v1", "a", "甲文件", 10, marker="新版")])
    assert held.generation is not None and held.generation.exists()
    shutil.rmtree(held.generation)  # retired by a later writer's cleanup
    assert {c.id for c in held.chunks} == old_ids and all("旧版" in c.text for c in held.chunks)
    assert held.get(next(iter(old_ids))) is not None and held.search(["旧版"], 3)
    reader.index.refresh()
    assert all("新版" in c.text for c in reader.chunks()), "the reader picks up the new snapshot"


def test_ingest_holds_a_batch_of_chunks_not_the_file_or_the_index(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sparse_mod, "WRITE_BATCH", 40)
    monkeypatch.setattr("assistant.index.writer.WRITE_BATCH", 40)
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    a.ingest([write_doc(tmp_path / "seed", "seed", "种子文件", 150)])
    upserts: list[int] = []
    staged: list[int] = []
    store = a.index.store
    real_upsert = store.upsert
    monkeypatch.setattr(store, "upsert", lambda chunks, vectors, extras=None: upserts.append(len(chunks))
                        or real_upsert(chunks, vectors, extras))
    from assistant.index.docstore import GenerationWriter

    real_add = GenerationWriter.add
    monkeypatch.setattr(GenerationWriter, "add", lambda self, chunks, tokens=None: staged.append(len(chunks))
                        or real_add(self, chunks, tokens))
    materialised: list[int] = []
    real_iter = DocStore.iter_chunks
    monkeypatch.setattr(DocStore, "iter_chunks", lambda self, *a, **k: materialised.append(1) or real_iter(self, *a, **k))
    real_chunk = DocStore.chunk
    monkeypatch.setattr(DocStore, "chunk", lambda self, row: materialised.append(1) or real_chunk(self, row))
    big = write_doc(tmp_path / "big", "big", "大文件", 333)
    report = a.ingest([big])
    assert report.chunks_added >= 333 and sum(upserts) == report.chunks_added
    assert max(upserts) <= 40 and max(staged) <= 40, (max(upserts), max(staged))
    assert not materialised, "the writer read no indexed chunk as an object (the seed's 150 stay in SQLite)"
    monkeypatch.undo()
    assert len(a.chunks()) == a.index.store.count() == 150 + report.chunks_added
    assert a.search("管理 记录", doc_id="大文件") and a.search("管理 记录", doc_id="种子文件")
