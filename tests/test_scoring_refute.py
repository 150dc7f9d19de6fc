"""Round ten: who asserts a number (assistant/scoring/refute.py). A value quoted in order to be refuted
is no claim; the correction is checked in the sentence it corrects. Sentences written for these tests,
not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from assistant.scoring.extract import extract_claims
from assistant.scoring.refute import analyse


def _status(text: str, number: str) -> str:
    got = [r for r in check(text) if r.claim.text.strip() == number]
    assert got, (text, number, [r.claim.text for r in check(text)])
    return got[0].status


@pytest.mark.parametrize(("text", "refuted", "correction", "want"), [
    # quoted, then marked wrong and corrected
    ("校核意见：初稿“资源高效化的权重为20%”不准确，应改为30%。", "20%", "30%", "verified"),
    ("校核意见：初稿“资源高效化的权重为30%”不准确，应改为20%。", "30%", "20%", "mismatch"),
    ("二审：“绿色设计占 6 分”这句写错了，正确的是 8 分。", "6 分", "8 分", "verified"),
    ("二审：“绿色设计占 8 分”这句写错了，正确的是 7 分。", "8 分", "7 分", "mismatch"),
    # corrected with no refutation word, the correction marker alone
    ("复核：“产品绿色化权重 20%”更正为 16%。", "20%", "16%", "verified"),
    # the correction without a unit takes the quoted number's unit
    ("复核：“焦炭折标系数 0.9174 kgce/kg”有误，应取 0.9714。", "0.9174 kgce/kg", "0.9714", "verified"),
    ("复核：“焦炭折标系数 0.9714 kgce/kg”有误，应取 0.9174。", "0.9714 kgce/kg", "0.9174", "mismatch"),
])
def test_quoted_value_refuted_and_correction_checked(text, refuted, correction, want):
    assert _status(text, refuted) == "unverifiable"
    assert _status(text, correction) == want


@pytest.mark.parametrize(("text", "refuted", "correction", "want"), [
    ("按表C.1，资源高效化的权重并不是 20%，而是 30%。", "20%", "30%", "verified"),
    ("按表C.1，资源高效化的权重并不是 30%，而是 20%。", "30%", "20%", "mismatch"),
    ("产品绿色化的权重不是 20%，是 16%。", "20%", "16%", "verified"),
    ("产品绿色化的权重不是 16%，是 12%。", "16%", "12%", "mismatch"),
])
def test_negation_not_x_but_y(text, refuted, correction, want):
    assert _status(text, refuted) == "unverifiable"
    assert _status(text, correction) == want


@pytest.mark.parametrize(("text", "refuted", "correction", "want"), [
    ("报告第5页资源高效化权重 25% 系笔误，正确值为 30%。", "25%", "30%", "verified"),
    ("报告第5页资源高效化权重 30% 系笔误，正确值为 25%。", "30%", "25%", "mismatch"),
    ("请把资源高效化权重由 25% 改为 30%。", "25%", "30%", "verified"),
    ("请把资源高效化权重由 30% 改为 25%。", "30%", "25%", "mismatch"),
])
def test_slip_and_change_request(text, refuted, correction, want):
    assert _status(text, refuted) == "unverifiable"
    assert _status(text, correction) == want


def test_quote_asked_for_or_kept_is_asserted():
    # the marker before the quote asks for the quoted wording: its numbers are claims
    assert _status("审稿人：此处请改为“资源高效化的权重是 20%”。", "20%") == "mismatch"
    assert _status("审稿人：此处请改为“资源高效化的权重是 30%”。", "30%") == "verified"
    # a quote kept as it is stays a claim too
    assert _status("终审：“资源高效化的权重是 20%”保持原文。", "20%") == "mismatch"


def test_reference_corrected_in_place():
    # a standard number is corrected: the quoted one is not judged, the correction is
    text = "复核：“产品碳足迹按 GB/T 24066 核算”有误，应为 GB/T 24067。"
    got = {r.claim.text.strip(): r.status for r in check(text)}
    assert got.get("GB/T 24066", "unverifiable") == "unverifiable"
    assert got.get("GB/T 24067") == "verified"
    wrong = {r.claim.text.strip(): r.status for r in check("复核：“产品碳足迹按 GB/T 24067 核算”有误，应为 GB/T 24068。")}
    assert wrong.get("GB/T 24068") == "mismatch"


def test_analyse_finds_structures_without_checking():
    text = "意见：“能源低碳化权重 25%”有误，应为 30%。另：平台功能基准值不是 1 项，而是 0 项。"
    found = analyse(text, extract_claims(text))
    kinds = sorted(r.kind for r in found)
    assert kinds == ["negation", "quote"]
    quote = next(r for r in found if r.kind == "quote")
    assert text[quote.refuted[0][0]:quote.refuted[0][1]] == "25%"
    assert quote.correction is not None and text[quote.correction[0]:quote.correction[1]] == "30%"
    assert "30%" in quote.body and "25%" not in quote.body


def test_plain_statements_untouched():
    # no refutation: a wrong value is still a mismatch, a quote alone is still a claim
    assert _status("资源高效化的权重是 20%。", "20%") == "mismatch"
    assert _status("标准原文写道“资源高效化的权重是 20%”。", "20%") == "mismatch"
    # '不是' without a number after it refutes nothing
    assert _status("这不是可选项，资源高效化的权重是 20%。", "20%") == "mismatch"


@pytest.mark.parametrize(("text", "refuted", "correction", "want"), [
    ("二稿把资源高效化权重写成了 25%，应该是 30%。", "25%", "30%", "verified"),
    ("二稿把资源高效化权重写成了 30%，应该是 25%。", "30%", "25%", "mismatch"),
    ("资源高效化权重误写为 20%，实为 30%。", "20%", "30%", "verified"),
    ("资源高效化权重不应是 20%，应是 30%。", "20%", "30%", "verified"),
    ("资源高效化权重 20%（错误），正确为 30%。", "20%", "30%", "verified"),
])
def test_miswritten_and_bracketed_wrong_values(text, refuted, correction, want):
    assert _status(text, refuted) == "unverifiable"
    assert _status(text, correction) == want


def test_value_after_rather_than_is_refuted():
    # 'Y，而不是 X': Y is asserted, X refuted
    text = "资源高效化权重应该是 30%，而不是 20%。"
    assert _status(text, "30%") == "verified" and _status(text, "20%") == "unverifiable"


def test_english_negation():
    text = "Resource efficiency weight is not 20% but 30%."
    assert _status(text, "20%") == "unverifiable" and _status(text, "30%") == "verified"
    assert _status("Resource efficiency weight is not 30% but 20%.", "20%") == "mismatch"


def test_each_quote_has_its_own_marker():
    # the first quote is kept, the second corrected: a wrong kept value is still a mismatch
    text = "审核：“能源低碳化权重 25%”无误，“资源高效化权重 20%”应改为 30%。"
    assert _status(text, "25%") == "mismatch"
    assert _status(text, "20%") == "unverifiable" and _status(text, "30%") == "verified"
    # a correction written as a second quote
    text = "建议将“资源高效化权重 20%”改为“资源高效化权重 30%”。"
    assert _status(text, "20%") == "unverifiable" and _status(text, "30%") == "verified"
