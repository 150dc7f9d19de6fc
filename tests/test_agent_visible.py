"""What a user watches while the model streams: prose and answer strings, never tool-call JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.agent.visible import VisibleText
from assistant.api import Assistant
from assistant.llm.fake import FakeChatModel, tokens
from assistant.settings import Settings


def shown(text: str, *, by_char: bool = False) -> str:
    v = VisibleText()
    return "".join(v.feed(p) for p in (list(text) if by_char else tokens(text)))


@pytest.mark.parametrize("by_char", [False, True])
@pytest.mark.parametrize("reply", [
    '{"tool": "search_standards", "args": {"query": "取水量包括消防用水吗"}}',
    '  ```json\n{"tool": "get_clause", "args": {"key": "GB/T 36132-2025§B.8"}}\n```',
    '<tool_call>{"name": "calc_indicator", "arguments": {"indicator": "B.10"}}</tool_call>',
    "{'tool': 'list_documents', 'args': {}}",
])
def test_tool_calls_are_never_shown(reply: str, by_char: bool) -> None:
    assert shown(reply, by_char=by_char) == ""


@pytest.mark.parametrize("by_char", [False, True])
def test_prose_streams_whole(by_char: bool) -> None:
    text = "不包括。取水量不包括基建、消防和对外供水 [GB/T 36132-2025 §B.8]，见 `B.8`。"
    assert shown(text, by_char=by_char) == text


@pytest.mark.parametrize("by_char", [False, True])
def test_answer_object_shows_its_decoded_string(by_char: bool) -> None:
    reply = '{"answer": "重复利用率为 90%。\\n依据 \\"B.10\\"，\\u6ee1分 8 分。"}'
    assert shown(reply, by_char=by_char) == '重复利用率为 90%。\n依据 "B.10"，满分 8 分。'


def test_prose_then_tool_call_shows_only_the_prose() -> None:
    assert shown('我先检索一下。\n```json\n{"tool": "search_standards", "args": {}}\n```') == "我先检索一下。\n"
    assert shown('好的{"tool": "x", "args": {}}') == "好的"


def test_pieces_returned_add_up_and_never_repeat() -> None:
    v, text = VisibleText(), "第一句。第二句。"
    pieces = [v.feed(p) for p in list(text)]
    assert "".join(pieces) == text and all(len(p) <= 1 for p in pieces)


def test_agent_stream_hides_the_call_and_keeps_the_raw_pieces(core_home: Path, tmp_path: Path) -> None:
    call = '{"tool": "search_standards", "args": {"query": "取水量包括消防用水吗"}}'
    final = "不包括。取水量不包括基建、消防和对外供水 [GB/T 36132-2025 §B.8]。"
    a = Assistant(Settings(home=core_home, embedder="hash", agent={"store": str(tmp_path / "c.sqlite")}))
    agent = Agent(a.index, a.retriever, a.settings, chat_model=FakeChatModel(responses=[call, final]))
    events = list(agent.stream("取水量包括消防用水吗？"))
    toks = [e for e in events if e.type == "token"]
    assert "".join(e.raw for e in toks) == call + final
    seen = "".join(e.text for e in toks)
    assert seen == final and '"tool"' not in seen
    assert events[-1].answer is not None and events[-1].answer.grounded
