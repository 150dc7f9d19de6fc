"""The second blind question set evals/gold/blindqa2.jsonl: committed file, composition, validity
of every key and fact against the parsed corpus, and the refusal probes (about 0.5 s, not slow)."""

from __future__ import annotations

import copy
import json

import pytest

from evals.blindqa.build import STYLES
from evals.blindqa2.build import (
    OUT_FILE,
    REFUSAL_KINDS,
    all_problems,
    build_rows,
    corpus_texts,
    render,
    searchable_corpus,
)
from evals.blindqa2.items_r import ADJ, NEAR, OUT, REFUSALS


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts()


@pytest.fixture(scope="module")
def haystack(texts: dict[str, str]) -> str:
    return searchable_corpus(texts=texts)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return build_rows()


def test_committed_file_equals_the_build(rows: list[dict]) -> None:
    committed = OUT_FILE.read_text(encoding="utf-8")
    assert committed == render(rows), "evals/gold/blindqa2.jsonl is stale: run python -m evals.blindqa2.build"
    assert [json.loads(line) for line in committed.splitlines()] == rows


def test_every_key_fact_and_probe_is_valid(rows: list[dict], texts: dict[str, str], haystack: str) -> None:
    assert all_problems(rows, texts, haystack) == []


def test_composition(rows: list[dict]) -> None:
    answer = [r for r in rows if not r["refuse"]]
    refuse = [r for r in rows if r["refuse"]]
    assert len(answer) == 60 and len(refuse) == 50
    kinds = [r["tags"][0] for r in refuse]
    assert kinds.count(NEAR) == 30 and kinds.count(ADJ) == 10 and kinds.count(OUT) == 10
    assert {r["style"] for r in answer} == STYLES and {r["style"] for r in refuse} == STYLES
    for r in rows:
        assert list(r) == ["id", "question", "keys", "facts", "style", "tags", "refuse"]
    docs = {k.split("§")[0] for r in answer for k in r["keys"]}
    assert docs == {
        "GB/T 36132-2025", "GB/T 36132-2018", "GB/T 2589-2020", "工厂温室气体核算要点",
        "绿色制造体系政策要点", "工信厅节函〔2016〕586号", "自评价报告编写指南", "绿色制造术语表",
    }


def test_probes_are_searched_in_the_indexed_corpus_only(haystack: str) -> None:
    # A term of the corpus is found; a term that occurs only in the excluded corpus/examples/
    # sample profiles (ESG) is not, because the assistant never retrieves those files.
    assert "引领值" in haystack and "gb/t 4754" in haystack
    assert "esg" not in haystack


def test_validation_rejects_bad_rows_and_probes(rows: list[dict], texts: dict[str, str], haystack: str) -> None:
    bad = copy.deepcopy(rows[:2] + rows[-2:])
    bad[0]["facts"].append("本句不在语料中")
    bad[1]["keys"].append("GB/T 36132-2025§Z.9")
    bad[2]["tags"] = ["near-miss"]
    bad[3]["tags"] = []
    refusals = [(*REFUSALS[-1][:4], ("引领值",), "planted: the corpus defines 引领值 in 4.4"),
                (*REFUSALS[-2][:4], ("千卡",), " ")]
    found = all_problems(bad, texts, haystack, refusals)
    assert any(p.startswith(f"{bad[0]['id']}: fact not") for p in found)
    assert any(p.startswith(f"{bad[1]['id']}: key not produced") for p in found)
    assert any(p.startswith(f"{bad[2]['id']}: a refusal needs") for p in found)
    assert any(p.startswith(f"{bad[3]['id']}: a refusal needs exactly one kind") for p in found)
    assert f"{REFUSALS[-1][0]}: probe found in the corpus: '引领值'" in found
    assert f"{REFUSALS[-2][0]}: a refusal needs probes and a note of what was checked" in found
    assert REFUSAL_KINDS == {NEAR, ADJ, OUT}
