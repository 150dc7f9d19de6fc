"""Checker round nine (docs/scoring.md "Round nine"): false alarms first, each class in wording of its own."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check

# --- a ratio restated in lowest terms: its members restate no single number ---------------------

def test_reduced_ratio_member_is_no_restatement():
    text = "表C.1 中资源高效化与环境友好化的分值之比为 24:14，即 12:7。"
    assert _status(text, "12") != "mismatch"


# --- the role a clause states wins over the role of the subject it was linked to ---------------

def test_actual_value_is_not_read_as_the_lead_value(computers):
    text = "问：这家厂的工业用水重复利用率还差多少到引领值？\n答：目前 25%，引领值 30%，还差 5 个百分点。"
    assert _status(text, "25%", computers) != "mismatch"


def test_a_wrong_lead_value_is_still_caught(computers):
    text = "问：这家厂的工业用水重复利用率还差多少到引领值？\n答：目前 25%，引领值 40%，还差 15 个百分点。"
    assert _status(text, "40%", computers) == "mismatch"


# --- two roles then two values pair in order ----------------------------------------------------

def test_two_roles_two_values_pair_in_order():
    text = "表C.1 里能碳平台的基准值和引领值写成项数：0 项、8 项。"
    assert _status(text, "0 项") != "mismatch"


# --- a bare total after its parts is their sum ------------------------------------------------

@pytest.mark.parametrize("total", ["14 项", "15 项"])
def test_bare_total_after_parts_is_not_the_last_part(total):
    text = f"表C.1 里定性指标 3 项，定量指标 11 项，一共 {total}。"
    assert _status(text, total) != "mismatch" or total == "15 项"
    assert _status(text, "3 项") == "verified"


def test_named_total_is_still_checked(computers):
    text = "产品碳足迹部分符合得 4 分，绿色设计 8 分，产品绿色化合计 15 分。"
    assert _status(text, "15 分", computers) == "mismatch"


# --- a quiz's premise judged wrong is no claim; its correction is checked ----------------------

@pytest.mark.parametrize(("fix", "status"), [("8分", "verified"), ("9分", "mismatch")])
def test_premise_judged_wrong_and_its_correction(fix, status):
    text = f"判断：表C.1 中碳排放强度的分值是 4 分。答：错误，应为{fix}。"
    assert _status(text, "4 分") != "mismatch"
    assert _status(text, fix) == status


def test_premise_judged_right_is_still_checked():
    text = "判断：表C.1 中碳排放强度的分值是 4 分。答：正确。"
    assert _status(text, "4 分") == "mismatch"


# --- a count of items sharing one value, with nothing named in its clause ---------------------

def test_count_before_each_with_no_name_in_its_clause():
    text = "问：绿色供应链评价里绿色采购占多少？\n答：一共 20 分，四项各 5 分。"
    assert _status(text, "四项") != "mismatch"


# --- a score whose own clause names another item is not the earlier item's second score ---------


def test_score_of_an_unnamed_item_is_not_the_previous_items(smelter):
    text = "绿色设计按部分符合得 4 分，碳足迹报告已完成得 8 分。"
    assert _status(text, "4 分", smelter) == "verified"
    assert _status(text, "8 分", smelter) != "mismatch"


# --- a sum of products with bare factors: the whole sum, never its last product ------------------

@pytest.mark.parametrize(("total", "status"), [("52 万台", "verified"), ("60 万台", "mismatch")])
def test_sum_of_bare_products(total, status):
    text = f"折成代表产品：一体机 20 万 + 工作站 4 万×3 + 平板 40 万×0.5 = {total}。"
    assert _status(text, total) == status


def test_product_after_an_unread_plus_term_is_not_the_result():
    text = "按工时定额折合：台式 90 万 + 服务器 3 万×5 = 105 万台。"
    assert _status(text, "105 万台") != "mismatch"


# --- a quiz answer is checked as its item's statement ------------------------------------------

@pytest.mark.parametrize(("fix", "status"), [("8 分", "verified"), ("7 分", "mismatch")])
def test_true_false_correction_is_checked_in_the_premise(fix, status):
    text = f"判断：表C.1 里单位产品碳排放量……不，碳排放强度的分值为 10 分。答：不对，应为 {fix}。"
    assert _status(text, fix) == status


@pytest.mark.parametrize(("answer", "status"), [("3 项", "verified"), ("4 项", "mismatch")])
def test_fill_in_answer_is_put_in_the_blank(answer, status):
    text = f"填空题：表C.1 的定性指标共（ ）项。答案：{answer}。"
    assert _status(text, answer) == status


# --- a score written as points × a ratio after a bare 得分 is capped at the points (5.2) ----------

@pytest.mark.parametrize(("text", "status"), [
    ("能碳平台具备 10 项功能，得分 6×10/8=7.5 分。", "mismatch"),
    ("可再生能源利用率 24%，得分 8×24/30=6.4 分。", "verified"),
])
def test_score_after_bare_defen_is_capped(text, status):
    res = [r for r in check(text) if r.claim.text.startswith(("7.5", "6.4"))]
    assert res and res[-1].status == status


# --- a count after enumerator labels counts the labels ------------------------------------------

@pytest.mark.parametrize(("count", "status"), [("4 项", "verified"), ("五项", "mismatch")])
def test_count_after_enumerator_labels(count, status):
    text = f"答：这一条列 a)、b)、c)、d) 共{count}要求。"
    assert _status(text, count.strip()[:2] if count[0] != "4" else "4") == status


def test_labels_with_deng_are_not_counted():
    text = "答：这一条列 a)、b) 等共五项要求。"
    res = [r for r in check(text) if "五" in r.claim.text]
    assert not res or res[-1].status != "mismatch"


def test_product_shape_word_does_not_hide_its_amount():
    text = "折成代表产品：立式 40 万 + 卧式 10 万×2 = 70 万台。"
    assert _status(text, "40 万") == "unverifiable"  # an operand, read (not swallowed as a formula number)
    assert _status(text, "70 万台") == "mismatch"


# --- a grid factor by its region's short name, and an English sentence's year ------------------

@pytest.mark.parametrize(("value", "status"), [("0.5395", "verified"), ("0.5617", "mismatch")])
def test_region_short_name_of_grid_factor(value, status):
    assert _status(f"外购电按 2022 年华中因子 {value} 计。", value) == status


@pytest.mark.parametrize(("value", "status"), [("0.5568", "verified"), ("0.5306", "mismatch")])
def test_english_sentence_year(value, status):
    text = f"For 2021 the national average (全国电网平均排放因子) was {value} tCO2/MWh."
    assert _status(text, value) == status


# --- a total of items that each have one value is count × value -------------------------------

@pytest.mark.parametrize(("total", "status"), [("24 分", "verified"), ("20 分", "mismatch")])
def test_total_of_equal_items(total, status):
    assert _status(f"这一类共有三项，三项各 8 分，加起来 {total}。", total) == status
