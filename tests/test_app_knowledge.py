"""The knowledge-base page (AppTest, hash embedder): several files at once with a parse report each,
one bad file reported on one line while the rest go on, uploads kept under home, removal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixtures.apptest import ROOT, app, texts, use_home

from assistant.api import Assistant
from assistant.api_views import sanitize_name
from assistant.errors import IngestError
from assistant.settings import Settings

DOC = "# 测试节水导则\n\n## 1 范围\n\n本文件规定了工厂节水管理的要求。\n\n## 2 要求\n\n工厂应每年开展水平衡测试。\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "tests" / "fixtures" / "core", docs)
    (docs / "std-2025-official.md").unlink()
    use_home(monkeypatch, tmp_path / "home")
    Assistant(Settings()).add_documents([docs])
    return tmp_path / "home"


def test_upload_several_files_shows_reports_and_lists_documents(home: Path) -> None:
    at = app("app_pages/knowledge.py")
    assert "单个文件不超过 50 MB" in texts(at)
    at.file_uploader[0].set_value([("../../节水 导则.md", DOC.encode(), "text/markdown"),
                                   ("空文件.txt", b"", "text/plain")])
    at.button[0].click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["空文件.txt：文件为空"]
    page = texts(at)
    assert "解析报告：../../节水 导则.md → 测试节水导则" in page
    assert any(m.value.startswith("**条款** 2 · **条款块** ") for m in at.markdown)
    listed = at.dataframe[0].value
    assert "测试节水导则" in list(listed["编号"]) and "GB/T 36132-2018" in list(listed["编号"])
    assert "已被 GB/T 36132-2025 代替" in list(listed["状态"])
    assert set(listed["页数"]) == {"—"}  # Markdown files have no pages: a dash, not None
    stored = list((home / "uploads").iterdir())
    assert [p.name for p in stored] == ["节水_导则.md"]  # sanitised, inside home
    assert all(p.resolve().is_relative_to(home.resolve()) for p in stored)


def test_remove_and_reindex_a_document(home: Path) -> None:
    at = app("app_pages/knowledge.py")
    at.file_uploader[0].set_value([("guide.md", DOC.encode(), "text/markdown")])
    at.button[0].click().run()
    at.selectbox(key="doc_choice").set_value("测试节水导则").run()
    reindex = next(b for b in at.button if b.label == "重新索引")
    reindex.click().run()
    assert any("重新索引完成" in s.value for s in at.success)
    at.checkbox(key="sure_remove").check().run()
    next(b for b in at.button if b.label == "删除").click().run()
    assert not at.exception
    assert "测试节水导则" not in list(at.dataframe[0].value["编号"])
    assert all(d.doc_id != "测试节水导则" for d in Assistant(Settings()).documents())


def test_upload_limits_and_names(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", embedder="hash", app={"max_file_mb": 0.001})
    a = Assistant(settings)
    with pytest.raises(IngestError, match=r"big\.md：文件大小 .* 超过单个文件上限 0\.001 MB"):
        a.save_upload("big.md", b"x" * 2000)
    with pytest.raises(IngestError, match=r"不支持的文件类型 \.exe"):
        a.save_upload("tool.exe", b"MZ")
    first = a.save_upload("a.md", b"one")
    second = a.save_upload("a.md", b"two")  # never replaces an earlier upload
    assert (first.name, second.name) == ("a.md", "a-2.md") and first.read_bytes() == b"one"
    assert sanitize_name("../../etc/passwd") == "passwd"
    assert sanitize_name("..\\..\\x .PDF") == "x_.pdf"
    escape = Assistant(Settings(home=tmp_path / "home", embedder="hash", app={"uploads": "../outside"}))
    with pytest.raises(IngestError, match="不在数据目录"):
        escape.save_upload("a.md", b"x")
