"""Document lists, knowledge bases and rebuilds without every chunk as an object (issue 13 §5)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import assistant.index.indexer as indexer
from assistant.api import Assistant
from assistant.api_views import DocumentRow, document_rows
from assistant.index import docstore as docstore_mod
from assistant.index.docstore import DB, DocStore
from assistant.index.sparse import SNAPSHOT, SourceInfo, SparseIndex, source_key
from assistant.settings import Settings
from assistant.types import Chunk


def _chunk(doc: str, i: int, *, kb: str = "default", kind: str = "standard", pages: list[int] | None = None,
           status: str = "current", superseded_by: str | None = None, source: str = "") -> Chunk:
    return Chunk(id=f"{doc}-{kb}-{kind}-{i}", key=f"{doc}§{i // 2}", doc_id=doc, source_id=source or doc,
                 clause=str(i // 2), text=f"{doc} 第{i}段：用水计量。", index_text=f"{doc} 第{i}段：用水计量。", kb=kb,
                 kind=kind, pages=pages or [], status=status, superseded_by=superseded_by, order=i, part=i % 2,  # type: ignore[arg-type]
                 doc_title=f"文件{doc}", edition_year=2018 if superseded_by else 2025)


def _mixed() -> list[Chunk]:
    return ([_chunk("A", i, kind="digest", source="A#digest") for i in range(4)]
            + [_chunk("A", i, pages=[i + 1, i + 2]) for i in range(5)]
            + [_chunk("OLD", i, status="superseded", superseded_by="A") for i in range(3)]
            + [_chunk("B", i, kb="other", kind="policy") for i in range(6)])


def _snap(folder: Path, chunks: list[Chunk]) -> SparseIndex:
    snap = SparseIndex(folder).build(chunks, {source_key(c.kb, c.source_id): SourceInfo() for c in chunks})
    snap.save()
    return snap


def _rows(snap: SparseIndex, kb: str | None = None) -> list[DocumentRow]:
    return sorted((DocumentRow(**d) for d in snap.document_rows(kb)), key=lambda r: (r.status != "current", r.doc_id))


def test_document_rows_in_sql_equal_the_rows_counted_from_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chunks = _mixed()
    _snap(tmp_path, chunks)
    snap = SparseIndex.load(tmp_path)
    assert snap is not None
    stored = list(snap.iter_chunks())  # the chunks as stored (row order), for the reference rows
    made: list[int] = []
    real = docstore_mod.trusted_chunk
    monkeypatch.setattr(docstore_mod, "trusted_chunk", lambda data: made.append(1) or real(data))
    for kb in (None, "default", "other", "none"):
        want = document_rows([c for c in stored if kb is None or c.kb == kb], {})
        assert _rows(snap, kb) == want, kb
    assert not made, "no chunk was built as an object"
    a = next(r for r in _rows(snap) if r.doc_id == "A")
    assert (a.kind, a.chunks, a.clauses, a.pages) == ("standard", 9, 3, 6)
    old = next(r for r in _rows(snap) if r.doc_id == "OLD")
    assert old.superseded_by == "A" and old.status == "superseded" and old.pages is None


def test_a_generation_written_before_the_new_columns_still_lists_and_publishes(tmp_path: Path) -> None:
    snap = _snap(tmp_path, _mixed())
    assert snap.generation is not None
    db = sqlite3.connect(snap.generation / DB)
    for col in ("superseded_by", "page_max"):  # the file as an older writer left it
        db.execute(f"ALTER TABLE chunks DROP COLUMN {col}")
    db.commit()
    db.close()
    old = SparseIndex.load(tmp_path)
    assert old is not None
    want = document_rows(list(old.iter_chunks()), {})
    assert _rows(old) == want
    new = old.complete(old.begin(), old.sources, drop_ids=["B-other-policy-0"])  # copies the old rows
    assert [r for r in _rows(new) if r.doc_id != "B"] == [r for r in want if r.doc_id != "B"]
    assert next(r for r in _rows(new) if r.doc_id == "B").chunks == 5
    assert "page_max" in {r[1] for r in sqlite3.connect(new.generation / DB).execute("PRAGMA table_info(chunks)")}


def test_the_app_lists_a_home_without_reading_its_chunks(core_home: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    shutil.copytree(core_home, home)
    a = Assistant(Settings(home=home, embedder="hash"))
    want = document_rows(a.index.chunks(), {})
    read: list[int] = []
    monkeypatch.setattr(DocStore, "iter_chunks", lambda self, *x, **k: read.append(1) or iter(()))
    monkeypatch.setattr(DocStore, "chunk", lambda self, row: read.append(1))
    got = a.documents()
    assert got == want and len(got) >= 3 and not read
    assert a.knowledge_bases() == ["default"] and not read


def test_a_stale_bm25_side_is_rebuilt_from_the_store_a_page_at_a_time(core_home: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    shutil.copytree(core_home, home)
    settings = Settings(home=home, embedder="hash")
    before = Assistant(settings)
    ids = sorted(before.index.store.ids())
    (before.index.sparse.dir / SNAPSHOT).unlink()  # lost: rebuilt from the store on the next open
    pages: list[int] = []
    monkeypatch.setattr(indexer, "STORE_PAGE", 4)
    from assistant.index.store import ChromaStore

    real = ChromaStore.record_pages

    def paged(self, page: int = 5000):  # type: ignore[no-untyped-def]
        for part in real(self, page):
            pages.append(len(part))
            yield part

    monkeypatch.setattr(ChromaStore, "record_pages", paged)
    monkeypatch.setattr(ChromaStore, "all_records", lambda self: pytest.fail("every record read at once"))
    after = Assistant(settings)
    assert sorted(after.index.sparse.ids()) == ids and len(ids) > 10
    assert max(pages) == 4 and sum(pages) == len(ids)
    assert after.search("绿色工厂", k=3)
