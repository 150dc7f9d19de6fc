"""Round thirteen (b): grid factors by context, document identity facts, parts of a written sum."""

from __future__ import annotations

import pytest

from assistant.scoring.checker import check
from assistant.scoring.ref_rules import confident
from assistant.types import CheckResult, Claim


def _status(text: str, number: str) -> str:
    hits = [r for r in check(text) if r.claim.text.strip() == number] or [r for r in check(text) if number in r.claim.text]
    assert hits, f"{number!r} not read in {text!r}"
    return hits[0].status


# --- grid factors: year, region and 口径 from the context ---------------------------------------
@pytest.mark.parametrize("text,number,want", [
    ("我们按 2023 年电网因子 0.5306 tCO2/MWh 算外购电排放。", "0.5306", "verified"),
    ("我们按 2023 年电网因子 0.5366 tCO2/MWh 算外购电排放。", "0.5366", "mismatch"),  # 2022's value
    ("东北电网 2022 年的因子是 0.5546。", "0.5546", "mismatch"),  # 0.5564 with two digits swapped
    ("东北电网 2022 年的因子是 0.5564。", "0.5564", "verified"),
    ("电网因子对照：2023 年 0.5306｜2021 年 0.5586", "0.5586", "mismatch"),  # each year its own segment
    ("问：南方区域电网2022年因子？\n答：0.3869。", "0.3869", "verified"),  # the question's region and year
    ("问：南方区域电网2022年因子？\n答：0.2268。", "0.2268", "mismatch"),
    ("2022 年度区域电网因子：西北 0.5857，华东 0.5617。", "0.5617", "verified"),
])
def test_grid_factor_from_context(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


@pytest.mark.parametrize("text,number", [
    ("浙江省 2022 年电网因子取 0.5153。", "0.5153"),  # a provincial factor is no MEE row
    ("假设 2022 年电网因子为 0.6000，排放会更高。", "0.6000"),
    ("有人说“2023 年电网因子是 0.5568”，这个说法不对。", "0.5568"),  # a quoted wrong statement
    ("电网因子 0.5703 用于碳市场2023年度的排放报告。", "0.5703"),  # a 口径 the data has for 2022 only
    ("2019 年电网因子 0.5810。", "0.5810"),  # no row for that year
])
def test_grid_factor_guards(text: str, number: str) -> None:
    assert _status(text, number) == "unverifiable"


def test_grid_difference_is_no_factor() -> None:
    text = "2023 年电网因子 0.5306 比 2022 年的 0.5366 低了 0.0060。"
    assert not [r for r in check(text) if r.status == "mismatch"]


def test_grid_variant_by_cue() -> None:
    # '扣除市场化…' named by a cue word: the variant is the expected value, not the average
    assert _status("2022 年全国扣除市场化交易部分的电网因子为 0.5856。", "0.5856") == "verified"


# --- document identity -------------------------------------------------------------------------
@pytest.mark.parametrize("text,number,want", [
    ("用地指标按《工业项目建设用地控制指标》（自然资发〔2023〕72号）执行。", "2023", "verified"),
    ("用地指标按自然资发〔2022〕72号执行。", "2022", "mismatch"),
    ("能碳管理中心的建设可参照工信厅节〔2023〕13号。", "2023", "mismatch"),
    ("淘汰类设备以《产业结构调整指导目录（2024年本）》为准。", "2024", "verified"),
    ("淘汰类设备以《产业结构调整指导目录（2011年本）》为准。", "2011", "mismatch"),
    ("本标准由全国环境管理标准化技术委员会（SAC/TC 207）归口。", "207", "verified"),
    ("本标准由全国环境管理标准化技术委员会（SAC/TC 260）归口。", "260", "mismatch"),
    ("GB/T 32150 2025 年版自 2026-07-01 起实施。", "2026-07-01", "verified"),
    ("企业温室气体排放核算按 GB/T 31250 或 GB/T 32151 执行。", "31250", "mismatch"),  # 32150's digits transposed
    ("| 2018 版 | 2025 版 |\n|---|---|\n| 第 4 章至第 9 章 | 第 4 章 |", "第 9 章", "mismatch"),
])
def test_document_identity(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


def test_catalogue_edition_history_is_left_alone() -> None:
    text = "《产业结构调整指导目录（2019年本）》已被 2024 年本取代。"
    assert not [r for r in check(text) if r.status == "mismatch"]


def test_company_document_numbers_stay_unflagged() -> None:
    text = "公司按厂发〔2021〕72号文件和工信厅节〔2024〕13号会议纪要开展自查，会议于 2024 年 3 月 5 日召开。"
    assert not [r for r in check(text) if r.status == "mismatch"]


def test_low_confidence_fact_gives_a_note_not_a_mismatch() -> None:
    res = CheckResult(claim=Claim(text="35", start=0, end=2, value=35.0), status="mismatch", expected=30.0,
                      explanation="x")
    out = confident(res, "L")
    assert out.status == "unverifiable" and "单一或较弱来源" in out.explanation
    assert confident(CheckResult(claim=res.claim, status="mismatch", explanation="x"), "M").status == "mismatch"


# --- parts of a written sum ---------------------------------------------------------------------
def test_named_part_of_a_points_sum() -> None:
    text = "产品绿色化 16 分 = 绿色设计 8 分 + 产品碳足迹 6 分"
    assert _status(text, "6 分") == "mismatch"
    assert _status(text, "8 分") == "verified"


def test_bare_parts_in_table_order() -> None:
    text = "资源高效化的分值构成为 8+8+6+8。"
    res = [r for r in check(text) if r.claim.text in ("6", "8")]
    assert [r.status for r in res][2:] == ["mismatch", "mismatch"]


@pytest.mark.parametrize("text", [
    "资源高效化四项得分 6＋7＋5＋4，合计 22 分。",  # a factory's scores, not the table's points
    "生产洁净化小计 5 + 3 + 6 = 14 分。",
    "能源低碳化 7.2 + 6.5 + 8 + 6 = 27.7 分。",
])
def test_factory_scores_are_no_table_parts(text: str) -> None:
    assert not [r for r in check(text) if r.status == "mismatch"]
