"""The blind question set evals/gold/blindqa.jsonl: committed file, composition, and validity of
every key and fact against the corpus as the indexer parses it (about 0.5 s, so not slow)."""

from __future__ import annotations

import copy
import json

import pytest

from evals.blindqa.build import OUT, STYLES, build_rows, corpus_texts, problems, render


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return build_rows()


def test_committed_file_equals_the_build(rows: list[dict]) -> None:
    committed = OUT.read_text(encoding="utf-8")
    assert committed == render(rows), "evals/gold/blindqa.jsonl is stale: run python -m evals.blindqa.build"
    assert [json.loads(line) for line in committed.splitlines()] == rows


def test_every_key_and_fact_is_valid(rows: list[dict], texts: dict[str, str]) -> None:
    assert problems(rows, texts) == []


def test_ids_unique_and_refusals_empty(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert list(r) == ["id", "question", "keys", "facts", "style", "tags", "refuse"]
        if r["refuse"]:
            assert r["keys"] == [] and r["facts"] == [] and r["id"].startswith("qr")


def test_composition(rows: list[dict]) -> None:
    answer = [r for r in rows if not r["refuse"]]
    refuse = [r for r in rows if r["refuse"]]
    assert len(rows) >= 90 and len(answer) >= 65 and len(refuse) >= 25
    assert sum("in-domain-unanswerable" in r["tags"] for r in refuse) >= 15
    assert sum("out-of-domain" in r["tags"] for r in refuse) >= 5
    assert {r["style"] for r in rows} == STYLES
    docs = {k.split("§")[0] for r in answer for k in r["keys"]}
    # Every document of the shipped corpus is asked about, not only the current standard.
    assert docs == {
        "GB/T 36132-2025", "GB/T 36132-2018", "GB/T 2589-2020", "工厂温室气体核算要点",
        "绿色制造体系政策要点", "工信厅节函〔2016〕586号", "自评价报告编写指南", "绿色制造术语表",
    }


def test_validation_rejects_a_bad_key_fact_or_field(rows: list[dict], texts: dict[str, str]) -> None:
    bad = copy.deepcopy(rows[:3] + rows[-1:])
    bad[0]["facts"].append("本句不在语料中")
    bad[1]["keys"].append("GB/T 36132-2025§Z.9")
    # A fact present in the corpus but not in the row's own keys is refused.
    bad[2]["keys"] = ["GB/T 36132-2025§B.1"]
    bad[3]["keys"] = ["GB/T 36132-2025§B.1"]
    found = problems(bad, texts)
    assert any(p.startswith(f"{bad[0]['id']}: fact not") for p in found)
    assert any(p.startswith(f"{bad[1]['id']}: key not produced") for p in found)
    assert any(p.startswith(f"{bad[2]['id']}: fact not") for p in found)
    assert any(p.startswith(f"{bad[3]['id']}: a refusal has keys") for p in found)
    assert problems(bad + bad[:1], texts)[0].endswith("id used 2 times")
