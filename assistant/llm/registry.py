"""Chat-model backends by name: ``build_chat_model(settings)`` for ``settings.chat.backend``.

A backend is a builder function registered with ``@register("name")``. Builders import their client
library inside the function, so importing this module (or :mod:`assistant.llm`) loads no model
client and creates nothing. ``offline`` builds no model (None): the deterministic composer answers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from assistant.errors import ConfigError, ModelError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

Builder = Callable[[Settings], "BaseChatModel | None"]
_BUILDERS: dict[str, Builder] = {}
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0"})
NO_KEY = "not-needed"  # what a local OpenAI-compatible server is sent as the API key


def register(name: str) -> Callable[[Builder], Builder]:
    """Register the decorated builder as backend ``name`` (a later registration replaces it)."""

    def deco(builder: Builder) -> Builder:
        _BUILDERS[name] = builder
        return builder

    return deco


def backends() -> list[str]:
    """The registered backend names, sorted."""
    return sorted(_BUILDERS)


def build_chat_model(settings: Settings, *, api_key: str | None = None) -> BaseChatModel | None:
    """The chat model of ``settings.chat`` (None for ``offline``); ConfigError for an unknown backend.

    ``api_key`` is a key typed by a user (the app's password field): it goes to the client only,
    never into settings, the environment or a log; unset, the key comes from ``chat.api_key_env``.
    """
    name = settings.chat.backend.strip().lower()
    builder = _BUILDERS.get(name)
    if builder is None:
        raise ConfigError(f"未知的对话模型后端 {settings.chat.backend!r}（ASSISTANT_CHAT__BACKEND）："
                          f"有效的后端为 {'、'.join(backends())}")
    if api_key and name in _KEYED:
        return _KEYED[name](settings, api_key)
    return builder(settings)


def is_local_url(url: str | None) -> bool:
    """True for a URL on this machine (127.0.0.0/8, localhost, ::1)."""
    if not url:
        return False
    host = (urlparse(url).hostname or "").lower()
    return host in LOCAL_HOSTS or host.startswith("127.")


def api_key(settings: Settings) -> str:
    """The API key from the variable named by ``chat.api_key_env``; a placeholder for a local server."""
    var = settings.chat.api_key_env
    key = os.environ.get(var, "").strip() if var else ""
    if key:
        return key
    if is_local_url(settings.chat.base_url):
        return NO_KEY
    where = settings.chat.base_url or "OpenAI 官方接口"
    raise ConfigError(f"缺少 API 密钥：环境变量 {var or '（未指定）'} 未设置（{where} 需要密钥；"
                      "变量名由 ASSISTANT_CHAT__API_KEY_ENV 指定）")


def require(module: str, install: str) -> None:
    """ModelError (one line, saying how to install it) when ``module`` cannot be imported."""
    try:
        __import__(module)
    except ImportError as exc:
        raise ModelError(f"未安装 {exc.name or module}：请运行 {install}") from None


@register("offline")
def _offline(settings: Settings) -> None:
    return None


@register("openai")
def _openai(settings: Settings, key: str | None = None) -> BaseChatModel:
    require("langchain_openai", "pip install -e .")
    from langchain_openai import ChatOpenAI

    chat = settings.chat
    local = is_local_url(chat.base_url)
    if not chat.model and not local:
        raise ConfigError("openai 后端需要模型名称：请设置 ASSISTANT_CHAT__MODEL")
    # langchain-openai sends the limit as max_completion_tokens, which llama_cpp.server (and other
    # OpenAI-compatible servers) ignore: a server of our own choosing gets max_tokens as well.
    extra_body = {"max_tokens": chat.max_tokens} if chat.base_url else None
    return ChatOpenAI(
        base_url=chat.base_url,
        extra_body=extra_body,
        api_key=key or api_key(settings),  # type: ignore[arg-type]
        model=chat.model or "local",
        temperature=chat.temperature,
        max_tokens=chat.max_tokens,  # type: ignore[call-arg]
        timeout=chat.timeout,
        max_retries=1,
        disabled_params={"parallel_tool_calls": None},
    )


# Backends that take a key typed by the user (build_chat_model's api_key).
_KEYED: dict[str, Callable[[Settings, str], BaseChatModel]] = {"openai": _openai}


@register("ollama")
def _ollama(settings: Settings) -> BaseChatModel:
    require("langchain_ollama", "pip install -e .")
    from langchain_ollama import ChatOllama

    chat = settings.chat
    if not chat.model:
        raise ConfigError("ollama 后端需要模型名称：请设置 ASSISTANT_CHAT__MODEL（例如 qwen2.5:1.5b）")
    return ChatOllama(
        base_url=chat.base_url,
        model=chat.model,
        temperature=chat.temperature,
        num_predict=chat.max_tokens,
        num_ctx=chat.context,
        client_kwargs={"timeout": chat.timeout},
    )


@register("local")
def _local(settings: Settings) -> BaseChatModel:
    from assistant.llm.local import LlamaCppChat

    return LlamaCppChat.from_settings(settings)


@register("fake")
def _fake(settings: Settings) -> BaseChatModel:
    from assistant.llm.fake import FakeChatModel

    return FakeChatModel(responses=list(settings.chat.fake_responses))
