"""The agent's answer and event types: one answer type for every mode (offline planner, LLM loop)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.types import CheckResult, Chunk, Citation


class ToolCallRecord(BaseModel):
    """One tool call of a turn, as shown to users and stored with the turn."""

    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    summary: str = Field(default="", description="One-line Chinese summary of the result.")
    citation_keys: list[str] = Field(default_factory=list)
    ok: bool = True


class ToolOutput(BaseModel):
    """What a tool returns: a compact view for the model and the user, plus what the guard needs."""

    name: str
    summary: str = ""
    data: dict[str, Any] = Field(default_factory=dict, description="Compact JSON-able view (never whole objects).")
    citations: list[Citation] = Field(default_factory=list)
    chunks: list[Chunk] = Field(default_factory=list, description="Clauses behind the citations (for the guard).")
    numbers: list[str] = Field(default_factory=list,
                               description="Numbers the tool computed or counted (calc values, scores, counts).")
    clause_labels: list[str] = Field(default_factory=list, description="Clause numbers the result names.")
    answerable: bool = Field(default=True, description="search_standards: did retrieval find a relevant clause?")
    refusal: str = Field(default="", description="search_standards: the composer's refusal text, if not answerable.")
    text: str = Field(default="", description="A ready Chinese rendering for the offline planner.")

    @property
    def citation_keys(self) -> list[str]:
        return list(dict.fromkeys(c.key for c in self.citations))

    def record(self, args: dict[str, Any]) -> ToolCallRecord:
        return ToolCallRecord(name=self.name, args=args, summary=self.summary, citation_keys=self.citation_keys)

    def for_model(self) -> str:
        """The result as the model sees it: compact JSON of the data, with citation keys."""
        import json

        view = {"tool": self.name, "summary": self.summary, **self.data, "citation_keys": self.citation_keys}
        return json.dumps(view, ensure_ascii=False, default=str)


class AgentAnswer(BaseModel):
    """An agent's answer to one chat turn."""

    text: str
    citations: list[Citation] = Field(default_factory=list)
    grounded: bool = False
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list, description="What the guard changed or could not verify (Chinese).")
    conversation_id: str | None = None
    turn: int = 0
    mode: Literal["offline", "llm"] = "offline"


class Event(BaseModel):
    """A streamed event: ``token`` (LLM text), ``step`` (a tool call and its summary), ``final``."""

    type: Literal["token", "step", "final"]
    text: str = Field(default="", description="For a token: the part a user may see (tool-call JSON is held "
                      "back, see agent.visible); often empty.")
    raw: str = Field(default="", description="For a token: the model's piece as it came (for latency measures).")
    step: ToolCallRecord | None = None
    answer: AgentAnswer | None = None
