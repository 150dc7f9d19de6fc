"""Round thirteen (c): text as pasted (PDF copies, spreadsheets, records, English notes) read as written."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from assistant.scoring.extract import extract_claims
from assistant.scoring.layout import restore, rewrite


def _status(text: str, snippet: str) -> str:
    """The status of the number whose span is exactly `snippet` in `text` (spans index the text as pasted)."""
    start = text.index(snippet)
    got = [r.status for r in check(text) if (r.claim.start, r.claim.end) == (start, start + len(snippet))]
    assert got, [(r.claim.start, r.claim.end, r.claim.text) for r in check(text)]
    return got[0]


def _flagged(text: str) -> list[str]:
    return [text[r.claim.start:r.claim.end] for r in check(text) if r.status == "mismatch"]


# --- layout.py: footers, broken lines, spaced glyphs ---

def test_footer_between_two_halves_of_a_sentence():
    ok = "表C.1 中能碳管理平台功能满足项数的基准值为 0 项、分\n－ 7 －\n值为 6 分。"
    assert _status(ok, "6 分") == "verified"
    bad = ok.replace("值为 6 分", "值为 7 分")
    assert _flagged(bad) == ["7 分"]


def test_page_footer_lines_are_dropped_and_short_lines_kept():
    text, index = rewrite("绿色工厂的评价按照本文件开展，评价结论分为通过和\n第 3 页 共 8 页\n不通过两种。")
    assert text == "绿色工厂的评价按照本文件开展，评价结论分为通过和不通过两种。"
    assert len(index) == len(text) + 1
    # a heading (short, or a clause number) is not joined to the line after it
    assert rewrite("2.4 2023 年度全国电网平均排放因子\n公告给出的因子为 0.5306。")[0].count("\n") == 1
    assert rewrite("一、基本要求\n工厂应依法设立。")[0].count("\n") == 1


def test_spaced_glyphs_close_up():
    assert _status("产 品 碳 足 迹 的 分 值 为 8 分。", "8 分") == "verified"
    bad = "产品碳足迹的分值为 1 0 分。"
    assert _flagged(bad) == ["1 0 分"]  # one number, 10, mapped back over the spaced digits
    assert rewrite("标准煤热值为 2 9 3 0 7 kJ")[0] == "标准煤热值为 29307 kJ"
    assert rewrite("绿色信息平台建设（１ ０）")[0] == "绿色信息平台建设（１０）"


def test_spaced_digits_of_a_list_stay_apart():
    for text in ("分值依次为 8 8 6。", "满足 3 项得 2.25 分", "能源消耗 29 307 kJ"):
        assert rewrite(text)[0] == text


def test_restore_maps_spans_to_the_pasted_text():
    pasted = "分 值 为 6 分"
    new, index = rewrite(pasted)
    results = check(new)
    back = restore(pasted, index, results)
    assert [pasted[r.claim.start:r.claim.end] for r in back] == [r.claim.text for r in back] == ["6 分"]


# --- TSV / CSV / Markdown tables and their naming column ---

def test_tsv_rows_read_with_their_header():
    ok = "序号\t二级指标\t分值\n1\t绿色设计\t8\n2\t产品碳足迹\t8"
    assert _flagged(ok) == []
    assert _flagged(ok.replace("产品碳足迹\t8", "产品碳足迹\t10")) == ["10"]


def test_csv_group_column_is_not_the_rows_name():
    text = "一级指标,序号,二级指标,分值\n产品绿色化（16%）,12,绿色设计,8\n产品绿色化（16%）,13,产品碳足迹,6"
    assert _flagged(text) == ["6"]  # not the group's 16 %, not the row numbers
    assert _status(text, "8") == "verified"


def test_markdown_group_points_are_not_each_rows_points():
    text = ("| 一级指标 | 二级指标 | 分值 |\n|---|---|---|\n| 绿色回收（20） | 产品回收率 | 5 |\n"
            "| 绿色回收（20） | 回收体系建设 | 5 |")
    assert _flagged(text) == []
    assert _flagged(text.replace("回收体系建设 | 5", "回收体系建设 | 3")) == ["3"]


def test_rows_keyed_by_year():
    text = "年度\t口径\t因子(tCO2/MWh)\n2021\t全国平均\t0.5568\n2023\t全国平均\t0.5360"
    assert _flagged(text) == ["0.5360"]
    assert _status(text, "0.5568") == "verified"


def test_table_under_formula_symbols_is_recomputed():
    ok = "| 工厂 | V (m³) | Vr (m³) | Rw |\n|---|---|---|---|\n| 甲厂 | 100000 | 400000 | 80.0% |"
    assert _status(ok, "80.0%") == "verified"
    assert _flagged(ok.replace("80.0%", "75.0%")) == ["75.0%"]


# --- records.py: JSON and YAML ---

@pytest.mark.parametrize("value, status", [("0.5568", "verified"), ("0.5586", "mismatch")])
def test_json_record(value, status):
    text = f'{{"year": 2021, "region": "national", "ef_tco2_per_mwh": {value}}}'
    assert _status(text, value) == status


def test_yaml_block_with_unit_in_comment():
    ok = "- year: 2022\n  region: 华北\n  factor: 0.6776  # tCO2/MWh"
    assert _flagged(ok) == []
    assert _flagged(ok.replace("0.6776", "0.6676"))[0].startswith("0.6676")


def test_json_items_name_their_points():
    text = '{"items": [{"no": 12, "name": "绿色设计", "points": 8}, {"no": 13, "name": "产品碳足迹", "points": 6}]}'
    assert _flagged(text) == ["6"]  # the row number 12 is no score of 序号12


# --- english_norm.py and English names ---

def test_english_energy_names():
    text = "Coke 0.9714 kgce/kg and diesel 1.4517 kgce/kg."
    assert _status(text, "0.9714 kgce/kg") == "verified"
    assert _flagged(text) == ["1.4517 kgce/kg"]


def test_fiscal_year_and_year_before_a_chinese_name():
    assert _status("FY2022 uses the 2022 全国电网平均排放因子, 0.5366 tCO2/MWh.", "0.5366 tCO2/MWh") == "verified"
    assert _flagged("FY2022 uses the 2022 全国电网平均排放因子, 0.5306 tCO2/MWh.") == ["0.5306 tCO2/MWh"]


def test_million_and_result_verbs():
    assert _status("Plant B: electricity 20 million kWh × 0.1229 = 2,458 tce.", "2,458 tce") == "verified"
    assert _flagged("Plant B: electricity 20 million kWh × 0.1229 = 24,580 tce.") == ["24,580 tce"]
    assert _status("For 2023, 8,000 MWh × 0.5306 would give 4,244.8 tCO2.", "4,244.8 tCO2") == "verified"
    assert _flagged("For 2023, 8,000 MWh × 0.5306 would give 4,424.8 tCO2.") == ["4,424.8 tCO2"]


def test_a_count_is_no_year():
    text = "光伏 300万kWh，绿证2000张。"
    assert rewrite(text)[0] == text


# --- bare_factor.py and extract.py ---

def test_two_factors_applied_to_one_quantity():
    ok = "外购 20 000 MWh，按华北因子 0.6776 计是 13 552 tCO2，按西南因子 0.2268 计是 4 536 tCO2。"
    assert _status(ok, "4 536 tCO2") == "verified"  # 20 000 × 0.2268, not 13 552 × 0.2268
    assert _flagged(ok.replace("4 536", "4 563")) == ["4 563 tCO2"]


def test_space_grouped_head_count_is_one_number():
    assert [(c.value, c.text) for c in extract_claims("全厂职工 2 400 人。")] == [(2400.0, "2 400")]
    assert 3100.0 not in [c.value for c in extract_claims("共 3 100 人民币")]  # 人民币 is no head count


# --- later rules: columns, group points, number words, periods, shares, refuted quotes, selections ---

def test_space_aligned_columns_are_a_table():
    ok = "二级指标          分值\n绿色设计          8\n产品碳足迹        8"
    assert _flagged(ok) == []
    assert _flagged(ok.replace("产品碳足迹        8", "产品碳足迹        5")) == ["5"]
    # a sentence with one double space is no table
    assert rewrite("评价结论  见附件。")[0] == "评价结论  见附件。"


def test_csv_cells_lose_their_quotes():
    text = '"二级指标","分值"\n"绿色设计","8"\n"产品碳足迹","7"'
    assert _flagged(text) == ["7"]


def test_bare_points_under_a_group_with_its_own():
    ok = "绿色生产（20）：节能、减排、环保合规 10、有毒有害物质使用限制 10"
    assert _flagged(ok) == []
    assert _flagged(ok.replace("限制 10", "限制 6")) == ["6"]
    # items that do not add up to about the group's number are not its parts
    assert rewrite("二期工程（2025）：新增产能 30、新增用地 12")[0] == "二期工程（2025）：新增产能 30、新增用地 12"


def test_english_number_words():
    assert rewrite("four items at 2.5 points each")[0] == "4项 at 2.5 points each"
    assert rewrite("one of the two factors")[0] == "one of the 2 factors"


def test_a_period_in_an_operands_label_is_no_operand():
    ok = "改造投资占比 = 近 3 年改造投资 900 万元 / 近 3 年产值 300 000 万元 = 0.3%。"
    assert _status(ok, "0.3%") == "verified"
    assert _flagged(ok.replace("= 0.3%", "= 3%")) == ["3%"]


def test_share_of_a_stated_whole():
    ok = "车间操作工 1 200 人、研发人员 300 人，全厂 1 500 人，研发人员占比为 20%。"
    assert _status(ok, "20%") == "verified"
    assert _flagged(ok.replace("20%", "25%")) == ["25%"]
    # no whole in the sentence: nothing to compute
    assert _flagged("研发人员 300 人，研发人员占比为 25%。") == []


def test_quote_announced_as_needing_correction():
    text = "您说“绿色设计占 12 分”，这里需要更正：表C.1 中绿色设计的分值是 8 分。"
    assert _flagged(text) == []
    assert _flagged(text.replace("分值是 8 分", "分值是 9 分")) == ["9 分"]


def test_count_of_a_selection():
    text = "绿色供应链管理评价的基本要求里最关键的两项是：设立专门机构和制定管理目标。"
    assert _flagged(text) == []
    assert _flagged("绿色供应链管理评价的基本要求共 5 项。") == ["5 项"]


def test_calculation_sheet_lines_are_the_product_they_state():
    ok = "电力: 2000000 kWh\n系数: 0.1229\n折标: 245.8 tce"
    assert _status(ok, "245.8 tce") == "verified"
    assert _flagged(ok.replace("245.8", "254.8")) == ["254.8 tce"]  # 0.2 % off: a slip, not rounding


def test_profile_basics_year_is_the_evaluation_year():
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    prof = load_profile(str(REPO / "corpus" / "examples" / "copper-smelter.yaml"))
    ok = "basics:\n  name: 示例铜业\n  year: 2022\n  industry: 铜冶炼"
    assert [r.status for r in check(ok, prof) if r.claim.text == "2022"] == ["verified"]
    assert [r.status for r in check(ok.replace("2022", "2021"), prof) if r.claim.text == "2021"] == ["mismatch"]


def test_percent_factor_of_a_written_formula():
    assert _status("K = Zr / (Z + Zw) × 100%", "100%") == "verified"
    assert _flagged("K = Zr / (Z + Zw) × 1000%") == ["1000%"]
    assert _flagged("合格率 = 合格数 / 总数 × 10%") == []  # not a formula of Annex B: left alone


def test_difference_of_the_two_last_amounts():
    ok = "A 线排放 5 200 tCO2，B 线排放 3 100 tCO2，两者相差 2 100 tCO2。"
    assert _status(ok, "2 100 tCO2") == "verified"
    assert _flagged(ok.replace("相差 2 100", "相差 2 300")) == ["2 300 tCO2"]
    # an amount already shown wrong counts at its right value: the difference is no second error
    text = "外购 10 000 MWh，按华北因子 0.6776 计是 6 776 tCO2，按南方因子 0.3869 计是 3 896 tCO2，相差 2 907 tCO2。"
    assert _flagged(text) == ["3 896 tCO2"]


def test_nested_json_items_take_the_outer_year_and_the_lists_name():
    text = '{"year": 2022, "factors": [{"region": "华北", "value": 0.6776}, {"region": "华东", "value": 0.5671}]}'
    assert _flagged(text) == ["0.5671"]
    assert _status(text, "0.6776") == "verified"


def test_yaml_list_items_are_one_sentence_each():
    text = "grid_factors:\n  - year: 2021\n    region: national\n    value: 0.5568\n  - year: 2023\n    region: national\n    value: 0.5366"
    assert _flagged(text) == ["0.5366"]  # 2023's is 0.5306; 0.5366 is 2022's
    assert _status(text, "0.5568") == "verified"


def test_more_broken_lines():
    # a number and its counter on two lines; an English sentence broken before its number
    text = "能碳管理平台功能满足项数的引领值为 8\n项、基准值为 0 项，分值为 6 分。"
    assert _status(text, "8\n项") == "verified"
    en = "In our 2022 inventory the national grid factor we applied was\n0.5306 tCO2/MWh, per the announcement."
    assert _flagged(en) == ["0.5306 tCO2/MWh"]
    # CSV rows and YAML fields are never joined
    csv = "一级指标,序号,二级指标,分值\n产品绿色化（16%）,12,绿色设计,8\n产品绿色化（16%）,13,产品碳足迹,8"
    assert rewrite(csv)[0].count("\n") == 3  # header, separator and two rows: four lines


def test_bare_points_under_a_weighted_group():
    ok = "产品绿色化（16%）：绿色设计 8、产品碳足迹 8"
    assert _flagged(ok) == []
    assert _flagged(ok.replace("碳足迹 8", "碳足迹 6")) == ["6"]


def test_english_unit_words():
    assert _flagged("Energy low-carbon carries 25 percent of the Table C.1 weight.") == ["25 percent"]
    assert _status("The platform indicator is worth 6 pts.", "6 pts") == "verified"
    assert _status("12 thousand MWh × 0.5306 = 6,367.2 tCO2.", "6,367.2 tCO2") == "verified"


def test_glyphs_spaced_with_ideographic_spaces():
    text = "产\u3000品\u3000碳\u3000足\u3000迹\u3000的\u3000分\u3000值\u3000为\u3000６\u3000分"
    assert _flagged(text) == ["６\u3000分"]
    assert rewrite("能源消耗强度\u3000\u3000\u30008")[0] == "能源消耗强度\u3000\u3000\u30008"  # alignment, not spacing


def test_a_row_of_values_under_a_header_of_names():
    text = "| 能源低碳化 | 资源高效化 | 用地集约化 |\n|---|---|---|\n| 30% | 30% | 10% |"
    assert _flagged(text) == ["10%"]
    # a row keyed by its year keeps its year (row_label reads it as '2021年…')
    from assistant.scoring.table_names import values_row
    assert values_row(["年度", "全国因子"], ["2021", "0.5568"]) is None
    assert values_row(["能源低碳化", "资源高效化"], ["30%", "30%"]) == "能源低碳化为30%，资源高效化为30%。"


def test_guards_of_the_layout_rules():
    # three amounts: which two '相差' compares is not said
    assert _flagged("A 线 5 200 t、B 线 3 100 t、C 线 2 000 t，相差 3 200 t。") == []
    # English prose with one comma a line is no CSV
    prose = "As a rule of thumb, read the table\nfrom the left, the group comes first\nthen the indicator, then its points\nand last the notes, if there are any."
    assert "|" not in rewrite(prose)[0]
