"""Calculations written out through labels and words (assistant/scoring/written_calc.py, column_total.py):
each is recomputed from its own numbers. Sentences written for these tests, not taken from an evaluation
set; each right one has a twin with one wrong result."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from assistant.scoring.profile import load_profile


def _status(text: str, number: str, profile: object = None) -> str:
    got = [r for r in check(text, profile) if r.claim.text.strip() == number]  # type: ignore[arg-type]
    assert got, (text, number, [r.claim.text for r in check(text, profile)])  # type: ignore[arg-type]
    return got[0].status


@pytest.mark.parametrize(("text", "number", "want"), [
    # word operators with the operand's label between ('除以用地面积')
    ("总建筑面积18万m²，除以用地面积12万m²，等于1.5。", "1.5", "verified"),
    ("总建筑面积18万m²，除以用地面积12万m²，等于1.2。", "1.2", "mismatch"),
    ("Floor area 18万m² divided by 12万m² of land = 1.5.", "1.5", "verified"),
    ("Floor area 18万m² divided by 12万m² of land = 1.2.", "1.2", "mismatch"),
    # a period in Chinese numerals inside a label is no operand; a ratio of amounts read as a percentage
    ("投资占比 = 近三年改造投资1.5亿元 / 近三年产值60亿元 = 2.5%", "2.5%", "verified"),
    ("投资占比 = 近三年改造投资1.5亿元 / 近三年产值60亿元 = 25%", "25%", "mismatch"),
    # '计算应为' closes the calculation; brackets are kept
    ("按41万t/(45万t+5万t)计算应为82%。", "82%", "verified"),
    ("按41万t/(45万t+5万t)计算应为84%。", "84%", "mismatch"),
    # a weighted sum closed by 合计; the unit word the extractor leaves out is the operands' own
    ("折算产量：A型机30万台×1.0＋B型机20万台×1.5，合计60万标准台。", "60万", "verified"),
    ("折算产量：A型机30万台×1.0＋B型机20万台×1.5，合计65万标准台。", "65万", "mismatch"),
    # a bracketed breakdown of an operand is no operand
    ("排放总量 = 燃料燃烧 5 000 t（天然气 3 000 t、柴油 2 000 t）+ 外购电力 10 000 t = 15 000 tCO2。", "15 000 tCO2", "verified"),
    ("排放总量 = 燃料燃烧 5 000 t（天然气 3 000 t、柴油 2 000 t）+ 外购电力 10 000 t = 16 000 tCO2。", "16 000 tCO2", "mismatch"),
    # a sign after a clause break goes on from the result before it; a factor written bare
    ("外购电 = 30 000 万 kWh − 光伏 1 000 万 kWh = 29 000 万 kWh = 290 000 MWh；× 华北 2022 年因子 0.6776 = 196 504 tCO2。",
     "196 504 tCO2", "verified"),
    ("外购电 = 30 000 万 kWh − 光伏 1 000 万 kWh = 29 000 万 kWh = 290 000 MWh；× 华北 2022 年因子 0.6776 = 199 504 tCO2。",
     "199 504 tCO2", "mismatch"),
    ("绿电 1 500 万 kWh × 0.1229 = 1 843.5 tce，÷ 7 000 ≈ 26.34%。", "26.34%", "verified"),
    # a label with a year and a long name ('乘以 2022 年度华北区域电网排放因子')
    ("外购 100 000 MWh，乘以 2022 年度华北区域电网排放因子 0.6776 tCO2/MWh，得 67 760 tCO2。", "67 760 tCO2", "verified"),
    ("外购 100 000 MWh，乘以 2022 年度华北区域电网排放因子 0.6776 tCO2/MWh，得 76 760 tCO2。", "76 760 tCO2", "mismatch"),
    ("绿电 1 500 万 kWh × 0.1229 = 1 843.5 tce，÷ 7 000 ≈ 28.34%。", "28.34%", "mismatch"),
    # a table row: the product of the two amounts before it, by their units
    ("天然气｜12万m³｜2.16 tCO2/万m³｜25.9 tCO2", "25.9 tCO2", "verified"),
    ("天然气｜12万m³｜2.16 tCO2/万m³｜31.4 tCO2", "31.4 tCO2", "mismatch"),
    ("外购热力｜3 000 GJ｜0.11 tCO2/GJ｜330 tCO2", "330 tCO2", "verified"),
    ("外购热力｜3 000 GJ｜0.11 tCO2/GJ｜360 tCO2", "360 tCO2", "mismatch"),
    # a column total under lines that each end in an amount of its kind
    ("按当量值折算：\n电力 1 000 万kWh × 0.1229 = 1 229 tce\n天然气 200 万m³ × 1.2143 = 2 428.6 tce\n综合能耗 E ≈ 3 657.6 tce",
     "3 657.6 tce", "verified"),
    ("按当量值折算：\n电力 1 000 万kWh × 0.1229 = 1 229 tce\n天然气 200 万m³ × 1.2143 = 2 428.6 tce\n综合能耗 E ≈ 3 757.6 tce",
     "3 757.6 tce", "mismatch"),
    # amounts in Chinese numerals (四百万元) are read, so a list's total in words is checked
    ("三个车间分别投入二百万元、一百五十万元和五十万元，共计四百万元。", "四百万元", "verified"),
    ("三个车间分别投入二百万元、一百五十万元和五十万元，共计四百五十万元。", "四百五十万元", "mismatch"),
    ("预算：变压器更换３２０万元、照明改造８０万元、余热回收６００万元，合计一千二百万元。", "一千二百万元", "mismatch"),
    # an intensity: the amount named as the total is the numerator among its parts before it
    ("算例：外购电 2 000 MWh，乘以因子 0.5306 tCO₂/MWh，得 1 061.2 tCO₂；加上直接排放 938.8 tCO₂，排放总量 2 000 tCO₂；"
     "合格产品 10 000 t，单位产品碳排放约 0.2 tCO₂/t。", "0.2 tCO₂/t", "verified"),
    ("算例：外购电 2 000 MWh，乘以因子 0.5306 tCO₂/MWh，得 1 061.2 tCO₂；加上直接排放 938.8 tCO₂，排放总量 2 000 tCO₂；"
     "合格产品 10 000 t，单位产品碳排放约 0.25 tCO₂/t。", "0.25 tCO₂/t", "mismatch"),
    # a per-unit amount is no coefficient (guards12), and still the calculation's result
    ("电 500 万kWh、柴油 10 t，综合能耗约 629 tce，产品 2 万 t，单位产品约 31.5 kgce/t。", "31.5 kgce/t", "verified"),
    ("电 500 万kWh、柴油 10 t，综合能耗约 629 tce，产品 2 万 t，单位产品约 35.1 kgce/t。", "35.1 kgce/t", "mismatch"),
])
def test_written_calculation(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    # the tail of a longer sum this reading cannot follow is not judged alone (10万台×2 is not the total)
    ("产量：甲30万台×1.0＋乙型号20万台×1.5＋丙(进口)10万台×2，合计80万标准台。", "80万", "unverifiable"),
    # a capped 5.2 score stays the scoring pass's verdict (6 × 10 / 8 is capped at 6 分)
    ("平台功能 10 项，按 6 × 10 / 8 计得 7.5 分。", "7.5 分", "mismatch"),
    # counts are no amounts with a bare factor: '5项 × 5/8' says nothing about 分
    ("5项 × 5/8 = 3.75分", "3.75分", "unverifiable"),
    # rates in a column have no sum
    ("单位产品能耗：\n一车间 0.30 tce/t\n二车间 0.40 tce/t\n合计 0.35 tce/t", "0.35 tce/t", "unverifiable"),
])
def test_not_a_written_calculation(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


def test_chain_result_beats_a_link_to_its_operand() -> None:
    """'A 减去 B，等于 C': C is the chain's result, not B's subject (the profile's 自发自用 600 万 kWh)."""
    profile = load_profile("corpus/examples/computer-assembly.yaml")
    ok = "顾问：外购电就是6000万度减去屋顶光伏自发自用的600万，等于5 400万kWh，绿电交易买的不减。"
    bad = "顾问：外购电就是6000万度减去屋顶光伏自发自用的600万，等于5 600万kWh，绿电交易买的不减。"
    assert _status(ok, "5 400万kWh", profile) == "verified"
    assert _status(bad, "5 600万kWh", profile) == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a lead or base value in 项 or 级 is the one constant of its kind (the platform's 8 / 0; grades 1 / 2)
    ("这个指标的引领值是 8 项，基准值另说。", "8 项", "verified"),
    ("这个指标的引领值是 11 项，基准值另说。", "11 项", "mismatch"),
    ("问：它的基准值是多少项？答：3 项", "3 项", "mismatch"),
    ("问：它的基准值是多少项？答：0 项", "0 项", "verified"),
    ("能效等级的引领值为 3 级。", "3 级", "mismatch"),
    # the factory's own or a scheme's value is no constant's; a count after other words is no role value
    ("我厂自定的引领值为 10 项。", "10 项", "unverifiable"),
    ("超过引领值8项，得满分6分；其余2项功能明年上线。", "2项", "unverifiable"),
])
def test_role_value_by_unit(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


def test_list_item_is_no_total() -> None:
    """'可再生电力：A 600、B 900，合计 1500': 600 is a part, not the 可再生电力 the colon names."""
    profile = load_profile("corpus/examples/computer-assembly.yaml")
    text = "示例厂可再生电力：屋顶光伏 600 万kWh、绿电交易 900 万kWh，合计 1500 万kWh。"
    assert _status(text, "600 万kWh", profile) != "mismatch"
    assert _status(text, "1500 万kWh", profile) == "verified"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a 2018 column is read as statements on the 2018 edition (its chapters 4 to 10), not against 2025
    ("对照｜2018版｜2025版\n结构｜第4章至第10章（基本要求……绩效）｜合为第4章", "第10章", "verified"),
    ("对照｜2018版｜2025版\n结构｜第4章至第8章（基本要求……绩效）｜合为第4章", "第8章", "mismatch"),
    ("项目｜2018 版：第4章至第10章｜2025 版：第4章", "第10章", "verified"),
])
def test_edition_column(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    # a count with its own measure word (hours, questions) is no count of the standard's
    ("培训安排：上午两个小时讲附录B，下午做 15 道题。", "两个", "unverifiable"),
    ("培训安排：上午两个小时讲附录B，下午做 15 道题。", "15", "unverifiable"),
    ("附录B 一共 20 条计算方法。", "20 条", "mismatch"),
])
def test_other_measure_word(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    # a run of exactly as many values as the heading has items, in its order, without 依次
    ("培训讲义引用表C.1五类一级指标权重“30%、30%、16%、16%、8%”。", "8%", "verified"),
    ("培训讲义引用表C.1五类一级指标权重“30%、30%、16%、12%、8%”。", "12%", "mismatch"),
    ("能源低碳化四项分值8分、8分、8分、8分。", "8分", "verified"),  # the first three are right
])
def test_heading_run_in_order(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


_HEAD = "序号｜二级指标｜单位｜引领值｜基准值｜分值｜实际值｜得分\n"


@pytest.mark.parametrize(("row", "number", "want"), [
    # a score table read by its header: points and the platform's lead/base against 表C.1, the score by 5.2
    ("4｜能碳管理平台功能满足项数｜项｜8｜0｜6｜6｜4.5", "4.5", "verified"),
    ("4｜能碳管理平台功能满足项数｜项｜8｜0｜6｜6｜5.5", "5.5", "mismatch"),
    ("4｜能碳管理平台功能满足项数｜项｜12｜0｜6｜6｜4.5", "12", "mismatch"),
    ("4｜能碳管理平台功能满足项数｜项｜12｜0｜6｜6｜4.5", "4.5", "verified"),  # judged on the constant's 8
    ("7｜工业用水重复利用率｜%｜95｜85｜6｜91｜3.6", "6", "mismatch"),  # 表C.1: 8 分
    ("1｜单位产品综合能耗｜tce/t｜0.30｜0.40｜8｜0.34｜4.8", "4.8", "verified"),
    ("1｜单位产品综合能耗｜tce/t｜0.30｜0.40｜8｜0.34｜5.8", "5.8", "mismatch"),
])
def test_score_table(row: str, number: str, want: str) -> None:
    assert _status(_HEAD + row, number) == want


def test_fullwidth_table_rows_stay_rows() -> None:
    """A row of ｜ cells is no line broken mid-sentence: it is not joined to the next row."""
    from assistant.scoring import layout
    text = _HEAD + "4｜能碳管理平台功能满足项数｜项｜8｜0｜6｜6｜4.5"
    assert layout.rewrite(text)[0].count("\n") == 1


@pytest.mark.parametrize(("text", "number", "want"), [
    # 万度 is 万 kWh
    ("光伏 520 万度，折标煤 639.08 tce。", "639.08 tce", "verified"),
    ("光伏 520 万度，折标煤 739.08 tce。", "739.08 tce", "mismatch"),
])
def test_wan_du_is_kwh(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


_CU = "corpus/examples/copper-smelter.yaml"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a worked example on the sentence's own scheme values is judged on them, not on the illustrative scheme
    # (8 × (15 − 12) / (15 − 10) = 4.8; the illustrative scheme's 16 / 8 would give 4)
    ("本厂单位产品取水量 12 m³/t，基准值 15、引领值 10，满分 8 分，得 4.8 分。", "4.8 分", "verified"),
    ("本厂单位产品取水量 12 m³/t，基准值 15、引领值 10，满分 8 分，得 5.8 分。", "5.8 分", "mismatch"),
    ("本厂单位产品取水量 12 m³/t，基准值 15、引领值 10，满分 8 分，得 4.8 分。", "15", "unverifiable"),
    # a value called the scheme's is a claim on the profile's scheme (illustrative: 16 / 8 m³/t)
    ("本厂单位产品取水量 12 m³/t，优于方案基准值 18 m³/t。", "18 m³/t", "mismatch"),
])
def test_own_scheme_values(text: str, number: str, want: str) -> None:
    assert _status(text, number, load_profile(_CU)) == want


