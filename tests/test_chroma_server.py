"""Server mode: a real `chroma run` on 127.0.0.1, started and stopped by the test itself."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"chroma server exited: {(tmp_path / 'chroma.log').read_text()[-500:]}")
                time.sleep(0.3)
        else:
            pytest.fail("chroma server did not start within 60 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def test_ingest_and_search_through_a_chroma_server(chroma_server: str, core_docs: Path, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "client-home", embedder="hash", store={"chroma_url": chroma_server})
    a = Assistant(settings)
    report = a.ingest([core_docs])
    assert report.ok and report.chunks_added > 0
    assert not (tmp_path / "client-home" / "chroma").exists(), "server mode must not create a local store"
    assert a.search("工业用水重复利用率")[0].chunk.key == "GB/T 36132-2025§B.10"

    # A second client with an empty local home (another machine) rebuilds BM25 from the server.
    other = Assistant(Settings(home=tmp_path / "other-home", embedder="hash", store={"chroma_url": chroma_server}))
    assert len(other.chunks()) == report.chunks_added
    assert other.search("抽查 移出名单", mode="sparse")[0].chunk.doc_id == "测试政策要点"
    again = other.ingest([core_docs])
    assert again.chunks_added == 0 and again.chunks_removed == 0


# A process of its own "machine" (its own home) against the server: writers ingest one folder when
# told "go"; searchers, opened before any write, answer "which documents do you find?" per line.
_CLIENT = """
import json, sys
from pathlib import Path
from assistant.api import Assistant
from assistant.settings import Settings
a = Assistant(Settings(home=Path(sys.argv[1]), embedder="hash", store={"chroma_url": sys.argv[2], "server_sync_seconds": 0}))
a.index
print("ready", flush=True)
for line in sys.stdin:
    if sys.argv[3] == "write":
        print(json.dumps(a.ingest([Path(line.strip())]).ok), flush=True)
    else:
        found = {n: bool(a.search("管理 记录", doc_id=n)) for n in json.loads(line)}
        print(json.dumps({"found": found, "chunks": len(a.chunks())}, ensure_ascii=False), flush=True)
"""


def test_two_writers_and_three_searchers_share_one_server(chroma_server: str, tmp_path: Path) -> None:
    import json
    import os

    from fixtures.gendocs import write_doc

    root = Path(__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}

    def start(name: str, role: str) -> subprocess.Popen:
        p = subprocess.Popen([sys.executable, "-c", _CLIENT, str(tmp_path / name), chroma_server, role],
                             env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        return p

    def ask(p: subprocess.Popen, line: str) -> str:
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(line + "\n")
        p.stdin.flush()
        return p.stdout.readline()

    names = [f"服务器文件{i}" for i in range(4)]
    folders = []
    for i, n in enumerate(names):
        write_doc(tmp_path / f"w{i % 2}" / f"batch{i}", f"s{i}", n, 20)
        folders.append(tmp_path / f"w{i % 2}" / f"batch{i}")
    writers = [start(f"writer{i}", "write") for i in range(2)]
    searchers = [start(f"searcher{i}", "search") for i in range(3)]
    try:
        for i, w in enumerate(writers):  # both write at once
            assert w.stdin is not None
            w.stdin.write(f"{tmp_path / f'w{i}'}\n")
            w.stdin.flush()
        assert all(json.loads(w.stdout.readline()) for w in writers if w.stdout is not None)
        for p in searchers:  # opened before the writes, each sees both writers' documents
            seen = json.loads(ask(p, json.dumps(names, ensure_ascii=False)))
            assert all(seen["found"].values()), seen
            assert seen["chunks"] == 80
        store = Assistant(Settings(home=tmp_path / "check", embedder="hash", store={"chroma_url": chroma_server}))
        ids = store.index.store.ids()
        assert len(ids) == len(set(ids)) == 80
        assert sorted(c.id for c in store.chunks()) == sorted(ids)
    finally:
        for p in (*writers, *searchers):
            p.kill()
            p.wait(timeout=20)
