"""The fallback linker: a number no rule links is read against the facts by similarity of context.

Each sentence below is left unverifiable by every rule (checked with fallback=False), so what the
fallback decides is all the fallback's doing."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scoring import fallback_link
from assistant.scoring.checker import check
from assistant.scoring.fallback_cands import Candidate, bag, tokens
from assistant.scoring.lexicon import Subject
from assistant.scoring.profile import load_profile
from assistant.types import CheckResult, Claim

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def copper():
    return load_profile(ROOT / "corpus" / "examples" / "copper-smelter.yaml")


def _one(text: str, profile=None, fallback: bool = True) -> CheckResult:
    res = check(text, profile, fallback=fallback)
    assert len(res) == 1, res
    return res[0]


def test_tokens_are_bigrams_latin_words_and_clause_numbers():
    toks = [t for t, _, _ in tokens("柴油折标系数 kgce B.27 2018 8")]
    assert toks[:5] == ["柴油", "油折", "折标", "标系", "系数"]
    assert {"kgce", "b.27", "2018"} <= set(toks)
    assert "8" not in toks  # a short number is a value, never a name
    assert bag("近三年") == frozenset({"近三", "三年"})


def test_a_number_linked_only_by_similarity_is_matched():
    # (round twelve's exam items read '【填空题】…答案：' themselves; without the label no rule links it)
    text = "柴油折标系数 ____ kgce/kg。答案：1.4571"
    assert _one(text, fallback=False).status == "unverifiable"
    r = _one(text)
    assert r.status == "verified"
    assert "相似度关联" in r.explanation and "柴油折标系数" in r.explanation


def test_a_number_linked_only_by_similarity_is_mismatched():
    text = "柴油折标系数 ____ kgce/kg。答案：1.4517"
    assert _one(text, fallback=False).status == "unverifiable"
    r = _one(text)
    assert r.status == "mismatch"
    assert r.expected == pytest.approx(1.4571)
    assert r.explanation.startswith("按上下文关联到“柴油折标系数”（相似度关联")


def test_profile_indicator_linked_by_similarity(copper):
    q = "【练习】按示例铜厂的数据算一下单位产品取水量 ____。答案："
    assert _one(q + "15 m³/t", copper, fallback=False).status == "unverifiable"
    ok, bad = _one(q + "12 m³/t", copper), _one(q + "15 m³/t", copper)
    assert ok.status == "verified" and bad.status == "mismatch"
    assert bad.expected == pytest.approx(12.0)


def test_unit_is_a_hard_filter(copper):
    # the same context, a unit no fact named there has: nothing to link
    r = _one("【练习】按示例铜厂的数据算一下单位产品取水量 ____。答案：15 kgce/t", copper)
    assert r.status == "unverifiable"


def test_hypothesis_is_never_refuted(copper):
    r = _one("【练习】示例铜厂如果把单位产品取水量降到 ____？答案：10 m³/t", copper)
    assert r.status == "unverifiable"


def test_threshold_without_its_role_word_stays_unverifiable():
    # the platform's 引领值 (8) and 基准值 (0) share every name: without 引领值/基准值 the count is the
    # factory's own, never a wrong threshold
    r = _one("能碳管理平台这一项，本厂做到 5 项。")
    assert r.status == "unverifiable"


def _scored(name: str, score: float, status: str) -> fallback_link.Scored:
    s = Subject(id=name, name=name, role="value", value=1.0, unit="项", how="")
    claim = Claim(text="3 项", start=0, end=3, value=3.0, unit="项")
    res = CheckResult(claim=claim, status=status, explanation="x")  # type: ignore[arg-type]
    return fallback_link.Scored(Candidate(subject=s), score, res)


def _evidence(*ranked: fallback_link.Scored, may: bool = True) -> fallback_link.Evidence:
    true = next((x.score for x in ranked if x.result.status == "verified"), 0.0)
    return fallback_link.Evidence(ranked[0].result.claim, list(ranked), true, may)


def test_choose_matches_any_well_scored_fact():
    ev = _evidence(_scored("A", 0.9, "mismatch"), _scored("B", fallback_link.MATCH, "verified"))
    r = fallback_link.choose(ev)
    assert r is not None and r.status == "verified" and "“B”" in r.explanation


def test_choose_mismatch_needs_score_and_margin():
    hi = fallback_link.MISMATCH + 0.1
    clear = _evidence(_scored("A", hi, "mismatch"), _scored("B", 0.1, "verified"))
    r = fallback_link.choose(clear)
    assert r is not None and r.status == "mismatch" and "“A”" in r.explanation
    # ambiguous: a fact the number is true of scores nearly as well (below MATCH, within MARGIN)
    best = fallback_link.MISMATCH
    near = min(fallback_link.MATCH - 0.01, best - fallback_link.MARGIN + 0.05)
    assert fallback_link.choose(_evidence(_scored("A", best, "mismatch"), _scored("B", near, "verified"))) is None
    # below MISMATCH: only when no fact fits the number and the next fact scores DOMINANCE times less
    low = fallback_link.MISMATCH - 0.05
    rival = low / fallback_link.DOMINANCE
    assert fallback_link.choose(_evidence(_scored("A", low, "mismatch"), _scored("C", rival * 1.5, "mismatch"))) is None
    r = fallback_link.choose(_evidence(_scored("A", low, "mismatch"), _scored("C", rival * 0.5, "mismatch")))
    assert r is not None and r.status == "mismatch"
    assert fallback_link.choose(_evidence(_scored("A", low, "mismatch"), _scored("B", 0.01, "verified"))) is None
    # weakly linked: below LOW
    assert fallback_link.choose(_evidence(_scored("A", fallback_link.LOW - 0.01, "mismatch"))) is None
    # a guard refused (hypothesis, missing role word ...)
    assert fallback_link.choose(_evidence(_scored("A", hi, "mismatch"), may=False)) is None


def test_fallback_leaves_rule_decisions_alone():
    text = "问：GB/T 36132-2025 第 2 章一共列出多少项规范性引用文件？\n答：共 11 项。"
    with_fb = [(r.claim.text, r.status, r.explanation) for r in check(text)]
    without = [(r.claim.text, r.status, r.explanation) for r in check(text, fallback=False)]
    assert with_fb == without
    assert ("11 项", "mismatch") in [(t, s) for t, s, _ in with_fb]


def test_a_value_of_another_profile_quantity_is_not_refuted(copper):
    # '产生量 56 万 t' reads like SO2产生量 by its words, but 56 万 t is the profile's solid waste generated
    text = "一般工业固体废物综合利用率 94.6%（利用量 53 万 t / 产生量 56 万 t）。"
    r = next(x for x in check(text, copper) if x.claim.text == "56 万 t")
    assert r.status != "mismatch"


def test_a_clause_number_after_an_is_not_refuted():
    # its words and the 分 of 百分制 link '5.1' to 5.1's 100-point basis; the guard keeps it open
    from assistant.scoring.lexcache import lexicons
    text = "小结：评价按5.1采用百分制，其中能源低碳化、资源高效化各30%，用地集约化8%。"
    res = check(text, fallback=False)
    claim = next(r.claim for r in res if r.claim.text == "5.1")
    lex, others, fb = lexicons(text, None, [], None)
    ev = fallback_link.evidence(text, claim, [r.claim for r in res], [lex, fb], others)
    assert ev.ranked and ev.ranked[0].result.status == "mismatch" and ev.ranked[0].score >= fallback_link.LOW
    assert not ev.may_refute
    assert next(r for r in check(text) if r.claim.text == "5.1").status == "unverifiable"


@pytest.mark.parametrize(("text", "snippet", "status"), [
    # the thing counted is another thing than the fact's: no refutation by similarity
    ("园区有四个主导产业，如汽车、电子、化工等。", "四个", "unverifiable"),
    ("这个绿色园区共引进三个重点项目，均已投产。", "三个", "unverifiable"),
    # the count names the fact's own thing, or nothing after it: refuted as before
    ("绿色园区评价指标分为五类。", "五类", "mismatch"),
])
def test_a_count_of_another_thing_is_not_refuted(text, snippet, status):
    assert {r.claim.text: r.status for r in check(text)}.get(snippet) == status
