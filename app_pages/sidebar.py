"""The sidebar every page shows: chat backend (secrets never stored), knowledge base."""

from __future__ import annotations

import streamlit as st

from app_pages.common import BACKENDS, attempt, root


def render() -> None:
    base = root()
    with st.sidebar:
        st.markdown("### :material/settings: 设置")
        options = list(BACKENDS)
        configured = base.settings.chat.backend
        if configured not in options:  # e.g. 'fake' in tests: the configured backend stays choosable
            options.append(configured)
        st.selectbox("对话模型", options, index=options.index(configured), key="backend",
                     format_func=lambda b: BACKENDS.get(b, b),
                     help="离线模式不调用大模型：回答由检索到的条款组成。其余后端需要本机或远程服务。")
        backend = st.session_state.get("backend", configured)
        if backend in ("openai", "ollama"):
            st.text_input("模型名称", key="chat_model", placeholder=base.settings.chat.model or "如 qwen2.5:1.5b")
            st.text_input("服务地址", key="chat_url", placeholder=base.settings.chat.base_url or "留空用默认地址")
        if backend == "openai":
            st.text_input("API 密钥", type="password", key="api_key",
                          help=f"只保存在本次会话的内存中，不写入磁盘或日志；留空则读取环境变量 "
                               f"{base.settings.chat.api_key_env}。")
        kbs = attempt(base.knowledge_bases) or [base.settings.kb]
        extra = st.session_state.get("new_kb")
        if extra and extra not in kbs:
            kbs.append(extra)
        current = st.session_state.get("kb") or base.settings.kb
        st.selectbox("知识库", kbs, index=kbs.index(current) if current in kbs else 0, key="kb",
                     help="问答只检索所选知识库；上传的文件也存入所选知识库。")
        with st.popover("新建知识库", width="stretch"):
            st.text_input("名称（字母、数字或中文）", key="new_kb")
