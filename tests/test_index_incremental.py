"""Incremental ingest: content-hash ids, no writes on unchanged files, exact replacement, removal."""

from __future__ import annotations

from pathlib import Path

from assistant.api import Assistant


def _store_ids(a: Assistant) -> set[str]:
    return {c.id for c in a.index.store.all_chunks()}


def test_first_ingest_indexes_every_document(helper: Assistant, core_docs: Path) -> None:
    report = helper.ingest([core_docs])
    assert report.ok, report.errors
    assert {f.doc_id for f in report.files} == {"GB/T 36132-2025", "GB/T 36132-2018", "测试政策要点"}
    assert all(f.status == "added" for f in report.files)
    assert report.chunks_added == len(helper.chunks()) == helper.index.store.count()
    keys = {c.key for c in helper.chunks()}
    assert {"GB/T 36132-2025§B.10", "GB/T 36132-2025§4.2", "GB/T 36132-2018§6.1"} <= keys


def test_reingest_unchanged_writes_nothing(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    before = _store_ids(helper)
    fp = helper.index.sparse.fingerprint
    again = helper.ingest([core_docs])
    assert again.chunks_added == 0 and again.chunks_removed == 0 and again.embedded == 0
    assert all(f.status == "unchanged" for f in again.files)
    assert _store_ids(helper) == before
    assert helper.index.sparse.fingerprint == fp


def test_changed_file_replaces_exactly_its_old_chunks(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    old_policy = {c.id for c in helper.chunks() if c.doc_id == "测试政策要点"}
    others = {c.id for c in helper.chunks() if c.doc_id != "测试政策要点"}
    path = core_docs / "policy.md"
    path.write_text(path.read_text(encoding="utf-8").replace("五年内", "三年内"), encoding="utf-8")
    report = helper.ingest([core_docs])
    status = {f.doc_id: f.status for f in report.files}
    assert status["测试政策要点"] == "updated" and status["GB/T 36132-2025"] == "unchanged"
    ids = _store_ids(helper)
    new_policy = {c.id for c in helper.index.store.all_chunks() if c.doc_id == "测试政策要点"}
    assert new_policy == {c.id for c in helper.chunks() if c.doc_id == "测试政策要点"}
    changed = old_policy - new_policy
    assert changed and not (changed & ids), "the changed clause's old chunk must be gone"
    assert report.chunks_removed == len(changed)
    assert others <= ids, "other documents are untouched"
    texts = [c.text for c in helper.chunks() if c.doc_id == "测试政策要点"]
    assert any("三年内免于抽查" in t for t in texts) and not any("五年内" in t for t in texts)
    assert report.embedded == report.chunks_added >= 1


def test_remove_deletes_document_from_both_indexes(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    n = helper.remove("GB/T 36132-2018")
    assert n >= 2
    assert not [c for c in helper.index.store.all_chunks() if c.doc_id == "GB/T 36132-2018"]
    assert not [c for c in helper.chunks() if c.doc_id == "GB/T 36132-2018"]
    assert helper.remove("GB/T 36132-2018") == 0


def test_embedding_cache_means_readding_costs_no_model_calls(helper: Assistant, core_docs: Path) -> None:
    first = helper.ingest([core_docs])
    helper.remove("测试政策要点")
    again = helper.ingest([core_docs])
    assert first.embedded > 0
    assert again.chunks_added >= 1 and again.embedded == 0


def test_persist_and_reopen(hash_settings, core_docs: Path) -> None:  # type: ignore[no-untyped-def]
    a = Assistant(hash_settings)
    a.ingest([core_docs])
    first = [h.chunk.key for h in a.search("工业用水重复利用率")]
    del a
    b = Assistant(hash_settings)
    assert b.index.store.count() == len(b.chunks()) > 0
    assert [h.chunk.key for h in b.search("工业用水重复利用率")] == first


def test_stale_bm25_sidecar_is_rebuilt_from_the_store(hash_settings, core_docs: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.index.sparse import fingerprint

    a = Assistant(hash_settings)
    a.ingest([core_docs])
    n = a.index.store.count()
    import sqlite3

    gen = a.index.sparse.generation
    assert gen is not None
    with sqlite3.connect(gen / "docstore.sqlite") as db:  # 3 chunks lost, fingerprint kept
        db.execute("DELETE FROM chunks WHERE row > (SELECT max(row) - 3 FROM chunks)")
    b = Assistant(hash_settings)
    assert len(b.chunks()) == n
    assert b.index.sparse.fingerprint == fingerprint(b.index.store.ids())


def test_bad_files_do_not_stop_the_batch_or_lose_data(helper: Assistant, core_docs: Path, tmp_path: Path) -> None:
    helper.ingest([core_docs])
    before = _store_ids(helper)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "notes.xyz").write_text("hello", encoding="utf-8")
    (bad / "ok.md").write_text("# 新文件\n\n## 1 范围\n\n本文件规定了测试内容。\n", encoding="utf-8")
    report = helper.ingest([bad])
    assert not report.ok
    assert len(report.errors) == 3
    for name in ("empty.txt", "binary.txt", "notes.xyz"):
        assert any(name in e and "\n" not in e for e in report.errors), name
    assert [f.status for f in report.files if f.path.endswith("ok.md")] == ["added"]
    assert before <= _store_ids(helper)


def test_same_document_twice_in_one_batch_is_not_duplicated(helper: Assistant, core_docs: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    (twin / "manifest.yaml").write_text((core_docs / "manifest.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (twin / "policy.md").write_text((core_docs / "policy.md").read_text(encoding="utf-8"), encoding="utf-8")
    report = helper.ingest([core_docs, twin])
    assert any("same document" in e for e in report.errors)
    keys = [c.key for c in helper.chunks() if c.doc_id == "测试政策要点"]
    assert len(keys) == len(set(keys))


def test_unchanged_reingest_parses_nothing_but_a_manifest_edit_reparses(
        helper: Assistant, core_docs: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.index.writer as writer

    helper.ingest([core_docs])
    calls: list[Path] = []
    real = writer.parse_stream
    monkeypatch.setattr(writer, "parse_stream", lambda path, **kw: calls.append(path) or real(path, **kw))
    again = helper.ingest([core_docs])
    assert not calls and all(f.status == "unchanged" for f in again.files)
    assert again.chunks_unchanged == len(helper.chunks())
    manifest = core_docs / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    helper.ingest([core_docs])
    assert len(calls) == len(again.files), "a changed manifest re-parses the files it covers"


def test_ingest_reports_chunks_embedded_as_it_goes(tmp_path: Path, core_docs: Path) -> None:
    """The app shows an upload's embedding progress: on_chunks gets a rising count ending at the
    chunks embedded or taken from the cache, and a re-ingest of unchanged files embeds nothing."""
    from assistant.settings import Settings

    helper = Assistant(Settings(home=tmp_path / "h", embedder="hash", embedding={"batch_size": 4}))
    seen: list[int] = []
    report = helper.ingest([core_docs], on_chunks=seen.append)
    assert report.ok and len(seen) > 1 and seen == sorted(seen)
    assert seen[-1] == sum(f.chunks for f in report.files if f.status != "failed")
    again: list[int] = []
    helper.ingest([core_docs], on_chunks=again.append)
    assert again == []
