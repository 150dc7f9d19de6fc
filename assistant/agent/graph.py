"""The LLM tool loop as a langgraph ``StateGraph``.

    START -> model --(tool call, steps left)--> tools -> model
                   --(malformed, first time)--> retry -> model
                   --(final answer | malformed twice | tool call past max_steps)--> finish -> END

``model`` streams the chat model (each piece is a ``token`` event on the graph's ``custom`` stream)
and parses the reply with the plain-text protocol (assistant.agent.protocol); ``tools`` validates the
arguments against the tool's schema, runs the tool, emits a ``step`` event and hands the result back
as a user-role message ``工具结果：…`` (never role=tool: llama-cpp-python's chat format drops it);
``retry`` asks once more for a valid call; ``finish`` sets the final text, the max-steps flag or
``fallback`` (the agent then answers with the offline planner).
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, TypedDict

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph

from assistant.agent.protocol import FinalAnswer, Malformed, ToolSpec, parse
from assistant.agent.tools import Toolbox
from assistant.agent.types import Event, ToolCallRecord, ToolOutput
from assistant.agent.visible import VisibleText
from assistant.errors import AssistantError, ConfigError, ModelError
from assistant.llm.protocol import ToolCall, validate_args
from assistant.prompts import Prompts

RETRY = "上一条回复不是有效的工具调用。请只回复一个 JSON 对象，例如 {\"tool\": \"search_standards\", \"args\": {\"query\": \"取水量\"}}，或直接用中文给出最终回答。"
FINAL = "已达到工具调用次数上限，请根据已有的工具结果直接给出最终回答。"
FALLBACK_FLAG = "模型两次回复的工具调用格式都无效，已改用离线规划器作答"

Call = tuple[str, dict[str, Any], ToolOutput | None]


class LoopState(TypedDict, total=False):
    """The graph's state: list fields accumulate (``operator.add``), the others are replaced."""

    messages: Annotated[list[BaseMessage], operator.add]
    outputs: Annotated[list[ToolOutput], operator.add]
    calls: Annotated[list[Call], operator.add]
    flags: Annotated[list[str], operator.add]
    parsed: ToolCall | FinalAnswer | None  # the last reply; None when it was malformed
    steps: int
    retries: int
    text: str
    fallback: bool


def build_graph(model: Any, tools: Toolbox, *, max_steps: int, prompts: Prompts,
                tool_specs: list[ToolSpec]) -> Any:
    """The compiled loop graph over ``model`` and ``tools``."""

    def model_node(state: LoopState) -> dict[str, Any]:
        write = get_stream_writer()
        reply, visible = "", VisibleText()
        try:
            for chunk in model.stream(state["messages"]):
                piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
                reply += piece
                write(Event(type="token", text=visible.feed(piece), raw=piece))
        except AssistantError:
            raise
        except Exception as exc:  # a client error of the backend
            raise ModelError(f"对话模型调用失败：{exc}") from None
        try:
            parsed: ToolCall | FinalAnswer | None = parse(reply)
        except Malformed:
            parsed = None
        return {"messages": [AIMessage(content=reply)], "parsed": parsed}

    def route(state: LoopState) -> Literal["tools", "retry", "finish"]:
        parsed = state.get("parsed")
        if parsed is None:
            return "finish" if state.get("retries", 0) else "retry"
        if isinstance(parsed, FinalAnswer) or state.get("steps", 0) >= max_steps:
            return "finish"
        return "tools"

    def retry_node(state: LoopState) -> dict[str, Any]:
        return {"messages": [HumanMessage(content=RETRY)], "retries": state.get("retries", 0) + 1}

    def tools_node(state: LoopState) -> dict[str, Any]:
        call = state["parsed"]
        assert isinstance(call, ToolCall)
        steps = state.get("steps", 0) + 1
        args = dict(call.args)
        out, message = run_tool(tools, call, tool_specs, prompts)
        step = out.record(args) if out is not None else ToolCallRecord(
            name=call.tool, args=args, summary=message, ok=False)
        get_stream_writer()(Event(type="step", step=step))
        messages: list[BaseMessage] = [HumanMessage(content=message)]
        if steps >= max_steps:
            messages.append(HumanMessage(content=FINAL))
        return {"messages": messages, "steps": steps, "calls": [(call.tool, args, out)],
                "outputs": [out] if out is not None else []}

    def finish_node(state: LoopState) -> dict[str, Any]:
        parsed = state.get("parsed")
        if parsed is None:
            return {"fallback": True, "flags": [FALLBACK_FLAG], "text": ""}
        if isinstance(parsed, FinalAnswer):
            return {"text": parsed.text}
        return {"flags": [f"已达到工具调用上限（{max_steps} 步）"], "text": ""}

    graph = StateGraph(LoopState)
    graph.add_node("model", model_node)
    graph.add_node("tools", tools_node)
    graph.add_node("retry", retry_node)
    graph.add_node("finish", finish_node)
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", route, ["tools", "retry", "finish"])
    graph.add_edge("tools", "model")
    graph.add_edge("retry", "model")
    graph.add_edge("finish", END)
    return graph.compile()


def recursion_limit(max_steps: int) -> int:
    """Supersteps the graph may take: model+tools per step, one retry, the last model call, finish."""
    return 2 * max_steps + 8


def run_tool(tools: Toolbox, call: ToolCall, tool_specs: list[ToolSpec],
             prompts: Prompts) -> tuple[ToolOutput | None, str]:
    """Run one tool call; (output, the user-role message that hands the result back)."""
    try:
        args = validate_args(call, tool_specs).model_dump()
        out = tools.call(call.tool, args)
    except AssistantError as exc:
        return None, "工具结果：" + _render(prompts, "agent/tool_error", tool=call.tool, error=str(exc))
    return out, "工具结果：" + _render(prompts, "agent/tool_result", tool=call.tool, result=out.for_model())


def _render(prompts: Prompts, name: str, **values: str) -> str:
    try:
        return prompts.render(name, **values)
    except ConfigError:
        return "\n".join(values.values())
