"""Chat models behind the conversation agent, and the plain-text tool-call protocol they speak.

- :func:`build_chat_model` (``settings.chat.backend``: offline, openai, ollama, local, fake) and
  :func:`register` for more backends (:mod:`assistant.llm.registry`);
- :mod:`assistant.llm.protocol`: :func:`format_tools`, :func:`parse_reply`, :func:`validate_args`;
- :mod:`assistant.llm.fake`: ``FakeChatModel`` for tests; :mod:`assistant.llm.local`: llama.cpp;
- :mod:`assistant.llm.model_files`: assembles the local GGUF (``make llm``).

Importing this package loads no model client (langchain_openai, langchain_ollama, llama_cpp):
each backend imports its own inside its builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.llm.protocol import (
    FinalAnswer,
    ToolCall,
    ToolSpec,
    find_spec,
    format_tools,
    parse_reply,
    validate_args,
)
from assistant.llm.registry import backends, build_chat_model, register

if TYPE_CHECKING:
    from assistant.llm.fake import FakeChatModel

__all__ = [
    "FakeChatModel",
    "FinalAnswer",
    "ToolCall",
    "ToolSpec",
    "backends",
    "build_chat_model",
    "find_spec",
    "format_tools",
    "parse_reply",
    "register",
    "validate_args",
]


def __getattr__(name: str) -> Any:
    if name == "FakeChatModel":
        from assistant.llm.fake import FakeChatModel

        return FakeChatModel
    raise AttributeError(f"module 'assistant.llm' has no attribute {name!r}")
