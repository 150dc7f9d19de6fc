"""Round fifteen: reading mechanisms that transfer across sets (5.2's cases and linear scoring read with
their paragraph, …). Tuned on blind13 (both halves: its held-out half was released to tuning this round),
blind14's and blind15's tune halves and the older sets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.scoring.checker import check


def _hit(text: str, number: str, last: bool = False):
    hits = [r for r in check(text) if r.claim.text.replace(" ", "") == number.replace(" ", "")]
    assert hits, [(r.claim.text, r.status) for r in check(text)]
    return hits[-1] if last else hits[0]


# --- 5.2 linear scoring of a count indicator: a score read as the points, a name in the paragraph -------

@pytest.mark.parametrize("text, number, status", [
    # a score word after the factory's count is its linear score, not the indicator's 6 points
    ("若能碳管理平台已具备 4 项功能，这一项可得 3 分。", "3 分", "verified"),
    ("若能碳管理平台已具备 4 项功能，这一项可得 4 分。", "4 分", "mismatch"),
    ("能碳管理平台按 2 项功能估算，这一项得分 1.5 分。", "1.5 分", "verified"),
    # the indicator named in an earlier sentence of the paragraph
    ("能碳管理平台按线性法计分。再看两种情形：做到 6 项得 4.5 分，做到 2 项得 2 分。", "4.5 分", "verified"),
    ("能碳管理平台按线性法计分。再看两种情形：做到 6 项得 4.5 分，做到 2 项得 2 分。", "2 分", "mismatch"),
])
def test_linear_count_score(text, number, status):
    assert _hit(text, number).status == status


def test_linear_needs_the_name_in_the_paragraph():
    # another paragraph's name does not reach: the score stays open
    text = "能碳管理平台按线性法计分。\n\n做到 6 项得 2 分。"
    assert _hit(text, "2 分").status == "unverifiable"


# --- 5.2's cases stated in words, with the points and the case from the sentence's context -------------

@pytest.mark.parametrize("text, number, status", [
    # the answer's case ('优于引领值') with the question's points
    ("问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：不行，优于引领值只得 9 分。", "9 分", "mismatch"),
    ("问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：不行，优于引领值只得 6 分。", "6 分", "verified"),
    # a worse-than-base case in comparative wording
    ("实际值比基准值还要差的指标，应得1分。", "1分", "mismatch"),
    ("实际值比基准值更差时，应得0分。", "0分", "verified"),
    # the direction a sentence names decides the case of a value beyond the base value
    ("某逆向指标实际值 0.9 tce/t，基准值 0.8 tce/t，则该项得 2 分。", "2 分", "mismatch"),
    ("某正向指标实际值 45%，基准值 50%，引领值 70%，则该项得 0 分。", "0 分", "verified"),
    # an example continues the case its question states; '得满分 X' is checked against the points
    ("假如实际值比引领值更好呢？例如 6 分的指标，引领 20%、实际 25%，直接得满分 7 分。", "7 分", "mismatch"),
    # half of the points claimed is the claim, not the middle case
    ("实际值恰好等于引领值时只能得该项分值的一半，即 5 分（分值 10 分）。", "5 分", "mismatch"),
])
def test_rule52_cases_in_context(text, number, status):
    assert _hit(text, number, last=True).status == status
