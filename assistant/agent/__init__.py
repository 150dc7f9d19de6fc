"""The conversation agent (``assistant chat``, ``assistant ask --agent``): tools over the index and the
scoring module, an offline planner, an LLM loop, conversation memory and the guard.

Sits below assistant.api (which builds it) and above assistant.answer and assistant.scoring.
"""

from __future__ import annotations

from assistant.agent.agent import Agent
from assistant.agent.memory import ConversationStore
from assistant.agent.types import AgentAnswer, Event, ToolCallRecord

__all__ = ["Agent", "AgentAnswer", "ConversationStore", "Event", "ToolCallRecord"]
