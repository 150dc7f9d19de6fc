"""The plain-text JSON tool-call protocol: tool listing, tolerant parsing of messy replies, validation."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import ToolError
from assistant.llm.jsonish import json_objects
from assistant.llm.protocol import (
    FinalAnswer,
    ToolCall,
    ToolSpec,
    describe_tool,
    find_spec,
    format_tools,
    parse_reply,
    validate_args,
)


class CalcArgs(BaseModel):
    indicator: str = Field(description="指标编号或中文名称，例如 water_reuse_rate")
    inputs: dict[str, float] = Field(description="公式变量及数值，例如 {\"V\": 1000, \"Vr\": 9000}")
    unit: str | None = Field(default=None, description="结果单位")


class SearchArgs(BaseModel):
    query: str = Field(description="检索词")
    k: int = Field(default=5, description="返回条数")
    kinds: list[str] = Field(default_factory=list)


CALC = ToolSpec(name="calc_indicator", description="按附录B公式计算一个指标。", args_schema=CalcArgs)
SEARCH = ToolSpec(name="search_clauses", description="检索标准条款。", args_schema=SearchArgs)
TOOLS = [CALC, SEARCH]
WANT = ToolCall(tool="calc_indicator", args={"indicator": "water_reuse_rate", "inputs": {"V": 1000, "Vr": 9000}})

MESSY_CALLS = [
    '{"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", "inputs": {"V": 1000, "Vr": 9000}}}',
    '```json\n{"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", "inputs": {"V": 1000, "Vr": 9000}}}\n```',
    '好的，我来计算。\n```\n{"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", '
    '"inputs": {"V": 1000, "Vr": 9000}}}\n```\n请稍等。',
    "{'tool': 'calc_indicator', 'args': {'indicator': 'water_reuse_rate', 'inputs': {'V': 1000, 'Vr': 9000}}}",
    '{"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", "inputs": {"V": 1000, "Vr": 9000,},},}',
    '｛“tool”：“calc_indicator”，“args”：｛“indicator”：“water_reuse_rate”，“inputs”：｛“V”：1000，“Vr”：9000｝｝｝',
    '调用工具：{"tool"："calc_indicator"，"args"：{"indicator"："water_reuse_rate"，"inputs"：{"V"：1000，"Vr"：9000}}}。',
    '<tool_call>\n{"name": "calc_indicator", "arguments": {"indicator": "water_reuse_rate", '
    '"inputs": {"V": 1000, "Vr": 9000}}}\n</tool_call>',
    '{"type": "function", "function": {"name": "calc_indicator", "arguments": '
    '"{\\"indicator\\": \\"water_reuse_rate\\", \\"inputs\\": {\\"V\\": 1000, \\"Vr\\": 9000}}"}}',
    '{tool: "calc_indicator", args: {indicator: "water_reuse_rate", inputs: {V: 1000, Vr: 9000}}}',
    '{"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", "inputs": {"V": 1000, "Vr": 9000}',
    '先说明 {注意} 一下，然后 {"tool": "calc_indicator", "args": {"indicator": "water_reuse_rate", '
    '"inputs": {"V": 1000, "Vr": 9000}}} 以及 {"tool": "search_clauses", "args": {"query": "x"}}',
    '{"tool": " calc_indicator ", "parameters": {"indicator": "water_reuse_rate", "inputs": {"V": 1e3, "Vr": 9000}}}',
]


@pytest.mark.parametrize("reply", MESSY_CALLS)
def test_messy_tool_calls_are_read(reply: str) -> None:
    assert parse_reply(reply) == WANT


@pytest.mark.parametrize(("reply", "text"), [
    ('{"answer": "取水量不包括消防用水 [GB/T 36132-2025 §B.8]。"}', "取水量不包括消防用水 [GB/T 36132-2025 §B.8]。"),
    ("```json\n{'answer': '不包括。'}\n```", "不包括。"),
    ("  取水量不包括消防用水。[GB/T 36132-2025 §B.8]\n", "取水量不包括消防用水。[GB/T 36132-2025 §B.8]"),
    ('示例数据为 {"V": 1000}，不需要调用工具。', '示例数据为 {"V": 1000}，不需要调用工具。'),
    ("{不是 JSON}", "{不是 JSON}"),
    ("", ""),
    ('{"answer": "第一行\n第二行"}', "第一行\n第二行"),
    ("{'answer': 'It\\'s fine'}", "It's fine"),
])
def test_everything_else_is_the_final_answer(reply: str, text: str) -> None:
    assert parse_reply(reply) == FinalAnswer(text=text)


def test_a_tool_call_without_args_has_empty_args() -> None:
    assert parse_reply('{"tool": "list_docs"}') == ToolCall(tool="list_docs", args={})
    assert parse_reply('{"tool": "list_docs", "args": null}') == ToolCall(tool="list_docs", args={})
    assert parse_reply('{"tool": "list_docs", "args": "{}"}') == ToolCall(tool="list_docs", args={})


def test_args_that_are_not_an_object_are_no_call() -> None:
    assert isinstance(parse_reply('{"tool": "calc", "args": [1, 2]}'), FinalAnswer)
    assert isinstance(parse_reply('{"tool": "", "args": {}}'), FinalAnswer)


def test_parsing_executes_nothing() -> None:
    reply = '{"tool": __import__("os").system("echo pwned"), "args": {}}'
    assert isinstance(parse_reply(reply), FinalAnswer)
    assert json_objects("{'a': (lambda: 1)()}") == []


def test_literals_escapes_and_strings_survive() -> None:
    assert json_objects("{'a': True, 'b': None, 'c': 'C:\\path', 'e': -1.5e-3}") == [
        {"a": True, "b": None, "c": "C:\\path", "e": -0.0015}]
    assert json_objects('{"s": "他说“你好”，然后走了"}') == [{"s": "他说“你好”，然后走了"}]


def test_models_are_strict() -> None:
    with pytest.raises(ValidationError):
        ToolCall(tool="x", args={}, extra=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        FinalAnswer(text=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ToolSpec(name="x", description="d", args_schema=dict)  # type: ignore[arg-type]


def test_tools_are_described_in_chinese_with_names_and_types() -> None:
    text = describe_tool(CALC)
    assert text.splitlines()[0] == "- calc_indicator：按附录B公式计算一个指标。"
    assert "· indicator（字符串，必填）：指标编号或中文名称" in text
    assert "· inputs（对象，必填）" in text and "· unit（字符串，可选）：结果单位" in text
    search = describe_tool(SEARCH)
    assert "· k（整数，可选，默认 5）：返回条数" in search and "· kinds（字符串列表，可选）" in search

    class NoArgs(BaseModel):
        pass

    assert "参数：无" in describe_tool(ToolSpec(name="list_docs", description="列出文件", args_schema=NoArgs))


def test_format_tools_renders_the_protocol_template() -> None:
    text = format_tools(TOOLS)
    assert "- calc_indicator：" in text and "- search_clauses：" in text
    assert '{"tool": "工具名称", "args": {"参数名": 参数值}}' in text
    assert "{tools}" not in text


def test_validate_args_gives_the_schema_model_or_a_one_line_error() -> None:
    args = validate_args(WANT, TOOLS)
    assert isinstance(args, CalcArgs) and args.inputs == {"V": 1000.0, "Vr": 9000.0}
    assert validate_args(ToolCall(tool="search_clauses", args={"query": "取水", "k": "3"}), TOOLS).k == 3
    with pytest.raises(ToolError) as info:
        validate_args(ToolCall(tool="calc_indicator", args={"inputs": {"V": "很多"}}), TOOLS)
    message = str(info.value)
    assert message.startswith("工具 calc_indicator 的参数无效：")
    assert "缺少参数 indicator" in message and "inputs.V" in message and "\n" not in message
    with pytest.raises(ToolError, match=r"没有名为 nope 的工具（可用的工具：calc_indicator、search_clauses）"):
        find_spec(ToolCall(tool="nope", args={}), TOOLS)


def test_from_tool_reads_a_langchain_tool() -> None:
    from langchain_core.tools import StructuredTool

    tool = StructuredTool.from_function(lambda indicator, inputs, unit=None: 0, name="calc_indicator",
                                        description="计算", args_schema=CalcArgs)
    spec = ToolSpec.from_tool(tool)
    assert (spec.name, spec.args_schema) == ("calc_indicator", CalcArgs)
