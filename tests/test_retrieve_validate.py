"""The retrieve layer's request checks, through the API (the CLI has its own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.errors import QueryError
from assistant.retrieve.validate import check_doc_id, check_k, check_query
from assistant.settings import Settings


@pytest.fixture(scope="module")
def helper(core_home: Path) -> Assistant:
    return Assistant(Settings(home=core_home, embedder="hash"))


@pytest.mark.parametrize("query", ["", " \n", "。。。", "?!", "——…", "取水量\udcb7"])
def test_bad_queries_raise_query_error(helper: Assistant, query: str) -> None:
    with pytest.raises(QueryError):
        helper.search(query)
    with pytest.raises(QueryError):
        helper.ask(query)


@pytest.mark.parametrize("k", [0, -1, 51])
def test_k_outside_the_range(helper: Assistant, k: int) -> None:
    with pytest.raises(QueryError):
        helper.search("取水量", k=k)


def test_length_cap_is_the_setting(tmp_path: Path) -> None:
    s = Settings(home=tmp_path, retrieval={"query_max_chars": 10})
    assert check_query(" 取水量 ", s) == "取水量"
    with pytest.raises(QueryError, match="query_max_chars"):
        check_query("取" * 11, s)
    assert check_k(5, s) == 5
    assert check_k(80, Settings(home=tmp_path, retrieval={"top_k": 80})) == 80


def test_doc_id_checks() -> None:
    known = {"GB/T 36132-2025", "GB/T 36132-2018", "测试政策要点"}
    assert check_doc_id(None, known) is None
    assert check_doc_id("GB/T36132—2025", known) == "GB/T 36132-2025"
    with pytest.raises(QueryError, match="GB/T 36132-2025"):
        check_doc_id("GB/T 36132-2020", known)


def test_unknown_doc_through_the_api(helper: Assistant) -> None:
    with pytest.raises(QueryError, match="没有文件"):
        helper.search("取水量", doc_id="GB/T 1-2000")
    assert helper.search("取水量", doc_id="GB/T 36132-2025")
