"""Backend ollama at the wire level: ChatOllama against a tiny fake Ollama server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from assistant.llm import build_chat_model
from assistant.settings import Settings

PIECES = ["取水量", "不包括", "消防用水", "。"]


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, dict]]] = []

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        _Handler.requests.append((self.path, body))
        if self.path != "/api/chat":
            self.send_error(404)
            return
        base = {"model": body.get("model"), "created_at": "2026-12-01T00:00:00Z"}
        lines = [{**base, "message": {"role": "assistant", "content": p}, "done": False} for p in PIECES]
        lines.append({**base, "message": {"role": "assistant", "content": ""}, "done": True,
                      "done_reason": "stop", "total_duration": 1000, "prompt_eval_count": 5, "eval_count": 4})
        if body.get("stream") is False:
            lines = [{**lines[-1], "message": {"role": "assistant", "content": "".join(PIECES)}}]
        payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def ollama_url() -> Iterator[str]:
    _Handler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_chat_ollama_returns_the_canned_stream(ollama_url: str) -> None:
    model = build_chat_model(Settings(chat={"backend": "ollama", "base_url": ollama_url, "model": "qwen2.5:1.5b",
                                            "max_tokens": 30, "timeout": 10}))
    assert model is not None
    reply = model.invoke("取水量包括消防用水吗？")
    assert reply.content == "取水量不包括消防用水。"
    chunks = [c.content for c in model.stream("再说一遍")]
    assert "".join(chunks) == "取水量不包括消防用水。" and len([c for c in chunks if c]) == len(PIECES)
    chats = [body for path, body in _Handler.requests if path == "/api/chat"]
    assert len(chats) == 2
    assert chats[0]["model"] == "qwen2.5:1.5b"
    assert chats[0]["messages"][-1] == {"role": "user", "content": "取水量包括消防用水吗？"}
    assert chats[0]["options"]["num_predict"] == 30