def test_decimals_grouped_by_three() -> None:
    """'0.464 5 tce/t' is one number (GB/T 8170 groups decimals by three), with four decimals."""
    from assistant.scoring.extract import extract_claims
    got = [(c.text, c.value, c.decimals) for c in extract_claims("单位产品综合能耗 0.464 5 tce/t，系数 1.214 3。")]
    assert got == [("0.464 5 tce/t", 0.4645, 4), ("1.214 3", 1.2143, 4)]


def test_part_after_qizhong_is_no_whole() -> None:
    """'累计投入 4.8 亿元，其中某单项 1.35 亿元': the part is not judged as the profile's whole (4.8 亿元)."""
    text = "2021—2023 年累计投入绿色低碳改造资金约 4.8 亿元，其中余热回收单项投资 1.35 亿元。"
    assert _status(text, "1.35 亿元", load_profile(_CU)) != "mismatch"
    # a number larger than the one before 其中 is no part of it (各 5 分 is each item's, not a whole)
    assert _status("586号绿色回收下四项各 5 分，其中包装回收率 10 分。", "10 分") == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a count right after the names it counts, peers of the name a constant counts the parts of
    ("专家提到，示例指标表里能源低碳化和资源高效化两项权重合计60%，是创建重点。", "两项", "verified"),
    # a heading's own parts listed short of the full list keep the constant's verdict (绿色回收 has 4)
    ("绿色回收 20 分，由产品回收率、包装回收率、回收体系建设 3 项组成。", "3 项", "mismatch"),
])
def test_count_of_listed_names(text: str, number: str, want: str) -> None:
    assert _status(text, number) == want


