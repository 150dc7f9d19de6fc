"""Errata and second-hand statements (assistant/scoring/refute_said.py, refute.py): the value an erratum
or a reply says is wrong is no claim; the correction is checked in its place. Sentences written for these
tests (the true weights: 能源低碳化 30%, 资源高效化 30%; Table C.1), not taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.scoring import check


def _status(text: str, number: str) -> str:
    got = [r for r in check(text) if r.claim.text.strip() == number]
    assert got, (text, number, [r.claim.text for r in check(text)])
    return got[0].status


@pytest.mark.parametrize(("text", "old", "new", "want"), [
    # misprinted (误印为 / 印成 / 误记为), then the right value
    ("关于上期培训材料的更正：资源高效化一级指标权重误印为25%，正确值为30%。", "25%", "30%", "verified"),
    ("关于上期培训材料的更正：资源高效化一级指标权重误印为25%，正确值为20%。", "25%", "20%", "mismatch"),
    ("简报把能源低碳化权重印成了 35%，实为 30%。", "35%", "30%", "verified"),
    # someone else's words, called wrong, then what the standard says
    ("此前群里说能源低碳化权重是35%，这个说法不对，标准里是30%。", "35%", "30%", "verified"),
    ("此前群里说能源低碳化权重是35%，这个说法不对，标准里是25%。", "35%", "25%", "mismatch"),
    ("网上有人说资源高效化权重 20%，说法有误，正确的是 30%。", "20%", "30%", "verified"),
    # a revision arrow between two numbers of one unit
    ("P12 表3 能源低碳化权重：35% → 30%。", "35%", "30%", "verified"),
    ("P12 表3 能源低碳化权重：35% -> 25%。", "35%", "25%", "mismatch"),
    # quoted on both sides, as in an erratum table
    ("勘误表：P7 第2行 “表C.1中用地集约化权重为10%” → “8%”。", "10%", "8%", "verified"),
    ("勘误表：P7 第2行 “表C.1中用地集约化权重为8%” → “12%”。", "8%", "12%", "mismatch"),
])
def test_the_refuted_value_is_no_claim_and_the_correction_is_checked(text: str, old: str, new: str,
                                                                     want: str) -> None:
    assert _status(text, old) == "unverifiable"
    assert _status(text, new) == want


@pytest.mark.parametrize(("text", "new", "want"), [
    ("原文：能源低碳化权重 35%；更正为：能源低碳化权重 30%。", "30%", "verified"),
    ("原文：能源低碳化权重 35%；更正为：能源低碳化权重 25%。", "25%", "mismatch"),
    ("误：资源高效化权重 25%\n正：资源高效化权重 30%", "30%", "verified"),
])
def test_an_erratum_pair_checks_the_corrected_text_as_written(text: str, new: str, want: str) -> None:
    old = "35%" if "35%" in text else "25%"
    assert _status(text, old) == "unverifiable"
    assert _status(text, new) == want


@pytest.mark.parametrize("text", [
    "群里说能源低碳化权重是35%。",              # reported, never called wrong: the claim stands
    "能源低碳化权重 35%，资源高效化权重 30%。",  # no arrow, no erratum
])
def test_a_statement_nobody_corrects_is_still_checked(text: str) -> None:
    assert _status(text, "35%") == "mismatch"


def test_an_arrow_between_different_units_is_no_revision() -> None:
    # a weight turned into points is a conversion, not a former value: the weight stays a claim
    assert _status("能源低碳化权重 35% → 35 分", "35%") == "mismatch"


@pytest.mark.parametrize(("text", "number"), [
    # a value the writer tells the reader not to use is rejected, not asserted (also after the grid passes)
    ("2023 年外购电按全国电网平均排放因子 0.5306 tCO2/MWh 计算，不要用 0.5703，那是碳市场口径。", "0.5703"),
    ("Use 0.5306 tCO2/MWh for 2023. Don't use 0.5703 for the national average.", "0.5703"),
    # a formula number after 不是式
    ("单位用地面积产值应引用式(B.26)，不是式(B.25)。", "(B.25)"),
    # misprinted in the draft, the correction computed in the next sentence
    ("更正：报告第 3 页资源高效化权重原稿写作 25%，有误；按表C.1 应为 30%。", "25%"),
])
def test_a_rejected_value_stays_unjudged(text: str, number: str) -> None:
    assert _status(text, number) == "unverifiable"


def test_a_table_row_number_is_no_value() -> None:
    # the row's 序号 12 is not the item's points: only 8分 is checked
    got = [r.claim.text for r in check("12｜绿色设计（产品绿色设计报告）｜正向定性｜—｜—｜8分")]
    assert "12" not in got and "8分" in got


def test_the_items_of_a_list_are_no_unit_slips_of_its_total() -> None:
    text = "GB/T 2589 的算例：电力1 000万kWh、天然气50万m³、柴油20 t，按当量值合计约1 865.29 tce。"
    assert _status(text, "50万m³") != "mismatch" and _status(text, "20 t") != "mismatch"
