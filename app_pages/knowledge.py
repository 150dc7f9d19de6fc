"""知识库: upload documents (several at once, progress per file and stage, a parse report each), the
document list, removal and re-indexing. Uploads are stored under the data directory only."""

from __future__ import annotations

import streamlit as st

from app_pages.common import KIND, assistant, attempt, status_label
from assistant.api import Assistant
from assistant.errors import AssistantError

SCHEMES = {"numbering": "按条款编号", "headings": "按标题", "layout": "按版式", "none": "未识别出条款"}

a = assistant()
limits = a.settings.app
kb = a.settings.kb
st.title("知识库")
st.caption(f"当前知识库：**{kb}**（在左侧切换）。支持 PDF、DOCX、MD、TXT；单个文件不超过 {limits.max_file_mb:g} MB，"
           f"单次上传不超过 {limits.max_upload_mb:g} MB、最多 {limits.max_files} 个文件。"
           "文件保存在数据目录的上传文件夹中。")


def upload(a: Assistant, files: list) -> None:
    total = sum(f.size for f in files)
    if len(files) > limits.max_files:
        st.error(f"一次最多上传 {limits.max_files} 个文件（本次 {len(files)} 个）", icon=":material/warning:")
        return
    if total > limits.max_upload_mb * 1024 * 1024:
        st.error(f"本次上传共 {total / 1024 / 1024:.1f} MB，超过单次上限 {limits.max_upload_mb:g} MB", icon=":material/warning:")
        return
    bar = st.progress(0.0, text=f"共 {len(files)} 个文件")
    reports = []
    for i, f in enumerate(files):
        with st.status(f"{f.name}：保存中……", expanded=False) as box:
            try:
                path = a.save_upload(f.name, f.getvalue())
                box.update(label=f"{f.name}：解析、分块并向量化……")

                def embedded(n: int, name: str = f.name, box=box) -> None:
                    box.update(label=f"{name}：解析、分块并向量化……已向量化 {n} 个条款块")

                report = a.add_documents([path], kb=kb, on_chunks=embedded)
            except AssistantError as exc:
                box.update(label=f"{f.name}：失败", state="error")
                reports.append({"name": f.name, "error": str(exc)})
                continue
            result = report.files[0] if report.files else None
            if result is None or result.status == "failed":
                box.update(label=f"{f.name}：失败", state="error")
                reports.append({"name": f.name, "error": result.error if result else "未能导入"})
            else:
                word = {"added": "已导入", "updated": "已更新", "unchanged": "未变化"}[result.status]
                box.update(label=f"{f.name}：{word}（{result.chunks} 个条款块，用时 {report.seconds:.1f} 秒）",
                           state="complete")
                reports.append({"name": f.name, "result": result.model_dump()})
        bar.progress((i + 1) / len(files), text=f"已处理 {i + 1}/{len(files)} 个文件")
    st.session_state["upload_reports"] = reports


with st.form("upload", clear_on_submit=True):
    files = st.file_uploader("选择文件（可多选）", type=["pdf", "docx", "md", "txt"], accept_multiple_files=True)
    submitted = st.form_submit_button("上传并导入", type="primary")
if submitted and files:
    upload(a, files)

for r in st.session_state.get("upload_reports", []):
    if "error" in r:
        st.error(r["error"] if r["error"].startswith(r["name"]) else f"{r['name']}：{r['error']}", icon=":material/warning:")
        continue
    res, rep = r["result"], r["result"].get("report") or {}
    with st.expander(f"解析报告：{r['name']} → {res['doc_id']}", expanded=True):
        st.markdown(f"**条款** {rep.get('clauses', 0)} · **条款块** {res['chunks']} · "
                    f"**页数** {res.get('pages') or '—'} · **表格** {rep.get('tables', 0)}")
        st.caption(f"标题：{rep.get('title') or '—'} · 类型：{KIND.get(rep.get('kind', ''), '其他')} · "
                   f"条款层级：{rep.get('depth', 0)} · 识别方式：{SCHEMES.get(rep.get('scheme', ''), '—')} · "
                   f"前置内容占比：{rep.get('front_share', 0):.0%}")
        for w in rep.get("warnings", []):
            st.warning(w, icon=":material/warning:")
        if not rep.get("warnings"):
            st.success("未发现结构问题", icon=":material/check_circle:")

st.subheader("已收录的文件")
docs = attempt(lambda: a.documents(kb=kb)) or []
if not docs:
    st.info("该知识库还没有文件。", icon=":material/inbox:")
else:
    st.dataframe([{"编号": d.doc_id, "标题": d.title, "类型": KIND.get(d.kind, d.kind),
                   "版本": f"{d.edition_year}" if d.edition_year else "—",
                   "状态": status_label(d.status, d.superseded_by), "条款块": d.chunks,
                   "页数": f"{d.pages}" if d.pages else "—"}  # not PDF: no pages (a table cell said None)
                  for d in docs], hide_index=True, width="stretch")
    left, right = st.columns([3, 2])
    chosen = left.selectbox("选择文件", [d.doc_id for d in docs], key="doc_choice")
    with right:
        st.write("")
        if st.button("重新索引", width="stretch"):
            with st.spinner(f"正在重新索引 {chosen}……"):
                rep = attempt(lambda: a.reindex(chosen), "重新索引")
            if rep is not None:
                st.success(f"{chosen}：重新索引完成（新增 {rep.chunks_added}、删除 {rep.chunks_removed}、"
                           f"未变 {rep.chunks_unchanged} 个条款块）")
        sure = st.checkbox("确认删除", key="sure_remove")
        if st.button("删除", disabled=not sure, type="primary", width="stretch"):
            n = attempt(lambda: a.forget(chosen), "删除")
            if n is not None:
                st.session_state.pop("upload_reports", None)
                st.toast(f"已删除 {chosen}（{n} 个条款块）")
                st.rerun()
