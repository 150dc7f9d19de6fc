"""Answers with numbered citation markers: each marker opens its clause (text with the quoted sentence
highlighted, path, page, document and edition, status, confidence); checker-flagged numbers marked."""

from __future__ import annotations

import html
import re
from typing import Any

import streamlit as st

from app_pages.common import CONFIDENCE, attempt, status_label
from assistant.api import Assistant

_REF = re.compile(r"\[([^\[\]§]+?) §([^\[\]]+?)\]")


def marked_text(text: str, citations: list[dict[str, Any]], checks: list[dict[str, Any]] = ()) -> str:  # type: ignore[assignment]
    """``text`` as Markdown: ``[DOC §CLAUSE]`` -> ``[n]`` (n: the citation's number), mismatched
    numbers red, unverified ones underlined grey."""
    order = {f"{c['doc_id']}§{c['clause']}": n for n, c in enumerate(citations, 1)}
    spans = sorted(((c["claim"]["start"], c["claim"]["end"], c["status"]) for c in checks
                    if c["status"] in ("mismatch", "unverifiable")), reverse=True)
    out = text
    for start, end, status in spans:  # from the end, so earlier offsets stay valid
        if not (0 <= start < end <= len(out)) or _inside_ref(out, start):
            continue
        number = out[start:end]
        mark = f":red-background[:material/error: {number}（不一致）]" if status == "mismatch" else f":gray-background[{number}（未核对）]"
        out = out[:start] + mark + out[end:]

    def repl(m: re.Match[str]) -> str:
        n = order.get(f"{m.group(1)}§{m.group(2)}")
        return f" :blue[**[{n}]**] " if n else m.group(0)

    return _REF.sub(repl, out)


def _inside_ref(text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in _REF.finditer(text))


def highlight(text: str, quote: str) -> str:
    """The clause text as HTML with the quoted sentence in <mark> (whitespace-insensitive match)."""
    safe = html.escape(text)
    q = html.escape(quote.strip())
    if q:
        pattern = r"\s*".join(re.escape(ch) for ch in q if not ch.isspace())
        safe = re.sub(pattern, lambda m: f"<mark>{m.group(0)}</mark>", safe, count=1)
    return safe.replace("\n", "<br>")


def show_citations(a: Assistant, citations: list[dict[str, Any]], *, prefix: str = "") -> None:
    """One expander per citation, numbered as the markers in the text."""
    for n, c in enumerate(citations, 1):
        key = c.get("key") or f"{c['doc_id']}§{c['clause']}"
        head = f"[{n}] {c['doc_id']} §{c['clause']} {c.get('title', '')}".strip()
        with st.expander(head, expanded=False):
            show_clause(a, key, c.get("quote", ""))


def show_clause(a: Assistant, key: str, quote: str = "") -> None:
    view = attempt(lambda: a.clause(key), "无法打开条款")
    if view is None:
        return
    edition = f"{view.edition_year} 年版" if view.edition_year else "版本未注明"
    page = f"第 {'、'.join(map(str, view.pages))} 页" if view.pages else "页码：无（非 PDF 文件）"
    st.caption(f"{view.doc_title or view.doc_id}（{view.doc_id}，{edition}） · {page}")
    st.caption(f"条款路径：{view.clause_path or view.clause}")
    state = status_label(view.status, view.superseded_by)
    if view.status == "current":
        st.markdown(f":green-badge[{state}]")
    else:
        st.markdown(f":orange-badge[{state}] {view.edition_note}")
        if view.current_key:
            st.caption(f"现行对应条款：{view.current_key.replace('§', ' §')}")
    if view.confidence in CONFIDENCE:
        st.markdown(f":orange-badge[{CONFIDENCE[view.confidence]}]")
    st.markdown(f"<div class='clause-text'>{highlight(view.text, quote)}</div>", unsafe_allow_html=True)


def show_nearest(a: Assistant, question: str, prefix: str) -> None:
    """A refusal offers the nearest clauses (they did not answer the question)."""
    hits = attempt(lambda: a.search(question, k=3), "检索失败") or []
    if not hits:
        return
    st.caption("最接近的条款（未能回答该问题，仅供参考）：")
    for h in hits:
        ch = h.chunk
        with st.expander(f"{ch.doc_id} §{ch.clause} {ch.title}"):
            show_clause(a, ch.key)
