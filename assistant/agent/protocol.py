"""The agent's side of the plain-text tool protocol (assistant.llm.protocol): tool specs from the
toolbox, and reply parsing that tells a malformed tool call from a final answer."""

from __future__ import annotations

from pydantic import BaseModel

from assistant.llm.protocol import FinalAnswer, ToolCall, ToolSpec, parse_reply

__all__ = ["FinalAnswer", "Malformed", "ToolCall", "ToolSpec", "parse", "specs"]


class Malformed(ValueError):
    """A reply that tried to be a tool call and is not one (broken JSON, no tool name)."""


def parse(text: str) -> ToolCall | FinalAnswer:
    """parse_reply, with a reply that looks like JSON but does not parse raised as Malformed."""
    try:
        reply = parse_reply(text)
    except Exception as exc:
        raise Malformed(str(exc)) from None
    if isinstance(reply, FinalAnswer):
        body = reply.text.strip().removeprefix("```json").removeprefix("```").strip()
        if not body or body.startswith("{") or '"tool"' in body[:40]:
            raise Malformed("reply looks like a tool call but is not valid JSON")
    return reply


def specs(schemas: dict[str, type[BaseModel]], descriptions: dict[str, str]) -> list[ToolSpec]:
    return [ToolSpec(name=n, description=descriptions[n], args_schema=m) for n, m in schemas.items()]
