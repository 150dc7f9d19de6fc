"""The writer takes a streamed file batch by batch: same store as a whole-file ingest, a failure
half-way leaves nothing of the file, a kill mid-file leaves a consistent home."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from test_ingest_stream import big_markdown

import assistant.index.sparse as sparse_mod
import assistant.index.writer as writer
from assistant.api import Assistant
from assistant.index.identity import with_store_ids
from assistant.ingest import find_manifest, parse_file
from assistant.settings import Settings

ROOT = Path(__file__).parent.parent


def _stream_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(writer, "STREAM_WINDOW", 20)
    monkeypatch.setattr(writer, "WRITE_BATCH", 40)
    monkeypatch.setattr(sparse_mod, "WRITE_BATCH", 40)


def spy_streams(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every file streams (``_stream_everything``); the returned list gets, per file the writer parses,
    whether it was streamed."""
    _stream_everything(monkeypatch)
    streamed: list[bool] = []
    real = writer.parse_stream

    def spy(p: Path, **kw: object) -> object:
        doc = real(p, **kw)  # type: ignore[arg-type]
        streamed.append(doc.streamed)
        return doc

    monkeypatch.setattr(writer, "parse_stream", spy)
    return streamed


def _expected(path: Path, settings: Settings) -> set[str]:
    doc = parse_file(path, manifest=find_manifest(path), kb=settings.kb, max_chars=settings.ingest.chunk_max_chars,
                     overlap=settings.ingest.chunk_overlap, settings=settings)
    return {c.id for c in with_store_ids(doc.chunks, settings.kb)}


def _consistent(a: Assistant) -> list[str]:
    store_ids = a.index.store.ids()
    assert len(store_ids) == len(set(store_ids)), "duplicate ids in the vector store"
    assert Counter(store_ids) == Counter(a.index.sparse.ids()), "vector store and BM25 differ"
    return store_ids


def test_a_streamed_file_is_stored_as_a_whole_parse_would_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stream_everything(monkeypatch)
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    path = tmp_path / "docs" / "big.md"
    path.parent.mkdir()
    path.write_text(big_markdown(40), encoding="utf-8")
    seen: list[int] = []
    real = writer.parse_stream
    monkeypatch.setattr(writer, "parse_stream", lambda p, **kw: seen.append(1) or real(p, **kw))
    report = a.ingest([path.parent])
    assert report.ok and seen
    want = _expected(path, settings)
    assert set(_consistent(a)) == want and report.chunks_added == len(want) > 200
    assert report.files[0].report is not None and report.files[0].report.chunks == len(want)
    again = a.ingest([path.parent])
    assert again.files[0].status == "unchanged" and again.chunks_added == 0
    path.write_text(big_markdown(40).replace("条款7-3", "条款7-3（修订）"), encoding="utf-8")
    changed = a.ingest([path.parent])
    assert changed.files[0].status == "updated" and 0 < changed.chunks_added < 5
    assert set(_consistent(a)) == _expected(path, settings)


def test_a_file_failing_half_way_leaves_nothing_and_the_batch_goes_on(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _stream_everything(monkeypatch)
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-bad.md").write_text(big_markdown(30), encoding="utf-8")
    (docs / "b-good.md").write_text(big_markdown(3).replace("T/GEN 1-2025", "T/GEN 9-2025"), encoding="utf-8")
    import assistant.ingest.stream as stream

    real = stream.part_chunk
    calls = {"n": 0}

    def flaky(sec, meta, *args):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if "a-bad" in meta.path and calls["n"] == 150:  # after a few batches were written
            raise RuntimeError("parser bug")
        return real(sec, meta, *args)

    monkeypatch.setattr(stream, "part_chunk", flaky)
    report = a.ingest([docs])
    bad, good = report.files
    assert bad.status == "failed" and "a-bad.md" in bad.error and "parser bug" in bad.error
    assert good.status == "added"
    assert set(_consistent(a)) == _expected(docs / "b-good.md", settings), "nothing of the failed file is left"


_KILLED = """
import sys, time
from pathlib import Path
import assistant.index.writer as writer
from assistant.api import Assistant
from assistant.settings import Settings
writer.STREAM_MIN_BYTES, writer.STREAM_WINDOW, writer.WRITE_BATCH = 0, 20, 40
real = writer.Batch._write
def slow(self, *args):
    real(self, *args)
    print("batch", flush=True)
    time.sleep(0.2)
writer.Batch._write = slow
Assistant(Settings(home=Path(sys.argv[1]), embedder="hash")).ingest([Path(sys.argv[2])])
"""


def test_a_kill_during_a_streamed_file_leaves_the_home_consistent(tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(home=home, embedder="hash")
    seed = tmp_path / "seed" / "seed.md"
    seed.parent.mkdir()
    seed.write_text(big_markdown(2).replace("T/GEN 1-2025", "T/GEN 5-2025"), encoding="utf-8")
    Assistant(settings).ingest([seed])
    path = tmp_path / "docs" / "big.md"
    path.parent.mkdir()
    path.write_text(big_markdown(30), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", _KILLED, str(home), str(path)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    for _ in range(3):  # three batches of the file are in Chroma and staged
        assert proc.stdout.readline().strip() == "batch"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    a = Assistant(settings)  # the next run repairs the home under the lock
    _consistent(a)
    report = a.ingest([path])
    assert report.ok
    assert set(_consistent(a)) == _expected(path, settings) | _expected(seed, settings)


def test_a_streamed_pdf_is_stored_as_a_whole_parse_would_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evals.bigpdf import FONT, generate_pdf

    if not FONT.exists():
        pytest.skip("fonts-droid-fallback not installed (see Makefile)")
    streamed = spy_streams(monkeypatch)
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    (tmp_path / "docs").mkdir()
    path = generate_pdf(tmp_path / "docs" / "big.pdf", pages=12)
    report = a.ingest([path.parent])
    assert report.ok and streamed == [True]
    want = _expected(path, settings)
    assert set(_consistent(a)) == want and report.chunks_added == len(want) > 40
