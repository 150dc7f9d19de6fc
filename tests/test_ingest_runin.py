"""Run-in titles of 公文 items: "（一）绿色工厂。申报企业应为…" names the item 绿色工厂 while its words stay
in the body; the parent with no text of its own lists its children by label and run-in title."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import parse_file

NOTICE = """关于做好绿色工厂申报工作的通知

一、申报条件
（一）绿色工厂。申报企业应为独立法人，近三年未发生较大事故。
（二）严格把关，推荐数量不超过名额。
（三）各地工业和信息化主管部门要严格把关。材料真实。
（四）2025年6月30日前报送。
二、工作程序
（一）企业自评价。企业对照评价要求开展自评价。
"""


@pytest.fixture
def chunks(tmp_path: Path) -> dict:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return {c.clause: c for c in parse_file(path).chunks}


def test_a_short_phrase_before_the_first_full_stop_is_the_title(chunks: dict) -> None:
    assert chunks["一（一）"].title == "绿色工厂"
    assert chunks["一（一）"].text == "（一） 绿色工厂。申报企业应为独立法人，近三年未发生较大事故。"
    assert chunks["二（一）"].title == "企业自评价"


@pytest.mark.parametrize("clause", ["一（二）", "一（三）", "一（四）"])
def test_a_sentence_a_long_phrase_or_a_date_is_no_title(chunks: dict, clause: str) -> None:
    # a comma before the stop, more than 12 characters, digits: the item opens with its text
    assert chunks[clause].title == ""


def test_the_parent_lists_its_children_by_label_and_run_in_title(chunks: dict) -> None:
    assert chunks["二"].text == "二、工作程序\n（一） 企业自评价"
