"""A queue-driven fake chat model for tests: canned replies in order, every prompt recorded.

``FakeChatModel(responses=["第一条回复", '{"tool": "search", "args": {"query": "取水量"}}'])`` answers
each call with the next reply (``invoke``, ``stream`` token by token, ``batch``, async alike),
appends the messages it was given to ``.calls``, and raises ModelError when the queue is empty.
It is backend ``fake`` (``ASSISTANT_CHAT__BACKEND=fake`` with ``ASSISTANT_CHAT__FAKE_RESPONSES``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, Field, PrivateAttr

from assistant.errors import ModelError

# ASCII words and numbers whole, every other character (a Chinese character, punctuation) alone
_TOKEN = re.compile(r"[A-Za-z0-9_.]+|\s+|.", re.S)


def tokens(text: str) -> list[str]:
    """How the fake streams ``text``: pieces that join back to it exactly."""
    return _TOKEN.findall(text)


class FakeChatModel(BaseChatModel):
    """Returns ``responses`` in order; ``calls`` holds the messages of every call (thread-safe)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    responses: list[str] = Field(default_factory=list)
    calls: list[list[BaseMessage]] = Field(default_factory=list)
    _next: int = PrivateAttr(default=0)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "fake-queue"

    @property
    def remaining(self) -> int:
        """Replies still queued."""
        return len(self.responses) - self._next

    def push(self, *responses: str) -> None:
        """Queue more replies."""
        with self._lock:
            self.responses.extend(responses)

    def _take(self, messages: list[BaseMessage]) -> str:
        with self._lock:
            self.calls.append(list(messages))
            if self._next >= len(self.responses):
                raise ModelError(f"FakeChatModel 的回复队列已空：第 {len(self.calls)} 次调用没有预设回复"
                                 f"（共预设 {len(self.responses)} 条）")
            reply = self.responses[self._next]
            self._next += 1
            return reply

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        text = self._take(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        text = self._take(messages)
        for piece in tokens(text):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager is not None:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
