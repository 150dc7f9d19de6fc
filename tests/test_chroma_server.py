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
    settings = Settings(home=tmp_path / "client-home", embedder="hash", chroma_url=chroma_server)
    a = Assistant(settings)
    report = a.ingest([core_docs])
    assert report.ok and report.chunks_added > 0
    assert not (tmp_path / "client-home" / "chroma").exists(), "server mode must not create a local store"
    assert a.search("工业用水重复利用率")[0].chunk.key == "GB/T 36132-2025§B.10"

    # A second client with an empty local home (another machine) rebuilds BM25 from the server.
    other = Assistant(Settings(home=tmp_path / "other-home", embedder="hash", chroma_url=chroma_server))
    assert len(other.chunks()) == report.chunks_added
    assert other.search("抽查 移出名单", mode="sparse")[0].chunk.doc_id == "测试政策要点"
    again = other.ingest([core_docs])
    assert again.chunks_added == 0 and again.chunks_removed == 0
