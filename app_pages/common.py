"""What every page shares: the one Assistant of the process, the session's choices, error display."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import streamlit as st

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.settings import ChatSettings, Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "corpus" / "examples"
AVATARS = {"user": ":material/person:", "assistant": ":material/eco:"}
BACKENDS = {"offline": "离线（无需大模型）", "openai": "OpenAI 兼容接口", "ollama": "Ollama", "local": "本机模型（llama.cpp）"}
T = TypeVar("T")


@st.cache_resource(show_spinner="正在加载知识库与模型……")
def _root(environment: str) -> Assistant:
    """One Assistant per process and configuration (``environment``: the ASSISTANT_* variables)."""
    del environment  # the cache key only: Settings() reads the same variables
    return Assistant(Settings())


def root() -> Assistant:
    env = {k: v for k, v in os.environ.items() if k.upper().startswith("ASSISTANT_")}
    return _root(json.dumps(env, sort_keys=True))


def assistant() -> Assistant:
    """The Assistant of this session: the process's one, with this session's knowledge base and
    chat backend (sidebar). A typed API key lives in session state only."""
    base = root()
    state = st.session_state
    kb = state.get("kb") or base.settings.kb
    backend = state.get("backend") or base.settings.chat.backend
    chat = base.settings.chat
    if backend != chat.backend or state.get("chat_model") or state.get("chat_url"):
        chat = ChatSettings(**{**chat.model_dump(), "backend": backend,
                               "model": state.get("chat_model") or chat.model,
                               "base_url": state.get("chat_url") or chat.base_url})
    return base.session(kb=kb, chat=chat, api_key=state.get("api_key") or None)


def attempt(action: Callable[[], T], where: str = "") -> T | None:
    """Run ``action``; an AssistantError becomes one red line (never a traceback)."""
    try:
        return action()
    except AssistantError as exc:
        st.error(f"{where}{'：' if where else ''}{exc}", icon=":material/warning:")
        return None


def status_label(status: str, superseded_by: str | None) -> str:
    if status == "current":
        return "现行"
    return f"已被 {superseded_by} 代替" if superseded_by else "已废止"


CONFIDENCE = {"M": "置信度：中（来自二手资料，请以正式文本核对）", "L": "置信度：低（未经核实，请以正式文本核对）"}
KIND = {"standard": "标准", "policy": "政策文件", "guide": "指南", "digest": "摘要", "other": "其他"}
TOOLS = {"search_standards": "检索条款", "get_clause": "取条款原文", "list_documents": "列出文件",
         "calc_indicator": "指标计算", "score_profile": "画像评分", "check_numbers": "数字核对",
         "compare_editions": "版本对比"}
