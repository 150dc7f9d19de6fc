"""The Streamlit app (``make app``): chat with sources, knowledge base, calculator and scoring,
drafting and trainer pages. Thin: pages live in app_pages/ and call assistant.api only."""

from __future__ import annotations

import streamlit as st

from app_pages import sidebar

st.set_page_config(page_title="绿色制造咨询助手", page_icon=":material/eco:", layout="wide")
st.markdown("""<style>
.clause-text { font-size: 0.95rem; line-height: 1.7; }
.clause-text mark { background: #fff3a3; padding: 0 2px; }
[data-testid="stSidebar"] button p { text-align: left; }
/* Streamlit's uploader speaks English and has no option for its labels: hide them, say it in Chinese. */
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p,
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "选择文件"; font-size: 0.875rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after {
  content: "可拖入文件，或点击“选择文件”"; font-size: 0.8rem; }
/* the overlay shown while files are dragged over the zone ("Drag and drop files here") */
[data-testid="stFileUploaderDropzone"] > div:not([data-testid]) > span { font-size: 0; }
[data-testid="stFileUploaderDropzone"] > div:not([data-testid]) > span::after {
  content: "松开鼠标即可添加文件"; font-size: 1rem; }
</style>""", unsafe_allow_html=True)

PAGES = [
    st.Page("app_pages/chat.py", title="咨询问答", icon=":material/forum:", default=True),
    st.Page("app_pages/knowledge.py", title="知识库", icon=":material/library_books:"),
    st.Page("app_pages/drafting.py", title="报告起草", icon=":material/description:"),
    st.Page("app_pages/scoring.py", title="指标计算与评分", icon=":material/calculate:"),
    st.Page("app_pages/quiz.py", title="培训测验", icon=":material/school:"),
]
page = st.navigation(PAGES)
sidebar.render()
page.run()
