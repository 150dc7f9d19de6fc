"""A plain-text JSON tool-call protocol that a small local model can follow.

llama-cpp-python's ``chatml-function-calling`` drops ``role: tool`` messages, so tools are not
called natively: the system prompt lists them (:func:`format_tools`, rendered through
``prompts/agent/tool_protocol.txt``), the model replies ``{"tool": "name", "args": {...}}`` in plain
text, and :func:`parse_reply` reads that back as a :class:`ToolCall`, or anything else as the
:class:`FinalAnswer`. Parsing never executes anything: JSON is read by a small tolerant lexer (see
:mod:`assistant.llm.jsonish`). Checking the arguments against the tool's schema is the caller's
job: :func:`validate_args` does it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import ToolError
from assistant.llm.jsonish import json_objects
from assistant.prompts import Prompts

_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True)
_TYPE_NAMES = {"string": "字符串", "number": "数字", "integer": "整数", "boolean": "布尔值",
               "object": "对象", "array": "列表", "null": "空值"}
_TOOL_KEYS = ("tool", "name", "tool_name", "function")
_ARGS_KEYS = ("args", "arguments", "parameters", "input")


class ToolSpec(BaseModel):
    """A tool offered to the model: its name, Chinese description and argument schema."""

    model_config = _STRICT

    name: str
    description: str
    args_schema: type[BaseModel]

    @classmethod
    def from_tool(cls, tool: Any) -> ToolSpec:
        """From a langchain tool (``name``, ``description``, pydantic ``args_schema``)."""
        return cls(name=tool.name, description=tool.description, args_schema=tool.args_schema)


class ToolCall(BaseModel):
    """The model asks for ``tool`` with ``args`` (not validated yet: see :func:`validate_args`)."""

    model_config = _STRICT

    tool: str
    args: dict[str, Any]


class FinalAnswer(BaseModel):
    """The model's answer to the user."""

    model_config = _STRICT

    text: str


def _type_name(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        names = [_type_name(s) for s in schema["anyOf"] if s.get("type") != "null"]
        return "或".join(dict.fromkeys(names)) or "任意"
    kind = schema.get("type")
    if kind == "array" and isinstance(schema.get("items"), dict) and schema["items"].get("type"):
        return _type_name(schema["items"]) + "列表"
    if "enum" in schema:
        return "取值之一：" + "、".join(str(v) for v in schema["enum"])
    return _TYPE_NAMES.get(str(kind), "任意")


def describe_tool(spec: ToolSpec) -> str:
    """One tool as text: name, description, then one line per argument (type, required, meaning)."""
    schema = spec.args_schema.model_json_schema()
    required = set(schema.get("required", []))
    lines = [f"- {spec.name}：{' '.join(spec.description.split())}"]
    props: dict[str, Any] = schema.get("properties", {})
    if not props:
        lines.append("  参数：无（args 为 {}）")
    for arg, prop in props.items():
        need = "必填" if arg in required else "可选"
        if arg not in required and "default" in prop and prop["default"] is not None:
            need += f"，默认 {prop['default']}"
        meaning = " ".join(str(prop.get("description", "")).split())
        lines.append(f"  · {arg}（{_type_name(prop)}，{need}）" + (f"：{meaning}" if meaning else ""))
    return "\n".join(lines)


def format_tools(tools: list[ToolSpec], prompts: Prompts | None = None) -> str:
    """The tool-protocol instructions listing ``tools`` (``prompts/agent/tool_protocol.txt``)."""
    listing = "\n".join(describe_tool(t) for t in tools)
    return (prompts or Prompts()).render("agent/tool_protocol", tools=listing)


def _as_call(obj: dict[str, Any]) -> ToolCall | None:
    """A tool call from one parsed object, in our shape or the OpenAI/Hermes ones; else None."""
    if isinstance(obj.get("function"), dict):  # {"type": "function", "function": {"name", "arguments"}}
        obj = obj["function"]
    name = next((obj[k] for k in _TOOL_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if name is None:
        return None
    args: Any = next((obj[k] for k in _ARGS_KEYS if k in obj), {})
    if isinstance(args, str):  # OpenAI style: the arguments as a JSON string
        parsed = json_objects(args)
        args = parsed[0] if parsed else ({} if not args.strip() else None)
    if args is None and not any(obj.get(k) is not None for k in _ARGS_KEYS):
        args = {}
    if not isinstance(args, dict):
        return None
    return ToolCall(tool=name.strip(), args=args)


def parse_reply(text: str) -> ToolCall | FinalAnswer:
    """The model's reply as a ToolCall (the first JSON object naming a tool) or the FinalAnswer.

    Accepts the object inside ```json fences, ``<tool_call>`` tags or prose, with single quotes,
    trailing commas, unquoted keys, Python literals or full-width punctuation; ``{"answer": "..."}``
    is a final answer, and so is any reply with no tool call in it (the whole text, stripped).
    """
    objects = json_objects(text)
    for obj in objects:
        call = _as_call(obj)
        if call is not None:
            return call
    for obj in objects:
        answer = obj.get("answer", obj.get("final_answer"))
        if isinstance(answer, str):
            return FinalAnswer(text=answer.strip())
    return FinalAnswer(text=text.strip())


def find_spec(call: ToolCall, tools: list[ToolSpec]) -> ToolSpec:
    """The spec of the tool ``call`` names; ToolError listing the tools when there is none."""
    for spec in tools:
        if spec.name == call.tool:
            return spec
    raise ToolError(f"没有名为 {call.tool} 的工具（可用的工具：{'、'.join(t.name for t in tools) or '无'}）")


def validate_args(call: ToolCall, tools: list[ToolSpec]) -> BaseModel:
    """``call.args`` validated by its tool's schema; one-line ToolError naming each bad argument."""
    spec = find_spec(call, tools)
    try:
        return spec.args_schema.model_validate(call.args)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "args"
            problems.append(f"缺少参数 {where}" if err["type"] == "missing" else f"参数 {where}：{err['msg']}")
        raise ToolError(f"工具 {call.tool} 的参数无效：{'；'.join(problems)}") from exc
