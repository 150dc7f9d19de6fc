"""Eval metrics on known rankings, answers and citations (expected values computed by hand)."""

from __future__ import annotations

import pytest

from assistant.evaluation import metrics as M
from assistant.types import Citation

A, B, C, D, E, F, G = (f"T 1-2024§{n}" for n in ("1", "2", "3", "4.1", "4.2", "5", "6"))


def test_distinct_keys_drop_repeats_and_none() -> None:
    assert M.distinct_keys([A, A, None, B, A, C]) == [A, B, C]


@pytest.mark.parametrize(
    ("ranking", "expected", "rank"),
    [
        ([A, B], [A], 1),
        ([A, A, B], [B], 2),  # repeats count once
        ([B, A, E, D], [C, D], 4),  # any expected key; C absent
        ([], [E], None),
        ([A, B, C, E, F, G, D], [D], 7),
        ([A, B, C, E, F, G, "x§1", "x§2", "x§3", "x§4", D], [D], None),  # 11th distinct key: outside @10
    ],
)
def test_first_rank(ranking: list[str], expected: list[str], rank: int | None) -> None:
    assert M.first_rank(ranking, expected, 10) == rank


def test_hit_at_k_and_reciprocal_rank() -> None:
    ranking = [A, A, B, C, E, F, D]
    assert not M.hit_at_k(ranking, [D], 5)  # D is the 6th distinct key
    assert M.hit_at_k(ranking, [D], 6)
    assert M.hit_at_k(ranking, [B], 2)
    assert M.reciprocal_rank(ranking, [C]) == pytest.approx(1 / 3)
    assert M.reciprocal_rank(ranking, [G]) == 0.0


def test_ranking_scores_by_hand() -> None:
    # ranks 1, 2, 4, miss, 7 -> hit@1 1/5, hit@5 3/5, MRR (1 + 1/2 + 1/4 + 0 + 1/7) / 5
    s = M.ranking_scores([1, 2, 4, None, 7])
    assert s.n == 5
    assert s.hit1 == pytest.approx(0.2)
    assert s.hit5 == pytest.approx(0.6)
    assert s.mrr10 == pytest.approx((1 + 0.5 + 0.25 + 1 / 7) / 5)
    assert M.ranking_scores([]).hit5 is None


def test_breakdown_per_group() -> None:
    ranks = {"q1": 1, "q2": 6, "q3": None, "q4": 5}
    groups = {"q1": ["edition"], "q2": ["edition", "formula"], "q3": ["formula"], "q4": []}
    out = M.breakdown(groups, ranks)
    assert out == {"edition": {"n": 2, "hit5": 0.5}, "formula": {"n": 2, "hit5": 0.0}}


def test_refusal_accuracy() -> None:
    # (should_refuse, grounded): correct, correct, wrong (answered), wrong (refused)
    pairs = [(True, False), (False, True), (True, True), (False, False)]
    assert [M.refusal_correct(r, g) for r, g in pairs] == [True, True, False, False]
    assert M.refusal_accuracy(pairs) == 0.5
    assert M.refusal_accuracy([*pairs[:2], (True, False)]) == 1.0
    assert M.refusal_accuracy([]) is None


def test_fact_recall_whitespace_insensitive_and_pooled() -> None:
    answer = "绿色工厂 应设置\n能源管理 岗位；Energy management"
    assert M.facts_found(["能源 管理", "岗位", "消防", "Energymanagement"], answer) == [True, True, False, True]
    # pooled over items: (1 of 2) + (2 of 2) + (0 of 1) = 3 of 5
    assert M.fact_recall([[True, False], [True, True], [False], []]) == pytest.approx(0.6)
    assert M.fact_recall([[], []]) is None


def test_quote_in_text() -> None:
    text = "4.1 基本要求\n工厂应依法设立，近三年无较大及以上安全、环保、质量事故。"
    assert M.quote_in_text("工厂应依法设立， 近三年", text)
    assert M.quote_in_text("工厂应依法设立……质量事故。", text)  # ellipsis skips text in order
    assert not M.quote_in_text("质量事故……工厂应依法设立", text)  # but not out of order
    assert not M.quote_in_text("工厂应依法登记", text)


def test_citation_validity_with_invalid_key_and_misquote() -> None:
    texts = {A: ["本文件规定了绿色工厂评价的范围。"], D: ["能源投入应优化用能结构，", "用能结构，建设能源管理中心。"]}
    citations = [
        Citation(key=A, doc_id="T 1-2024", clause="1", quote="绿色工厂评价的 范围"),  # valid
        Citation(key="T 1-2024§9", doc_id="T 1-2024", clause="9", quote="任意"),  # key not in index
        Citation(key=A, doc_id="T 1-2024", clause="1", quote="绿色园区评价"),  # misquote
        Citation(key=D, doc_id="T 1-2024", clause="4.1", quote="建设能源管理中心"),  # second part
    ]
    checks = [M.check_citation(c, texts) for c in citations]
    assert [c.valid for c in checks] == [True, False, False, True]
    assert checks[1].reason == "key not in index"
    assert checks[2].reason.startswith("quote not in chunk")
    assert M.citation_validity(checks) == 0.5
    assert M.citation_validity([]) is None


def test_percentiles_and_latency() -> None:
    values = [10.0, 20.0, 30.0, 40.0, 100.0]
    assert M.percentile(values, 50) == 30.0
    assert M.percentile(values, 95) == pytest.approx(88.0)  # 40 + 0.8 * 60
    assert M.percentile([5.0], 95) == 5.0
    assert M.percentile([], 50) is None
    lat = M.latency([3.0, 1.0, 2.0])
    assert (lat.n, lat.p50) == (3, 2.0)
