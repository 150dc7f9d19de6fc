"""Sentence context that decides what a number is (issue 10 §4): roles, topics, factory counts,
5.2 examples without 实际值, B.27 plot ratio, dates of documents named by title. New wording, not
the eval sets' own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scoring import check, load_profile

ROOT = Path(__file__).resolve().parents[1]
CU = load_profile(ROOT / "corpus" / "examples" / "copper-smelter.yaml")
PC = load_profile(ROOT / "corpus" / "examples" / "computer-assembly.yaml")


def _got(text: str, profile=None) -> dict[str, str]:
    return {r.claim.text: r.status for r in check(text, profile)}


@pytest.mark.parametrize(("text", "snippet", "status"), [
    # a 5.2 example whose actual value is the factory's figure named first (no 实际值 word)
    ("本厂工业用水重复利用率94%，参照方案基准值90%、引领值98%，该项分值8分，得分4分。", "4分", "verified"),
    ("本厂工业用水重复利用率94%，参照方案基准值90%、引领值98%，该项分值8分，得分5分。", "5分", "mismatch"),
    # B.27: floor area (after doubling) over the land named 用地
    ("计容建筑面积18万m²，用地面积12万m²，容积率1.5。", "1.5", "verified"),
    ("计容建筑面积18万m²，用地面积12万m²，容积率1.8。", "1.8", "mismatch"),
    # dates of a document named by its title or edition, or by the question an answer replies to
    ("现行的绿色工厂评价通则于2025年12月31日发布。", "2025年12月31日", "verified"),
    ("问：2025版通则何时发布？答：2025年10月1日发布。", "2025年10月1日", "mismatch"),
    ("GB/T 36132-2018已于2025年12月31日被新版代替。", "2025年12月31日", "verified"),
    ("GB/T 32150-2025的实施日期为2026年7月1日。", "2026年7月1日", "verified"),
    # a clause number after 按 is no value
    ("达到引领值的，按5.2得满分。", "5.2", None),
    # a factory score above the item's points cannot be
    ("本厂取水强度一项得9分。", "9分", "mismatch"),
])
def test_context_no_profile(text, snippet, status):
    assert _got(text).get(snippet) == status, _got(text)


@pytest.mark.parametrize("text", [
    # a count after 'A等' counts the kind A is an example of
    "评价指标由能源低碳化等五类一级指标构成。",
    # values after 分别 are the run joined by separators; a later 倍 is no third value
    "压缩空气与氧气的折标系数分别为0.0400和0.4000 kgce/m³，两者相差10倍。",
    # the factory's own count is not the table's total
    "我们具备9项业务功能，已超过引领值8项。",
    # a storey not over 8 m counts once
    "原料库层高6 m按一层计。",
    # the count of the items the text itself lists before 合计
    "平台功能得6分，可再生能源得5分，两项合计11分。",
    # the factory's score on an item, at most its points, is unknown without the factory's data
    "本厂取水强度一项得6分。",
])
def test_context_no_false_alarm(text):
    assert "mismatch" not in _got(text).values(), _got(text)


@pytest.mark.parametrize(("text", "profile", "snippet", "status"), [
    # a scheme role word after a comparison word names the scheme value
    ("本厂单位产品取水量12 m³/t，优于方案基准值16 m³/t。", CU, "16 m³/t", "verified"),
    ("本厂单位产品取水量12 m³/t，优于方案基准值20 m³/t。", CU, "20 m³/t", "mismatch"),
    # role words in an elliptical list name the scheme's values, the score word its score
    ("按方案，碳排放强度引领值0.02 tCO2/万元、基准值0.05 tCO2/万元。", PC, "0.05 tCO2/万元", "verified"),
    ("按方案，碳排放强度引领值0.03 tCO2/万元、基准值0.05 tCO2/万元。", PC, "0.03 tCO2/万元", "mismatch"),
])
def test_context_profile(text, profile, snippet, status):
    assert _got(text, profile).get(snippet) == status, _got(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    # 引领值/基准值 the scheme lacks are not compared with the factory's actual value
    ("碳排放强度引领值0.01 tCO2/万元、基准值0.08 tCO2/万元。", CU),
    # a heading topic ('X方面，') names no number of a later clause
    ("产品绿色化方面，碳足迹核算已完成，得8分。", CU),
    # after 排放 the total is an emission, not a fuel's amount
    ("外购电力排放2.87万吨，加上天然气和柴油燃烧排放，合计约2.98万吨。", PC),
    # the representative product's 合格品产量 is its output, not the capacity
    ("阴极铜设计产能22万吨/年，合格品产量20万吨。", CU),
    # a score word with no score of this name is never the name's points
    ("碳排放强度约1.65 tCO2/t，得约3.48分。", CU),
    # 合计 is a total, not the score word 计 of the last class named
    ("五类得分：能源低碳化21.36分、资源高效化20.57分、生产洁净化11.36分、产品绿色化12分、用地集约化5.12分，合计70.41分。", PC),
    # synonyms of a profile quantity: 绿电交易电量 is the market green electricity
    ("光伏自发自用电量1200万kWh、绿电交易电量3000万kWh。", CU),
])
def test_context_profile_no_false_alarm(text, profile):
    assert "mismatch" not in _got(text, profile).values(), _got(text, profile)


@pytest.mark.parametrize(("text", "snippet", "status"), [
    # a count against the items listed right before 这, or after a colon (formulas with digits allowed)
    ("新版把一级指标定为能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化这五类。", "五类", "verified"),
    ("新版把一级指标定为能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化这六类。", "六类", "mismatch"),
    ("核算的温室气体有五种：CO2、CH4、N2O、SF6、NF3。", "五种", "verified"),
    ("核算的温室气体有四种：CO2、CH4、N2O、SF6、NF3。", "四种", "mismatch"),
    # a difference of two percentages in 个百分点
    ("本厂固废综合利用率91%，离95%的引领值还差4个百分点。", "4个", "verified"),
    ("本厂固废综合利用率91%，离95%的引领值还差3个百分点。", "3个", "mismatch"),
    # the context word nearest before the number chooses between constants named alike
    ("按1千克标准煤的热量为29307 kJ换算，1 kWh电的热量为3600 kJ。", "29307 kJ", "verified"),
    # list management facts (green-manufacturing-facts.md §1) and the standard's technical committee
    ("名单内工厂连续三次抽查均合格的，免于抽查五年。", "五年", "verified"),
    ("名单内工厂连续三次抽查均合格的，免于抽查四年。", "四年", "mismatch"),
    ("该标准由SAC/TC 207归口。", "207", "verified"),
    ("基本要求c)列出的管理体系共四项。", "四项", "verified"),
    # the 2018 template's weights when the text names that template
    ("在2018版自评价模板中，基础设施权重为20%。", "20%", "verified"),
])
def test_context_facts_and_lists(text, snippet, status):
    assert _got(text).get(snippet) == status, _got(text)


@pytest.mark.parametrize("text", [
    # standards listed in one run pair with the systems in order, not by distance
    "依据GB/T 24001、GB/T 45001分别建立环境、职业健康安全管理体系。",
    # the count a clause holds, and a difference after 比…多
    "B.24一条包含两个公式。",
    "附录B的公式数比计算方法条目数多1个。",
    # a reference names a term after it only within its clause
    "因B.24含两个公式，建筑系数B.26对应式(B.27)。",
])
def test_context_reference_no_false_alarm(text):
    assert "mismatch" not in _got(text).values(), _got(text)


def test_profile_score_far_from_its_name():
    text = "按方案，单位产值二氧化碳排放量引领值0.02 tCO2/万元、基准值0.05 tCO2/万元，本公司实际值0.0304，得{}分。"
    assert _got(text.format("5.23"), PC).get("5.23分") == "verified"
    assert _got(text.format("6.1"), PC).get("6.1分") == "mismatch"


def test_markdown_table_rows_read_with_their_header():
    table = ("| 指标 | 实际值 | 引领值 | 基准值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n"
             "| 可再生能源利用率 | 8.2% | 15% | 3% | 8 | {} |\n")
    got = [(r.claim.text, r.status) for r in check(table.format("3.47"), CU)]
    assert got == [("8.2%", "verified"), ("15%", "verified"), ("3%", "verified"), ("8", "verified"), ("3.47", "verified")]
    assert check(table.format("4.47"), CU)[-1].status == "mismatch"
    weights = "| 一级指标 | 权重 |\n|---|---|\n| 能源低碳化 | 30% |\n| 用地集约化 | 10% |\n"
    assert [r.status for r in check(weights)] == ["verified", "mismatch"]
    # columns of years are not the profile's one year
    years = "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 综合能耗 | 92899 tce | 88000 tce |\n"
    assert "mismatch" not in [r.status for r in check(years, CU)][1:]


def test_answer_numbers_left_open_take_the_question_subject():
    # the answer explains its own computation; its score is the question's indicator's score (5.12)
    text = "问：土地产出率如何？答：按98亿元÷25万m²=3.92万元/m²，在基准值2与引领值5之间，该项得{}分。"
    assert _got(text.format("5.12"), PC).get("5.12分") == "verified"
    assert _got(text.format("6.12"), PC).get("6.12分") == "mismatch"


def test_pollutant_named_before_its_intensity():
    assert _got("本厂SO2单位产品排放量1.9 kg/t，得3.3分。", CU) == {"1.9 kg/t": "verified", "3.3分": "verified"}
    assert _got("本厂SO2单位产品排放量1.9 kg/t，得4.3分。", CU)["4.3分"] == "mismatch"
    assert _got("本厂SO2年排放380吨。", CU) == {"380吨": "verified"}


def test_cached_lexicons_follow_an_edited_profile():
    text = "本厂2022年取水量240万m³。"
    assert _got(text, CU)["240万m³"] == "verified"
    edited = CU.model_copy(deep=True)
    edited.water.withdrawal = "300万m3"
    assert _got(text, edited)["240万m³"] == "mismatch"
    assert _got(text, CU)["240万m³"] == "verified"
