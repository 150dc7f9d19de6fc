"""The LLM loop with FakeChatModel: tool call -> result (a user-role message) -> cited final answer,
malformed replies, an unknown tool, max_steps, streaming events."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage, ToolMessage

from assistant.agent import Agent
from assistant.api import Assistant
from assistant.llm.fake import FakeChatModel
from assistant.settings import Settings

SEARCH = '{"tool": "search_standards", "args": {"query": "取水量包括消防用水吗"}}'


@pytest.fixture(scope="module")
def home(core_home: Path) -> Path:
    return core_home


def make(home: Path, tmp_path: Path, replies: list[str], **agent: object) -> tuple[Agent, FakeChatModel]:
    a = Assistant(Settings(home=home, embedder="hash", agent={"store": str(tmp_path / "c.sqlite"), **agent}))
    model = FakeChatModel(responses=replies)
    return Agent(a.index, a.retriever, a.settings, chat_model=model), model


def test_tool_call_result_final_answer_with_citation(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, [
        SEARCH, "不包括。取水量不包括基建、消防和对外供水 [GB/T 36132-2025 §B.8]。"])
    events = list(agent.stream("取水量包括消防用水吗？"))
    kinds = [e.type for e in events]
    assert kinds.count("step") == 1 and kinds[-1] == "final" and "token" in kinds
    answer = events[-1].answer
    assert answer is not None and answer.mode == "llm"
    assert [c.key for c in answer.citations] == ["GB/T 36132-2025§B.8"] and answer.grounded
    assert [t.name for t in answer.tool_calls] == ["search_standards"]
    handed_back = model.calls[1][-1]
    assert isinstance(handed_back, HumanMessage) and handed_back.content.startswith("工具结果：")
    assert not any(isinstance(m, ToolMessage) for call in model.calls for m in call)
    assert "search_standards" in model.calls[0][0].content  # the tools are listed in the system prompt


def test_malformed_reply_retried_once_then_offline_planner(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, ['{"tool": "search_standards", "args": {"query": ',
                                         SEARCH, "取水量不包括消防用水 [GB/T 36132-2025 §B.8]。"])
    a = agent.chat("取水量包括消防用水吗？")
    assert a.mode == "llm" and len(model.calls) == 3 and "有效的工具调用" in model.calls[1][-1].content
    agent, model = make(home, tmp_path, ['{"tool": ', '{"tool": "search'])
    a = agent.chat("取水量包括消防用水吗？")
    assert a.mode == "offline" and len(model.calls) == 2
    assert a.citations[0].key == "GB/T 36132-2025§B.8"
    assert any("离线规划器" in f for f in a.flags)


def test_unknown_tool_is_reported_to_the_model(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, ['{"tool": "web_search", "args": {"q": "取水量"}}', SEARCH,
                                         "取水量不包括消防用水 [GB/T 36132-2025 §B.8]。"])
    a = agent.chat("取水量包括消防用水吗？")
    assert "web_search" in model.calls[1][-1].content and "没有名为" in model.calls[1][-1].content
    assert [t.ok for t in a.tool_calls] == [False, True] and a.grounded


def test_bad_arguments_are_reported(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, ['{"tool": "calc_indicator", "args": {"inputs": {"V": 1}}}',
                                         "无法计算。"])
    agent.chat("算一下")
    assert "缺少参数 indicator" in model.calls[1][-1].content


def test_max_steps_reached(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, [SEARCH, SEARCH, SEARCH], max_steps=2)
    a = agent.chat("取水量包括消防用水吗？")
    assert len(a.tool_calls) == 2 and any("上限" in f for f in a.flags)
    assert "上限" in model.calls[2][-1].content
    assert a.citations and a.citations[0].key == "GB/T 36132-2025§B.8"  # from the tool results


def test_history_is_sent(home: Path, tmp_path: Path) -> None:
    agent, model = make(home, tmp_path, ["你好，我可以回答绿色制造标准的问题。", SEARCH,
                                         "不包括 [GB/T 36132-2025 §B.8]。"])
    first = agent.chat("你好")
    agent.chat("取水量包括消防用水吗？", first.conversation_id)
    contents = [m.content for m in model.calls[1]]
    assert "你好" in contents
