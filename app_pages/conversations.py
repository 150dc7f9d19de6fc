"""The chat page's sidebar part: stored conversations (resume, rename, delete, export)."""

from __future__ import annotations

import streamlit as st

from app_pages.common import attempt
from app_pages.export import markdown_to_docx
from assistant.api import Assistant


def sidebar(a: Assistant, cid: str | None) -> None:
    with st.sidebar:
        st.markdown("### :material/forum: 对话")
        if st.button("新对话", icon=":material/add:", width="stretch", disabled=cid is None):
            st.query_params.pop("c", None)
            st.rerun()
        items = attempt(a.conversations) or []
        for info in items[:30]:
            label = ("● " if info.id == cid else "") + (info.title or "新对话")
            if st.button(label, key=f"conv-{info.id}", width="stretch",
                         help=f"更新于 {info.updated}，{info.turns} 条消息"):
                st.query_params["c"] = info.id
                st.rerun()
        if cid is None:
            return
        with st.expander("当前对话：重命名 · 删除 · 导出"):
            title = st.text_input("新名称", key=f"title-{cid}")
            if st.button("重命名", key=f"rename-{cid}") and title.strip():
                if attempt(lambda: (a.rename_conversation(cid, title), True)[1], "重命名"):
                    st.rerun()
            # deferred: the files are made when a button is clicked, not on every run of the page
            st.download_button("导出 Markdown", lambda: a.export_conversation(cid).encode("utf-8"),
                               file_name=f"对话-{cid}.md", mime="text/markdown", key=f"md-{cid}")
            st.download_button("导出 DOCX", lambda: markdown_to_docx(a.export_conversation(cid)),
                               file_name=f"对话-{cid}.docx",
                               mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               key=f"docx-{cid}")
            sure = st.checkbox("确认删除这段对话", key=f"sure-{cid}")
            if st.button("删除", key=f"delete-{cid}", disabled=not sure, type="primary"):
                a.delete_conversation(cid)
                st.query_params.pop("c", None)
                st.rerun()
