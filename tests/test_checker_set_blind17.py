"""blind17 is committed as built: the jsonl files equal what evals/checker/blind17_build.py makes from
its item modules, every file validates, and the two halves split the set by subject."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.checker import blind17_build, blindset

FOLDER = Path(__file__).parent.parent / "evals" / "checker"


def _read(name: str) -> list[dict]:
    return [json.loads(x) for x in (FOLDER / name).read_text(encoding="utf-8").splitlines()]


def test_committed_set_equals_a_fresh_build() -> None:
    every = blind17_build.rows()
    assert _read("paraphrase_blind17.jsonl") == every
    for name, part in blindset.halves(every).items():
        assert _read(f"paraphrase_blind17_{name}.jsonl") == part


@pytest.mark.parametrize(("name", "min_lines"), [("paraphrase_blind17.jsonl", 300),
                                                 ("paraphrase_blind17_tune.jsonl", 120),
                                                 ("paraphrase_blind17_heldout.jsonl", 120)])
def test_each_file_validates(name: str, min_lines: int) -> None:
    assert blindset.validate(_read(name), "pb17", min_lines=min_lines) == []


def test_halves_split_by_subject() -> None:
    whole, tune, held = (_read(f"paraphrase_blind17{s}.jsonl") for s in ("", "_tune", "_heldout"))
    assert {r["split"] for r in tune} == {"tune"} and {r["split"] for r in held} == {"heldout"}
    assert sorted(r["id"] for r in tune + held) == sorted(r["id"] for r in whole)
    assert not {r["subject"] for r in tune} & {r["subject"] for r in held}


def test_mismatch_lines_carry_exactly_one_error_and_a_different_correct_value() -> None:
    for r in _read("paraphrase_blind17.jsonl"):
        if r["expected"] == "mismatch":
            assert r["text"].count(r["error_text"]) == 1 and r["error_text"] != r["correct"], r["id"]
