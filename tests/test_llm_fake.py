"""FakeChatModel: queued replies in order, prompts recorded, token streaming, a clear empty-queue error."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.errors import ModelError
from assistant.llm import build_chat_model
from assistant.llm.fake import FakeChatModel, tokens
from assistant.settings import Settings


def test_replies_come_in_order_and_prompts_are_recorded() -> None:
    model = FakeChatModel(responses=["第一条", '{"tool": "search", "args": {}}'])
    assert model.invoke("你好").content == "第一条"
    assert model.invoke([SystemMessage("系统"), HumanMessage("第二问")]).content == '{"tool": "search", "args": {}}'
    assert [[m.content for m in call] for call in model.calls] == [["你好"], ["系统", "第二问"]]
    assert model.calls[1][0].type == "system" and model.remaining == 0


def test_an_empty_queue_is_a_clear_error() -> None:
    model = FakeChatModel(responses=["只有一条"])
    model.invoke("1")
    with pytest.raises(ModelError, match=r"回复队列已空：第 2 次调用没有预设回复（共预设 1 条）") as info:
        model.invoke("2")
    assert "\n" not in str(info.value) and len(model.calls) == 2
    model.push("补充")
    assert model.invoke("3").content == "补充"


def test_streaming_is_token_by_token() -> None:
    text = "取水量不包括消防用水 [GB/T 36132-2025 §B.8]。"
    model = FakeChatModel(responses=[text])
    chunks = [c.content for c in model.stream("问")]
    assert "".join(chunks) == text and len(chunks) > 10
    assert "取" in chunks and "36132" in chunks
    assert "".join(tokens("a b\n中文")) == "a b\n中文"


def test_async_and_batch() -> None:
    model = FakeChatModel(responses=["一", "二", "三"])
    assert asyncio.run(model.ainvoke("x")).content == "一"
    assert [m.content for m in model.batch(["a", "b"], config={"max_concurrency": 1})] == ["二", "三"]


def test_backend_fake_takes_responses_from_settings() -> None:
    model = build_chat_model(Settings(chat={"backend": "fake", "fake_responses": ["设置里的回复"]}))
    assert isinstance(model, FakeChatModel)
    assert model.invoke("问").content == "设置里的回复"
