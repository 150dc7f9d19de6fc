"""The blind sets split by subject (blind14 to blind17) are committed as built: each jsonl file equals
what its evals/checker/blindNN_build.py makes from the item modules, every file validates, the two halves
split the set by subject, and each mismatch line carries exactly one error. One module for all four
(they were four copies of one test)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from evals.checker import blindset

FOLDER = Path(__file__).parent.parent / "evals" / "checker"
# set number: minimum lines of the whole set and of each half
SETS = {14: (420, 150), 15: (200, 80), 16: (300, 120), 17: (300, 120)}


def _read(name: str) -> list[dict]:
    return [json.loads(x) for x in (FOLDER / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("n", sorted(SETS))
def test_committed_set_equals_a_fresh_build(n: int) -> None:
    every = importlib.import_module(f"evals.checker.blind{n}_build").rows()
    assert _read(f"paraphrase_blind{n}.jsonl") == every
    for name, part in blindset.halves(every).items():
        assert _read(f"paraphrase_blind{n}_{name}.jsonl") == part


@pytest.mark.parametrize(("n", "suffix"), [(n, s) for n in sorted(SETS) for s in ("", "_tune", "_heldout")])
def test_each_file_validates(n: int, suffix: str) -> None:
    whole, half = SETS[n]
    rows = _read(f"paraphrase_blind{n}{suffix}.jsonl")
    assert blindset.validate(rows, f"pb{n}", min_lines=whole if not suffix else half) == []


@pytest.mark.parametrize("n", sorted(SETS))
def test_halves_split_by_subject(n: int) -> None:
    whole, tune, held = (_read(f"paraphrase_blind{n}{s}.jsonl") for s in ("", "_tune", "_heldout"))
    assert {r["split"] for r in tune} == {"tune"} and {r["split"] for r in held} == {"heldout"}
    assert sorted(r["id"] for r in tune + held) == sorted(r["id"] for r in whole)
    assert not {r["subject"] for r in tune} & {r["subject"] for r in held}


@pytest.mark.parametrize("n", sorted(SETS))
def test_mismatch_lines_carry_exactly_one_error_and_a_different_correct_value(n: int) -> None:
    for r in _read(f"paraphrase_blind{n}.jsonl"):
        if r["expected"] == "mismatch":
            assert r["text"].count(r["error_text"]) == 1 and r["error_text"] != r["correct"], r["id"]
