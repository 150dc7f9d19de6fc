"""Baseline (a): locating clauses in the raw file, mapping 500/50 pieces to clause keys, search."""

from __future__ import annotations

from collections import Counter

from fixtures.eval.fakes import DOC, DOC_ID, ROOT, CharEmbeddings, clause_chunks, key

from assistant.evaluation.baseline import (
    ClauseSpan,
    LangchainBaseline,
    locate_clauses,
    majority_key,
    owners,
    read_manifest,
    split_corpus,
)

MARKERS = {"甲": key("1"), "乙": key("2"), "丙": key("3"), "丁": key("4.1"), "戊": key("4.2")}


def test_read_manifest_skips_missing_files() -> None:
    docs = read_manifest(ROOT / "corpus")
    assert [(d.path.name, d.doc_id) for d in docs] == [("T_1-2024.md", DOC_ID)]


def test_majority_key_by_hand() -> None:
    # 0-9 unowned, 10-29 A, 25-39 B (B overwrites 25-29), 40-49 unowned
    spans = [ClauseSpan(key="A", start=10, end=30), ClauseSpan(key="B", start=25, end=40)]
    owner = owners(50, spans)
    assert owner[9] is None and owner[10] == "A" and owner[25] == "B" and owner[40] is None
    assert majority_key(owner, 0, 26) == "A"  # A 15 chars, B 1
    assert majority_key(owner, 20, 50) == "B"  # A 5, B 15
    assert majority_key(owner, 15, 35) == "A"  # tie 10/10: the earlier one
    assert majority_key(owner, 40, 50) is None  # nothing owned: no key


def test_locate_clauses_ignores_markdown_and_whitespace() -> None:
    text = DOC.read_text(encoding="utf-8")
    chunks = clause_chunks()
    spans, missing = locate_clauses(text, chunks)
    assert missing == []
    assert [s.key for s in spans] == [c.key for c in chunks]
    assert [c.part for c in chunks].count(1) == 2  # 3 and 4.1 are split into overlapping parts
    for span in spans:
        located = text[span.start:span.end]
        marker = next(m for m, k in MARKERS.items() if k == span.key)
        assert set(located.replace("\n", "")) >= {marker}
        assert located.count(marker) >= 0.2 * len(located)
        assert "#" not in located  # a clause body never swallows the next heading


def test_locate_clauses_anchor_fallback_and_missing() -> None:
    text = "## 1 甲\n\n开头的句子一二三四五六七八九十甲乙丙丁戊己庚辛。中间被改写。结尾的句子一二三四五六七八九十甲乙丙丁戊己庚辛。\n"
    edited = clause_chunks()[0].model_copy(
        update={"text": "开头的句子一二三四五六七八九十甲乙丙丁戊己庚辛。中间已改写。结尾的句子一二三四五六七八九十甲乙丙丁戊己庚辛。"}
    )
    absent = edited.model_copy(update={"key": key("9"), "text": "完全不在文件里的条文内容，不会被找到。" * 3, "order": 5})
    spans, missing = locate_clauses(text, [edited, absent])
    assert missing == [key("9")]
    assert text[spans[0].start:spans[0].end].startswith("开头的句子")
    assert text[spans[0].start:spans[0].end].endswith("庚辛。")


def test_split_corpus_maps_pieces_to_majority_clause() -> None:
    pieces, missing = split_corpus(read_manifest(ROOT / "corpus"), clause_chunks())
    assert missing == []
    assert len(pieces) >= 5
    assert all(len(p.text) <= 500 for p in pieces)
    text = DOC.read_text(encoding="utf-8")
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in pieces)
    checked = 0
    for piece in pieces:
        counts = Counter(ch for ch in piece.text if ch in MARKERS).most_common()
        if not counts:
            assert piece.key is None  # title block: no clause text
            continue
        if len(counts) == 1 or counts[0][1] >= 1.5 * counts[1][1]:  # a clear majority
            assert piece.key == MARKERS[counts[0][0]], piece.text[:40]
            checked += 1
    assert checked >= 4
    assert {p.key for p in pieces} >= set(MARKERS.values())


def test_langchain_baseline_search_returns_distinct_clause_keys() -> None:
    baseline = LangchainBaseline.from_corpus(ROOT / "corpus", clause_chunks(), CharEmbeddings())
    try:
        assert baseline.unlocated == []
        keys = baseline.search("戊戊戊戊戊 原材料减量", k=3)
        assert keys[0] == key("4.2")
        assert len(keys) == len(set(keys)) <= 3
        assert baseline.search("丙丙丙丙 合规与管理职责", k=10)[0] == key("3")
    finally:
        baseline.close()
