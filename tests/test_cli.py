"""The CLI against a temporary home, with the fake embedder (ASSISTANT_EMBEDDER=hash)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")


def test_empty_home_says_so(core_docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before anything is ingested every answer is a refusal: ask says why, on stderr; after ingest it does not."""
    assert main(["ask", "取水量包括消防用水吗？"]) == 0
    got = capsys.readouterr()
    assert "还没有收录任何文件" in got.err and "assistant ingest" in got.err
    assert main(["ingest", "-q", str(core_docs)]) == 0
    capsys.readouterr()
    assert main(["ask", "取水量包括消防用水吗？"]) == 0
    assert "还没有收录任何文件" not in capsys.readouterr().err


def test_ingest_search_ask_remove(core_docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "-q", str(core_docs)]) == 0
    out = capsys.readouterr().out
    assert "新增 3" in out

    assert main(["search", "工业用水重复利用率", "-k", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    top = data["hits"][0]
    assert top["key"] == "GB/T 36132-2025§B.10"
    assert {"key", "doc_id", "title", "clause", "clause_path", "page", "score", "text"} <= set(top)

    assert main(["ask", "取水量包括消防用水吗？", "--json"]) == 0
    ans = json.loads(capsys.readouterr().out)
    assert ans["grounded"] is True
    assert {"answer", "citations", "grounded", "superseded"} <= set(ans)
    cit = ans["citations"][0]
    assert {"key", "doc_id", "clause", "title", "page", "quote"} <= set(cit)
    assert cit["key"] == "GB/T 36132-2025§B.8"

    assert main(["ask", "今天天气怎么样"]) == 0
    assert "未能在已收录的文件中找到" in capsys.readouterr().out

    assert main(["remove", "测试政策要点"]) == 0
    assert main(["remove", "测试政策要点"]) == 1
    assert "没有文件" in capsys.readouterr().err


def test_ingest_exit_code_is_nonzero_when_a_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "mixed"
    docs.mkdir()
    (docs / "a.md").write_text("# 文档\n\n## 1 范围\n\n规定了内容。\n", encoding="utf-8")
    (docs / "b.docx").write_bytes(b"not a zip")
    assert main(["ingest", "-q", str(docs)]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("错误")]
    assert len(lines) == 1 and "b.docx" in lines[0]
    assert "新增 1" in captured.out


def test_search_human_output_labels_superseded(core_docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest", "-q", str(core_docs)])
    capsys.readouterr()
    assert main(["search", "管理体系 第三方认证", "--include-superseded"]) == 0
    out = capsys.readouterr().out
    assert "【已废止】GB/T 36132-2018§6.1" in out


def test_a_closed_pipe_is_no_traceback(core_home: Path) -> None:
    """`assistant search … | head -1`: the reader is gone before the output is written."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "ASSISTANT_HOME": str(core_home), "ASSISTANT_EMBEDDER": "hash",
           "PYTHONPATH": str(Path(__file__).parent.parent)}
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the first write fails with EPIPE
    try:
        proc = subprocess.run([sys.executable, "-m", "assistant.cli", "search", "取水量", "--json"],
                              stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120)
    finally:
        os.close(write_end)
    err = proc.stderr.decode()
    assert proc.returncode == 141 and "Traceback" not in err and "BrokenPipe" not in err, err