def test_estimate_on_a_stated_factor_is_a_what_if() -> None:
    """'按 2022 年因子 0.5366 测算，外购电排放为…': another factor's estimate is not the profile's 2023 emission;
    '经测算' alone states the present value and stays judged."""
    profile = load_profile("corpus/examples/computer-assembly.yaml")
    assert _status("按 2022 年因子 0.5366 测算，外购电排放为 28 976.4 tCO2。", "28 976.4 tCO2", profile) != "mismatch"
    assert _status("经测算，外购电排放为 29 976.4 tCO2。", "29 976.4 tCO2", profile) == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # '按当量值折' names the factor; another clause's 等价值 does not make this clause's conversion 等价值
    ("外购电 5 400 万 kWh，按当量值折 6 636.6 tce。", "6 636.6 tce", "verified"),
    ("外购电 5 400 万 kWh，按当量值折 6 936.6 tce。", "6 936.6 tce", "mismatch"),
    ("按当量值，外购电 5 400 万 kWh 折 6 636.6 tce；若按等价值（示例 0.30 kgce/kWh）折 16 200 tce。", "6 636.6 tce", "verified"),
])
def test_named_factor_conversion(text: str, number: str, want: str) -> None:
    assert _status(text, number, load_profile("corpus/examples/computer-assembly.yaml")) == want
