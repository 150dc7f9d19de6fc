"""Backend ``local``: a GGUF in-process through llama-cpp-python, as a thin langchain chat model.

langchain-community's ChatLlamaCpp would pull in that whole package; this wrapper calls
``llama_cpp.Llama.create_chat_completion`` directly (the chat template comes from the GGUF's own
metadata). llama-cpp-python is the optional extra ``local`` (``make llm`` builds it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, Field, PrivateAttr

from assistant.errors import ModelError
from assistant.settings import Settings

INSTALL = "make llm（或 pip install -e '.[local]'）"


def _role(message: BaseMessage) -> str:
    if isinstance(message, SystemMessage):
        return "system"
    if isinstance(message, AIMessage):
        return "assistant"
    if isinstance(message, HumanMessage):
        return "user"
    return "user"  # tool results and anything else reach the model as user text (see protocol.py)


def to_llama_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """langchain messages as llama.cpp chat messages (text content only)."""
    return [{"role": _role(m), "content": m.text} for m in messages]


class LlamaCppChat(BaseChatModel):
    """``llama_cpp.Llama`` as a chat model; one call at a time (the Llama object is not thread-safe)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    llama: Any = Field(exclude=True)
    model_path: str = ""
    temperature: float = 0.1
    max_tokens: int = 512
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppChat:
        """Load ``settings.gguf_file``; ModelError when llama-cpp-python or the file is missing."""
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ModelError(f"local 后端需要 llama-cpp-python，当前未安装：请运行 {INSTALL}") from None
        path = settings.gguf_file
        if not path.is_file():
            raise ModelError(f"本地模型文件不存在：{path}（运行 make llm 组装，或设置 ASSISTANT_CHAT__GGUF_PATH）")
        chat = settings.chat
        try:
            llama = Llama(model_path=str(path), n_ctx=chat.context, n_threads=chat.threads,
                          verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"无法加载本地模型 {path}：{exc}") from exc
        return cls(llama=llama, model_path=str(path), temperature=chat.temperature,
                   max_tokens=chat.max_tokens)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "temperature": self.temperature,
                "max_tokens": self.max_tokens}

    def _params(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        return {"temperature": kwargs.get("temperature", self.temperature),
                "max_tokens": kwargs.get("max_tokens", self.max_tokens), "stop": stop or []}

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        with self._lock:
            out = self.llama.create_chat_completion(messages=to_llama_messages(messages),
                                                    **self._params(stop, kwargs))
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        message = AIMessage(content=choice["message"].get("content") or "",
                            response_metadata={"finish_reason": choice.get("finish_reason"),
                                               "model_name": self.model_path},
                            usage_metadata={"input_tokens": usage.get("prompt_tokens", 0),
                                            "output_tokens": usage.get("completion_tokens", 0),
                                            "total_tokens": usage.get("total_tokens", 0)})
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        with self._lock:
            for part in self.llama.create_chat_completion(messages=to_llama_messages(messages),
                                                          stream=True, **self._params(stop, kwargs)):
                piece = part["choices"][0].get("delta", {}).get("content") or ""
                if not piece:
                    continue
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                if run_manager is not None:
                    run_manager.on_llm_new_token(piece, chunk=chunk)
                yield chunk
