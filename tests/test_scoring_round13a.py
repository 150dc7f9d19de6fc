"""Round thirteen (a): counts against their enumeration, spoken and Chinese-numeral arithmetic, points
stated with a count, running totals said with 加. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.scoring.checker import check


def _status(text: str, number: str) -> tuple[str, float | None]:
    hits = [r for r in check(text) if r.claim.text.replace(" ", "") == number.replace(" ", "")]
    assert hits, [r.claim.text for r in check(text)]
    return hits[0].status, hits[0].expected


def _mismatches(text: str) -> list[str]:
    return [r.claim.text for r in check(text) if r.status == "mismatch"]


# --- enumerations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, expected", [
    ("厂区共有五个车间，熔炼、精炼、电解、制酸、动力。", "五个", None),
    ("厂区共有四个车间，熔炼、精炼、电解、制酸、动力。", "四个", 5.0),
    ("年度总结分三部分：一、生产经营；二、节能降碳；三、明年计划。", "三部分", None),
    ("年度总结分四部分：一、生产经营；二、节能降碳；三、明年计划。", "四部分", 3.0),
    ("水、电、蒸汽、天然气（4 类）均计入。", "4 类", None),
    ("水、电、蒸汽、天然气（3 类）均计入。", "3 类", 4.0),
    ("重点排查 2 项（废水、废气、噪声）。", "2 项", 3.0),
    ("本次认定了光伏、储能、余热三项技术。", "三项", None),
    ("本次认定了光伏、储能、余热两项技术。", "两项", 3.0),
])
def test_count_against_its_list(text, number, expected):
    hits = [r for r in check(text) if r.claim.text.replace(" ", "") == number.replace(" ", "")]
    if expected is None:
        assert all(r.status != "mismatch" for r in hits)
    else:
        assert hits and hits[0].status == "mismatch" and hits[0].expected == expected


@pytest.mark.parametrize("text", [
    "园区主导产业有五个，如汽车、电子、化工等。",            # partial: 如 … 等
    "本厂有六个车间，其中熔炼、精炼、电解为主要耗能车间。",    # 其中: a part
    "指标分为五类一级指标，最末级指标分为甲、乙、丙、丁四种类型。",  # 一级指标 is a level's name
    "原料、能源与资源投入三个方面都要填写。",                 # the last item may hold 与: either reading
    "在设计、采购、施工三个阶段落实五个要求。",               # a list bound to another count
    "前三项为钢铁、有色、化工、建材。",                       # 前三项: an ordinal range
])
def test_enumeration_guards(text):
    assert not [m for m in _mismatches(text) if "文中所列" in " ".join(
        r.explanation for r in check(text) if r.claim.text == m)]


# --- spoken and Chinese-numeral arithmetic ---------------------------------------------------------

def test_spoken_chain_left_to_right():
    assert _status("举个例子，九除以十二再乘四，就是三分。", "三分") == ("verified", 3.0)
    status, exp = _status("举个例子，九除以十二再乘四，就是二点五分。", "二点五分")
    assert status == "mismatch" and exp == 3.0


def test_arabic_chain_is_not_read_as_its_last_two_numbers():
    # 9 ÷ 12 × 4 = 3: the last pair alone (12 × 4 = 48) must not refute a correct result
    assert _status("算一下，9除以12再乘4，就是3分。", "3分") == ("verified", 3.0)


def test_fraction_and_point_in_chinese_numerals():
    assert _status("七项就是八乘八分之七，七分。", "七分")[0] == "verified"
    status, exp = _status("七项就是八乘八分之七，六点五分。", "六点五分")
    assert status == "mismatch" and exp == 7.0


def test_numerals_inside_words_are_not_rewritten():
    from assistant.scoring.spoken import _arabic
    new, _ = _arabic("这一步十分关键，统一按两项计，第三步六乘二")
    assert new == "这一步十分关键，统一按2项计，第三步6乘2"


# --- points stated with a count --------------------------------------------------------------------

def test_each_item_times_count():
    assert _status("顾问：每项 1.5 分，三项 4.5 分。", "4.5 分")[0] == "verified"
    status, exp = _status("顾问：每项 1.5 分，三项 4 分。", "4 分")
    assert status == "mismatch" and exp == 4.5


def test_total_split_over_items():
    status, exp = _status("某项 12 分，四项内容各 2 分。", "2 分")
    assert status == "mismatch" and exp == 3.0
    assert _status("某项 12 分，四项内容各 3 分。", "3 分")[0] == "verified"


def test_rest_is_no_whole():
    assert "2分" not in _mismatches("下设五个指标，其中甲和乙各 5 分，其余三项各 2分。")


def test_full_points_at_lead_count():
    # 表C.1's counted indicator (能碳管理平台功能符合项数): lead 8 项, points 6
    assert _status("答：达到引领值 8 项，按满分计 6 分。", "6 分") == ("verified", 6.0)
    status, exp = _status("答：达到引领值 8 项，按满分计 7 分。", "7 分")
    assert status == "mismatch" and exp == 6.0
    assert _status("答：达到引领值 5 项，按满分计 7 分。", "7 分")[0] == "unverifiable"  # no indicator has it


# --- running totals --------------------------------------------------------------------------------

def test_running_total_with_addends():
    text = "外购电排放 1 200 t；加燃煤 300 t、燃油 50 t，合计 1 550 tCO2。"
    assert _status(text, "1 550 tCO2")[0] == "verified"
    status, exp = _status(text.replace("1 550", "1 505"), "1 505 tCO2")
    assert status == "mismatch" and exp == 1550.0


def test_running_total_by_name_stated_before():
    text = "屋顶风电 120 万 kWh。购入绿电 400 万 kWh，加风电共 520 万 kWh。"
    assert _status(text, "520 万 kWh")[0] == "verified"
    assert _status(text.replace("520", "560"), "560 万 kWh")[0] == "mismatch"
