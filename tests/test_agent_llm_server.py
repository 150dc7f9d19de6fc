"""The agent in LLM mode against the real local model: llama_cpp.server on 127.0.0.1 (the session
fixture ``llama_server`` of tests/conftest.py), backend openai, over a hash-embedder home of
tests/fixtures/core. Slow (minutes on 2 cores); skipped when the GGUF is absent outside CI.

What is checked is what the code guarantees whatever the small model writes: a calculation ends
with the computed value and a valid citation, a clause answer cites only keys a tool returned, and
every number of the final text went through the guard.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.agent.types import AgentAnswer
from assistant.answer.citations import check_citation
from assistant.api import Assistant
from assistant.llm import build_chat_model
from assistant.settings import Settings

pytestmark = pytest.mark.slow
MARKS = ("【未核对】", "【已更正", "⚠")
# spans whose digits are not claims: citation markers, clause keys, document numbers, quotes, the marks
_SKIP = re.compile(r"(?m)^\s*\d+[.、．](?!\d)|\[[^\[\]]*§[^\[\]]*\]|[^\s\[\]]*§[A-Za-z0-9.]+|(?:GB|HJ)(?:\s*/\s*T)?\s*[\d.]+(?:-\d{4})?"
                   r"|「[^」]*」|【[^】]*】|⚠（[^）]*）|[A-Z]\.\d+(?:\.\d+)*|\d+(?:\.\d+)+条"
                   # the product's provenance note on a user-added file (prompts/answer/label_user.txt):
                   # its date and time are not claims, and the guard leaves them alone
                   r"|（来源：用户添加的文件[^\n]*")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture(scope="module")
def agent(core_home: Path, llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Agent:
    store = tmp_path_factory.mktemp("agent-llm") / "c.sqlite"
    settings = Settings(home=core_home, embedder="hash", agent={"store": str(store), "max_steps": 3},
                        chat={"backend": "openai", "base_url": llama_server, "temperature": 0.0,
                              "max_tokens": 256, "timeout": 240})
    a = Assistant(settings)
    return Agent(a.index, a.retriever, settings, chat_model=build_chat_model(settings))


def _chat(agent: Agent, question: str) -> AgentAnswer:
    start = time.perf_counter()
    answer = agent.chat(question)
    took = time.perf_counter() - start
    print(f"\n[agent llm] {took:.0f} s, mode {answer.mode}, tools {[t.name for t in answer.tool_calls]}\n"
          f"{answer.text}\nflags: {answer.flags}")
    return answer


def _valid_citations(agent: Agent, answer: AgentAnswer) -> None:
    offered = {k for t in answer.tool_calls for k in t.citation_keys}
    for c in answer.citations:
        assert c.key in offered, f"invented key {c.key} (tools returned {sorted(offered)})"
        assert check_citation(c, agent.tools.index.sparse.by_key(c.key)) is None, c


def _numbers_went_through_the_guard(answer: AgentAnswer) -> None:
    """Every number left in the text is verified by a check, or carries a mark of the guard."""
    text = answer.text
    spans = [m.span() for m in _SKIP.finditer(text)]
    checked = {r.claim.value for r in answer.checks if r.status == "verified"}
    checked |= {r.expected for r in answer.checks if r.expected is not None}
    for m in _NUM.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in spans):
            continue
        value = float(m.group().replace(",", ""))
        after = text[m.end():m.end() + 12].lstrip(" %m³3tce万元吨")
        if after.startswith(MARKS) or any(abs(value - v) <= 1e-6 * max(1.0, abs(v)) or abs(value - v) < 0.01
                                          for v in checked):
            continue
        if any(r.claim.text.strip().startswith(m.group()) for r in answer.checks):
            continue  # a claim the checker saw (a unitless count, a date part) and the guard kept
        pytest.fail(f"number {m.group()!r} at {m.start()} neither verified nor marked: {text!r}")


def test_a_calculation_ends_with_the_computed_value_and_a_citation(agent: Agent) -> None:
    answer = _chat(agent, "取水量 1000 m³、重复利用水量 9000 m³，工业用水重复利用率是多少？请注明依据条款。")
    assert "calc_indicator" in [t.name for t in answer.tool_calls], answer.tool_calls
    assert re.search(r"(?<![\d.])90(?:\.0+)?\s*%", answer.text), answer.text
    assert answer.citations, answer.text
    assert any(c.clause == "B.10" for c in answer.citations), answer.citations
    _valid_citations(agent, answer)
    _numbers_went_through_the_guard(answer)


def test_a_clause_question_cites_only_returned_keys(agent: Agent) -> None:
    answer = _chat(agent, "取水量包括消防用水吗？")
    assert answer.grounded and answer.citations, answer.text
    _valid_citations(agent, answer)
    _numbers_went_through_the_guard(answer)
