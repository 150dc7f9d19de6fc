"""Start and stop ``python -m llama_cpp.server`` on 127.0.0.1 for the LLM-mode eval and the slow tests.

    with serve(settings.gguf_file, log=Path("server.log")) as base_url:   # http://127.0.0.1:PORT/v1
        ...
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import ModelError

START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-2000:] if log.is_file() else ""


@contextmanager
def serve(gguf: Path, *, log: Path, threads: int = 2, context: int = 4096,
          timeout: float = START_TIMEOUT) -> Iterator[str]:
    """The server's base URL once ``/v1/models`` answers; ModelError (with the log's tail) if it
    exits or is not ready within ``timeout`` seconds. The process is stopped on exit."""
    if not gguf.is_file():
        raise ModelError(f"本地模型文件不存在：{gguf}（运行 make llm）")
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
           "--port", str(port), "--n_threads", str(threads), "--n_ctx", str(context)]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise ModelError(f"llama_cpp.server exited with {proc.returncode}: {_tail(log)}")
            try:
                with urllib.request.urlopen(url + "/models", timeout=2) as resp:
                    if resp.status == 200 and json.load(resp).get("data"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ModelError(f"llama_cpp.server not ready in {timeout:.0f} s: {_tail(log)}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
