"""Gold-set loading: set names, validation errors naming file:line, duplicates, subsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation.gold import GoldSetNotFound, gold_files, load_gold, parse_lines, subset

ROOT = Path(__file__).parent / "fixtures" / "eval"
GOLD = ROOT / "evals" / "gold"


def test_set_name_is_a_file_prefix() -> None:
    assert [p.name for p in gold_files("tiny", GOLD)] == ["tiny_a.jsonl", "tiny_refusals.jsonl"]
    assert gold_files(str(GOLD / "bad.jsonl"), GOLD) == [GOLD / "bad.jsonl"]
    with pytest.raises(GoldSetNotFound, match="nosuch"):
        gold_files("nosuch", GOLD)


def test_tiny_set_loads_clean() -> None:
    gold = load_gold("tiny", GOLD, root=ROOT)
    assert gold.errors == [] and gold.warnings == []
    assert gold.files == ["evals/gold/tiny_a.jsonl", "evals/gold/tiny_refusals.jsonl"]
    assert [i.id for i in gold.items] == ["q1", "q2", "q3", "q4", "q5", "r1", "r2"]
    assert [i.id for i in gold.answerable] == ["q1", "q2", "q3", "q4", "q5"]
    assert gold.items[-1].source == "evals/gold/tiny_refusals.jsonl:3"  # blank line 2 is skipped


def test_bad_lines_give_one_error_each_and_loading_continues() -> None:
    gold = load_gold("bad", GOLD, root=ROOT)
    assert [i.id for i in gold.items] == ["ok1", "w1"]
    errors = gold.errors
    assert len(errors) == 8, errors
    f = "evals/gold/bad.jsonl"
    assert errors[0].startswith(f"{f}:2: invalid JSON")
    assert errors[1].startswith(f"{f}:3: style: Field required")
    assert errors[2].startswith(f"{f}:4: keys: not a clause key")
    assert errors[3] == f"{f}:5: refuse=true items must have keys []"
    assert errors[4] == f"{f}:6: answerable items (refuse=false) need at least one key"
    assert errors[5] == f"{f}:9: expected a JSON object, got list"
    assert errors[6].startswith(f"{f}:10: style: Input should be")
    assert errors[7] == f"{f}:7: duplicate id 'ok1' (first at {f}:1)"
    assert all("\n" not in e for e in errors)
    assert gold.warnings == [f"{f}:8: unknown field(s) ignored: fact"]


def test_parse_lines_label() -> None:
    items, errors, _ = parse_lines(['{"id": "x", "question": "q", "keys": ["D§1"], "style": "multi"}', "{"], "mem")
    assert items[0].source == "mem:1" and items[0].facts == [] and not items[0].refuse
    assert errors[0].startswith("mem:2: invalid JSON")


def test_subset_is_evenly_spaced() -> None:
    gold = load_gold("tiny", GOLD)
    assert [i.id for i in subset(gold.items, 3)] == ["q1", "q3", "q5"]
    assert [i.id for i in subset(gold.items, 4)] == ["q1", "q2", "q4", "r1"]
    assert len(subset(gold.items, None)) == len(subset(gold.items, 100)) == 7
    assert subset(gold.items, 0) == []
