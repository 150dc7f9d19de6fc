"""报告起草: a factory profile (form, sample or uploaded YAML; blank template to download), the kind,
scheme and sections; each drafted section with its clauses, checked numbers and 【待补充】 gaps,
editable in place and re-checked; the whole draft as DOCX and Markdown."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st
import yaml

from app_pages.citations import marked_text
from app_pages.common import EXAMPLES, assistant, attempt
from app_pages.profile_form import profile_form
from assistant.api import Assistant
from assistant.report import DraftRequest, outline, profile_template, to_docx, to_markdown

KINDS = {"self-evaluation": "自评价报告", "third-party": "第三方评价报告"}
MARK = {"verified": ":green-badge[已核对]", "mismatch": ":red-badge[不一致]", "unchecked": ":gray-badge[未核对]"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

a = assistant()
st.title("报告起草")
st.caption("填写或上传工厂画像，选择报告类型、评分方案和章节后起草。每个数字都经计算器核对；"
           "缺少的信息以【待补充：…】标出，不会被编造。")


def start_profile() -> tuple[dict, str]:
    left, right = st.columns([3, 1])
    source = left.radio("画像来源", ["示例画像", "上传 YAML", "空白模板"], horizontal=True, key="draft_source")
    right.download_button("下载空白模板", profile_template().encode("utf-8"), file_name="工厂画像模板.yaml",
                          mime="text/yaml", width="stretch")
    if source == "示例画像":
        path = st.selectbox("示例", sorted(EXAMPLES.glob("*.yaml")), format_func=lambda p: p.stem, key="draft_sample")
        return yaml.safe_load(path.read_text(encoding="utf-8")), f"s-{path.stem}"
    if source == "上传 YAML":
        up = st.file_uploader("上传工厂画像（YAML）", type=["yaml", "yml"], key="draft_upload")
        if up is None:
            return {}, "none"
        try:
            data = yaml.safe_load(up.getvalue().decode("utf-8", "replace"))
        except yaml.YAMLError:
            st.error(f"{up.name}：不是有效的 YAML 文件", icon=":material/warning:")
            return {}, "none"
        return (data if isinstance(data, dict) else {}), f"u-{up.file_id}"
    return yaml.safe_load(profile_template()) or {}, "blank"


def show_section(a: Assistant, n: int) -> None:
    draft, profile = st.session_state["draft"], st.session_state["draft_profile"]
    section = draft.sections[n]
    with st.container(border=True):
        cites = [c.model_dump() for c in section.citations]
        st.markdown(f"### {section.title}")
        st.markdown(marked_text(section.markdown, cites))
        bad = [x for x in section.numbers if x.status == "mismatch"]
        counts = {s: sum(1 for x in section.numbers if x.status == s) for s in MARK}
        st.caption(f"数字 {len(section.numbers)} 个：已核对 {counts['verified']}，不一致 {counts['mismatch']}，"
                   f"未核对 {counts['unchecked']} · 引用条款 {len(section.citations)} 条 · 待补充 {len(section.placeholders)} 处")
        for x in bad:
            st.error(f"{x.text}（{x.label}）：{x.detail}", icon=":material/error:")
        for p in section.placeholders:
            st.warning(p, icon=":material/edit_note:")
        with st.expander("引用条款与数字核对"):
            for i, c in enumerate(section.citations, 1):
                st.markdown(f"**[{i}] {c.doc_id} §{c.clause} {c.title}**：「{c.quote}」")
            if section.numbers:
                st.markdown("\n".join(f"- {MARK[x.status]} {x.text} · {x.label or '—'} · {x.source}"
                                      f"{' · ' + x.reference if x.reference else ''}" for x in section.numbers))
        with st.expander("编辑本节"):
            text = st.text_area("正文（Markdown）", section.markdown, height=240, key=f"edit-{n}-{draft.date}")
            if st.button("保存并重新核对", key=f"recheck-{n}"):
                new = attempt(lambda: a.recheck_section(section, text, profile, draft.scheme), "重新核对")
                if new is not None:
                    draft.sections[n] = new
                    st.rerun()


def docx_bytes(draft: object) -> bytes:
    """The draft as DOCX, made when the download button is clicked (deferred)."""
    with tempfile.TemporaryDirectory() as tmp:
        return to_docx(draft, Path(tmp) / "draft.docx").read_bytes()  # type: ignore[arg-type]


start, tag = start_profile()
with st.expander("工厂画像", expanded=tag == "blank"):
    text = profile_form(start, tag)
kind = st.radio("报告类型", list(KINDS), format_func=KINDS.get, horizontal=True, key="draft_kind")
schemes = a.schemes()
wanted = start.get("scheme") if start.get("scheme") in schemes else "table-c1-example"
scheme = st.selectbox("评分方案", schemes, index=schemes.index(wanted) if wanted in schemes else 0, key=f"ds-{tag}")
parts = outline(kind)
chosen = st.multiselect("章节（不选为全部）", [i for i, _ in parts], format_func=dict(parts).get, key=f"dsec-{kind}")
if st.button("起草", type="primary", key="draft_go"):
    profile = attempt(lambda: a.profile_from_text(text, "表单中的画像"), "画像")
    if profile is not None:
        with st.spinner("正在起草并核对数字……"):
            draft = attempt(lambda: a.draft(DraftRequest(profile=profile, kind=kind, scheme=scheme,
                                                         sections=chosen or None)), "起草")
        if draft is not None:
            st.session_state["draft"], st.session_state["draft_profile"] = draft, profile

draft = st.session_state.get("draft")
if draft is not None:
    st.divider()
    st.subheader(draft.title)
    st.caption(f"{draft.factory} · {draft.date} · 评分方案：{draft.scheme_title or draft.scheme} · "
               f"待补充 {len(draft.placeholders)} 处")
    left, right = st.columns(2)
    left.download_button("下载 DOCX", lambda: docx_bytes(draft), file_name=f"{draft.title}.docx", mime=DOCX,
                         width="stretch")
    right.download_button("下载 Markdown", lambda: to_markdown(draft).encode("utf-8"),
                          file_name=f"{draft.title}.md", mime="text/markdown", width="stretch")
    for n in range(len(draft.sections)):
        show_section(a, n)
