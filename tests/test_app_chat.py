"""The chat page (AppTest, hash embedder): an answer with numbered citations that open the clause,
follow-ups in one conversation kept in the URL, refusals, the sidebar's conversation actions, and the
LLM mode's streamed steps (fake chat model)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from fixtures.apptest import app, texts, use_home

from app_pages.export import markdown_to_docx
from assistant.api import Assistant
from assistant.settings import Settings


@pytest.fixture
def home(core_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    # a conversation store of each test's own, over the module's shared index
    use_home(monkeypatch, core_home, ASSISTANT_AGENT__STORE=str(tmp_path / "conversations.sqlite"))
    return core_home


def test_answer_has_numbered_citation_that_opens_the_clause(home: Path) -> None:
    at = app()
    at.chat_input[0].set_value("取水量包括消防用水吗？").run()
    assert not at.exception
    answer = next(m.value for m in at.markdown if "GB/T 36132-2025" in m.value and "[1]" in m.value)
    assert "§B.8]" not in answer  # the raw key became the marker [1]
    labels = [e.label for e in at.expander]
    assert any(lbl.startswith("[1] GB/T 36132-2025 §B.8") for lbl in labels)
    clause = next(m.value for m in at.markdown if m.value.startswith("<div class='clause-text'>"))
    assert "<mark>" in clause and "不包括基建、消防和对外供水" in clause
    page = texts(at)
    assert "现行" in page and "条款路径" in page and "绿色工厂评价通则" in page
    assert at.query_params["c"]  # the conversation is in the URL


def test_follow_up_and_refresh_keep_the_conversation(home: Path, tmp_path: Path) -> None:
    at = app()
    at.chat_input[0].set_value("取水量包括消防用水吗？").run()
    cid = at.query_params["c"]
    cid = cid[0] if isinstance(cid, list) else cid
    at.chat_input[0].set_value("工业用水重复利用率怎么计算？").run()
    assert not at.exception
    store = Assistant(Settings()).conversation(cid)
    assert [t.role for t in store.history] == ["user", "assistant", "user", "assistant"]
    fresh = app(c=cid)  # a browser refresh: a new session with the URL's conversation id
    users = [m.markdown[0].value for m in fresh.chat_message if m.name == "user"]
    assert users == ["取水量包括消防用水吗？", "工业用水重复利用率怎么计算？"]
    assert any("[1]" in m.value for m in fresh.markdown)


def test_refusal_is_shown_as_refusal_with_nearest_clauses(home: Path) -> None:
    at = app()
    at.chat_input[0].set_value("火星基地的氧气配额是多少？").run()
    assert not at.exception
    assert any("未能在已收录的文件中找到" in w.value for w in at.warning)
    assert "最接近的条款" in texts(at)


def test_rename_export_and_delete_a_conversation(home: Path) -> None:
    at = app()
    at.chat_input[0].set_value("取水量包括消防用水吗？").run()
    cid = at.query_params["c"]
    cid = cid[0] if isinstance(cid, list) else cid
    at.sidebar.text_input(key=f"title-{cid}").input("取水量问题").run()
    at.sidebar.button(key=f"rename-{cid}").click().run()
    assert any(b.label.endswith("取水量问题") for b in at.sidebar.button)
    assert Assistant(Settings()).conversation(cid).title == "取水量问题"
    labels = [b.label for b in at.sidebar.get("download_button")]
    assert labels == ["导出 Markdown", "导出 DOCX"]
    markdown = Assistant(Settings()).export_conversation(cid)
    doc = Document(io.BytesIO(markdown_to_docx(markdown)))
    assert doc.paragraphs[0].text == "取水量问题" and any("§B.8" in p.text for p in doc.paragraphs)
    at.sidebar.checkbox(key=f"sure-{cid}").check().run()
    at.sidebar.button(key=f"delete-{cid}").click().run()
    assert not at.exception and "c" not in at.query_params
    assert all(c.id != cid for c in Assistant(Settings()).conversations())


def test_llm_mode_streams_tool_steps_and_cites(core_home: Path, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    replies = ['{"tool": "search_standards", "args": {"query": "取水量包括消防用水吗"}}',
               "不包括。取水量不包括基建、消防和对外供水 [GB/T 36132-2025 §B.8]。"]
    use_home(monkeypatch, core_home, ASSISTANT_AGENT__STORE=str(tmp_path / "llm.sqlite"),
             ASSISTANT_CHAT__BACKEND="fake", ASSISTANT_CHAT__FAKE_RESPONSES=json.dumps(replies, ensure_ascii=False))
    at = app()
    assert at.sidebar.selectbox(key="backend").value == "fake"
    at.chat_input[0].set_value("取水量包括消防用水吗？").run()
    assert not at.exception
    answer = next(m.value for m in at.markdown if m.value.startswith("不包括。"))
    assert "[1]" in answer
    assert any("检索条款（找到" in c.value for c in at.caption)  # the tool step under the answer
