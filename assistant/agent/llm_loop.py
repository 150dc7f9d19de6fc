"""LLM mode: model -> parse_reply -> validate the arguments against the tool's schema -> run the tool
-> hand the result back as a user-role message ``工具结果：…`` (never role=tool: llama-cpp-python's
chat format drops those) -> repeat up to ``max_steps`` -> final answer.

The loop is a langgraph ``StateGraph`` (assistant/agent/graph.py: nodes model, tools, retry,
finish). :func:`run` streams it with ``stream_mode=["custom", "values"]``: the model node writes a
``token`` event per streamed piece and the tools node a ``step`` event per call, passed on as they
happen; the last ``values`` state fills :class:`LoopResult`. A reply that is a malformed tool call
gets one retry; a second one ends the loop with ``fallback=True`` (the agent then answers with the
offline planner). An unknown tool or bad arguments is reported to the model as a tool error and
counts as a step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.agent.graph import FINAL, RETRY, build_graph, recursion_limit, run_tool
from assistant.agent.protocol import specs
from assistant.agent.tools import DESCRIPTIONS, SCHEMAS, Toolbox
from assistant.agent.types import Event, ToolOutput
from assistant.llm.protocol import format_tools
from assistant.prompts import Prompts

__all__ = ["FINAL", "RETRY", "LoopResult", "run", "run_tool", "system_prompt"]


@dataclass
class LoopResult:
    text: str = ""
    outputs: list[ToolOutput] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any], ToolOutput | None]] = field(default_factory=list)
    fallback: bool = False
    flags: list[str] = field(default_factory=list)


def system_prompt(prompts: Prompts) -> str:
    tools = specs(SCHEMAS, DESCRIPTIONS)
    return prompts.render("agent/system") + "\n\n" + format_tools(tools, prompts)


def initial_messages(prompts: Prompts, question: str, history: list[tuple[str, str]]) -> list[Any]:
    """System prompt (with the tools), the earlier turns, then the question."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    messages: list[Any] = [SystemMessage(content=system_prompt(prompts))]
    for role, text in history:
        messages.append(HumanMessage(content=text) if role == "user" else AIMessage(content=text))
    messages.append(HumanMessage(content=question))
    return messages


def run(model: Any, tools: Toolbox, question: str, history: list[tuple[str, str]], *, max_steps: int,
        prompts: Prompts, result: LoopResult) -> Iterator[Event]:
    """Drive ``model`` over the tools; fills ``result`` and yields token and step events."""
    graph = build_graph(model, tools, max_steps=max_steps, prompts=prompts,
                        tool_specs=specs(SCHEMAS, DESCRIPTIONS))
    state: dict[str, Any] = {}
    start = {"messages": initial_messages(prompts, question, history), "steps": 0, "retries": 0}
    for mode, chunk in graph.stream(start, {"recursion_limit": recursion_limit(max_steps)},
                                    stream_mode=["custom", "values"]):
        if mode == "custom" and isinstance(chunk, Event):
            yield chunk
        elif mode == "values":
            state = chunk
    result.text = state.get("text", "")
    result.outputs = list(state.get("outputs", []))
    result.calls = list(state.get("calls", []))
    result.fallback = bool(state.get("fallback", False))
    result.flags = list(state.get("flags", []))
