"""The agent refuses what the composer refuses: the offline planner on the near-miss questions of
tests/refusal_fixture.py, and the LLM path when the model fetches a clause of a refused search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refusal_fixture import ANSWER, DOC_ID, REFUSE

from assistant.agent import Agent
from assistant.api import Assistant
from assistant.llm.fake import FakeChatModel


@pytest.mark.parametrize(("question", "named"), REFUSE)
def test_offline_agent_refuses_what_the_composer_refuses(refusal_assistant: Assistant, question: str, named: str) -> None:
    composed = refusal_assistant.ask(question)
    chat = refusal_assistant.chat(question)
    assert chat.mode == "offline"
    assert not composed.grounded and not chat.grounded and not chat.citations
    assert chat.text.strip() == composed.answer.strip()


@pytest.mark.parametrize(("question", "key"), ANSWER)
def test_offline_agent_answers_the_neighbours(refusal_assistant: Assistant, question: str, key: str) -> None:
    chat = refusal_assistant.chat(question)
    assert chat.grounded and key in [c.key for c in chat.citations]


def _call(tool: str, **args: object) -> str:
    return json.dumps({"tool": tool, "args": args}, ensure_ascii=False)


def test_llm_cannot_answer_around_a_refusal(refusal_assistant: Assistant, tmp_path: Path) -> None:
    question = "华北区域电网覆盖哪几个省份？"
    key = f"{DOC_ID}§1.1"
    model = FakeChatModel(responses=[_call("search_standards", query=question), _call("get_clause", key=key),
                                     f"华北电网覆盖北京、天津等省份 [{DOC_ID} §1.1]。"])
    settings = refusal_assistant.settings.model_copy(update={"agent": refusal_assistant.settings.agent.model_copy(
        update={"store": str(tmp_path / "llm.sqlite")})})
    agent = Agent(refusal_assistant.index, refusal_assistant.retriever, settings, chat_model=model)
    answer = agent.chat(question)
    assert answer.mode == "llm" and [t.name for t in answer.tool_calls] == ["search_standards", "get_clause"]
    assert not answer.grounded and not answer.citations and "省份" in answer.text
    assert any(key in f for f in answer.flags)


def test_llm_may_fetch_a_clause_when_a_search_answered(refusal_assistant: Assistant, tmp_path: Path) -> None:
    question = "华北区域电网的排放因子是多少？"
    model = FakeChatModel(responses=[_call("search_standards", query=question),
                                     _call("get_clause", key=f"{DOC_ID}§1.1"),
                                     f"华北区域电网排放因子为 0.6776 tCO2/MWh [{DOC_ID} §1.1]。"])
    settings = refusal_assistant.settings.model_copy(update={"agent": refusal_assistant.settings.agent.model_copy(
        update={"store": str(tmp_path / "llm2.sqlite")})})
    answer = Agent(refusal_assistant.index, refusal_assistant.retriever, settings, chat_model=model).chat(question)
    assert answer.grounded and [c.key for c in answer.citations] == [f"{DOC_ID}§1.1"]
