"""咨询问答: the landing page. Follow-ups use the agent's memory; the conversation id lives in the URL
(``?c=…``), so a browser refresh resumes it from the conversation store."""

from __future__ import annotations

import streamlit as st

from app_pages import conversations
from app_pages.citations import marked_text, show_citations, show_nearest
from app_pages.common import AVATARS, TOOLS, assistant, attempt
from assistant.errors import AssistantError

a = assistant()
cid = st.query_params.get("c")
conversation = attempt(lambda: a.conversation(cid), "对话") if cid else None
if cid and conversation is None:
    st.query_params.pop("c", None)
    cid = None
conversations.sidebar(a, cid)

st.title("咨询问答")
st.caption("就绿色制造体系的标准与政策提问；回答中的编号 [1] [2] … 对应下方可展开的条款原文。")
answers: dict = st.session_state.setdefault("answers", {})  # (cid, turn) -> AgentAnswer: checks, flags


def show_answer(text: str, citations: list[dict], checks: list[dict], flags: list[str], grounded: bool,
                question: str, tag: str) -> None:
    if not grounded and not citations:
        st.warning(text, icon=":material/block:")
        show_nearest(a, question, tag)
        return
    st.markdown(marked_text(text, citations, checks))
    for flag in flags:
        st.caption(f":material/info: {flag}")
    bad = [c for c in checks if c["status"] == "mismatch"]
    for c in bad:
        st.error(f"数字核对不一致：{c['claim']['text']}（{c['explanation']}）", icon=":material/warning:")
    show_citations(a, citations, prefix=tag)


if conversation is not None:
    question = ""
    for t in conversation.history:
        with st.chat_message(t.role, avatar=AVATARS[t.role]):
            if t.role == "user":
                question = t.text
                st.markdown(t.text)
                continue
            kept = answers.get((cid, t.n // 2))
            # this session's answer, else what the store kept with the turn (after a refresh)
            checks = [c.model_dump() for c in kept.checks] if kept else t.meta.get("checks", [])
            flags = kept.flags if kept else t.meta.get("flags", [])
            grounded = kept.grounded if kept else t.meta.get("grounded", bool(t.citations))
            show_answer(t.text, t.citations, checks, flags, grounded, question, f"{cid}-{t.n}")
            if t.tool_calls:
                st.caption("工具：" + "；".join(f"{TOOLS.get(c.get('name', ''), c.get('name'))}（{c.get('summary', '')}）"
                                            for c in t.tool_calls))
else:
    st.info("例如：取水量包括消防用水吗？ · 绿色工厂评价的基本要求有哪些？ · 取水量 1000 m³、重复利用水量 9000 m³，"
            "工业用水重复利用率是多少？", icon=":material/lightbulb:")

prompt = st.chat_input("输入问题，按回车发送")
if prompt:
    with st.chat_message("user", avatar=AVATARS["user"]):
        st.markdown(prompt)
    with st.chat_message("assistant", avatar=AVATARS["assistant"]):
        final = None
        tokens = st.empty()
        streamed = ""
        try:
            with st.status("正在检索与计算……", expanded=False) as status:
                for event in a.chat_stream(prompt, cid):
                    if event.type == "token":
                        if not event.text:  # a held-back tool call (agent.visible)
                            continue
                        streamed += event.text
                        tokens.markdown(streamed + "▌")
                    elif event.type == "step" and event.step is not None:
                        ok = "✓" if event.step.ok else "✗"
                        status.write(f"{ok} {TOOLS.get(event.step.name, event.step.name)}：{event.step.summary}")
                    elif event.type == "final":
                        final = event.answer
                status.update(label="完成", state="complete")
        except AssistantError as exc:
            st.error(str(exc), icon=":material/warning:")
        tokens.empty()
        if final is not None:
            answers[(final.conversation_id, final.turn)] = final
            if final.conversation_id != cid:  # a new conversation: rerun so the sidebar lists it
                st.query_params["c"] = final.conversation_id
                st.rerun()
            show_answer(final.text, [c.model_dump() for c in final.citations], [c.model_dump() for c in final.checks],
                        final.flags, final.grounded, prompt, f"{cid}-{final.turn}")
            if final.tool_calls:
                st.caption("工具：" + "；".join(f"{TOOLS.get(c.name, c.name)}（{c.summary}）" for c in final.tool_calls))
