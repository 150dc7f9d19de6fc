"""LLM mode: model -> parse_reply -> validate the arguments against the tool's schema -> run the tool
-> hand the result back as a user-role message ``工具结果：…`` (never role=tool: llama-cpp-python's
chat format drops those) -> repeat up to ``max_steps`` -> final answer.

A plain loop: langgraph is not a dependency of the project yet, and the loop has one path. A reply
that is a malformed tool call gets one retry; a second one ends the loop with ``fallback=True`` (the
agent then answers with the offline planner). An unknown tool or bad arguments is reported to the
model as a tool error and counts as a step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.agent.protocol import FinalAnswer, Malformed, parse, specs
from assistant.agent.tools import DESCRIPTIONS, SCHEMAS, Toolbox
from assistant.agent.types import Event, ToolOutput
from assistant.errors import AssistantError, ConfigError
from assistant.llm.protocol import ToolCall, format_tools, validate_args
from assistant.prompts import Prompts

RETRY = "上一条回复不是有效的工具调用。请只回复一个 JSON 对象，例如 {\"tool\": \"search_standards\", \"args\": {\"query\": \"取水量\"}}，或直接用中文给出最终回答。"
FINAL = "已达到工具调用次数上限，请根据已有的工具结果直接给出最终回答。"


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


def run(model: Any, tools: Toolbox, question: str, history: list[tuple[str, str]], *, max_steps: int,
        prompts: Prompts, result: LoopResult) -> Iterator[Event]:
    """Drive ``model`` over the tools; fills ``result`` and yields token and step events."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    messages: list[Any] = [SystemMessage(content=system_prompt(prompts))]
    for role, text in history:
        messages.append(HumanMessage(content=text) if role == "user" else AIMessage(content=text))
    messages.append(HumanMessage(content=question))
    tool_specs = specs(SCHEMAS, DESCRIPTIONS)
    retried = False
    steps = 0
    while True:
        reply = ""
        try:
            for chunk in model.stream(messages):
                piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
                reply += piece
                yield Event(type="token", text=piece)
        except AssistantError:
            raise
        except Exception as exc:  # a client error of the backend
            from assistant.errors import ModelError

            raise ModelError(f"对话模型调用失败：{exc}") from None
        messages.append(AIMessage(content=reply))
        try:
            parsed = parse(reply)
        except Malformed:
            if retried:
                result.fallback = True
                result.flags.append("模型两次回复的工具调用格式都无效，已改用离线规划器作答")
                return
            retried = True
            messages.append(HumanMessage(content=RETRY))
            continue
        if isinstance(parsed, FinalAnswer):
            result.text = parsed.text
            return
        if steps >= max_steps:
            result.flags.append(f"已达到工具调用上限（{max_steps} 步）")
            result.text = ""
            return
        steps += 1
        out, message = _call(tools, parsed, tool_specs, prompts)
        result.calls.append((parsed.tool, dict(parsed.args), out))
        if out is not None:
            result.outputs.append(out)
            yield Event(type="step", step=out.record(dict(parsed.args)))
        else:
            from assistant.agent.types import ToolCallRecord

            yield Event(type="step", step=ToolCallRecord(name=parsed.tool, args=dict(parsed.args),
                                                         summary=message, ok=False))
        messages.append(HumanMessage(content=message))
        if steps >= max_steps:
            messages.append(HumanMessage(content=FINAL))


def _call(tools: Toolbox, call: ToolCall, tool_specs: list, prompts: Prompts) -> tuple[ToolOutput | None, str]:
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
