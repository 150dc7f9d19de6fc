"""Checks on a search request before it runs: each used to pass silently with odd results.

An empty or punctuation-only query returned 5 arbitrary hits; ``k=0`` gave 5 hits and ``k=-1`` 39
(a Python slice); a 100,000-character query took 160 s; ``--doc`` naming a document that is not
indexed answered 没有找到结果 as if the document had nothing on the subject.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection

from assistant.errors import QueryError
from assistant.ingest import canonical_doc_id
from assistant.settings import Settings


def check_query(query: str, settings: Settings) -> str:
    """The query, stripped; QueryError when it has no word to search for or is over the length cap."""
    if not isinstance(query, str):
        raise QueryError(f"查询应为文本（收到 {type(query).__name__}）")
    if any("\ud800" <= ch <= "\udfff" for ch in query):
        raise QueryError("查询含无法解码的字节（终端不是 UTF-8 编码？）：请以 UTF-8 输入")
    text = query.strip()
    if not any(ch.isalnum() for ch in text):
        raise QueryError("查询为空或只有标点符号：请输入要查找的内容（如“工业用水重复利用率”）")
    limit = settings.retrieval.query_max_chars
    if len(text) > limit:
        raise QueryError(f"查询过长（{len(text)} 字），上限为 {limit} 字（设置 query_max_chars）：请只写要问的内容")
    return text


def check_k(k: int, settings: Settings) -> int:
    """k within 1..max_k (or top_k, if a home sets that higher: its own default must keep working)."""
    cap = max(settings.retrieval.max_k, settings.retrieval.top_k, settings.retrieval.answer_max_clauses)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= cap:
        raise QueryError(f"结果数（-k）应为 1 到 {cap} 之间的整数（收到 {k}；上限为设置 max_k）")
    return k


def check_doc_id(doc_id: str | None, known: Collection[str]) -> str | None:
    """The indexed id ``doc_id`` names (exactly, or in canonical form); QueryError suggesting close ids."""
    if doc_id is None:
        return None
    if doc_id in known:
        return doc_id
    canonical = canonical_doc_id(doc_id) or doc_id.strip()
    if canonical in known:
        return canonical
    close = difflib.get_close_matches(canonical, sorted(known), n=3, cutoff=0.5)
    hint = f"；相近的有：{'、'.join(close)}" if close else "（assistant search 的结果里可以看到已收录文件的编号）"
    raise QueryError(f"索引中没有文件 {doc_id}{hint}")
