"""The committed blind checker sets stay valid: one wrong number per mismatch line, found once in its
text, unique ids and texts (evals/checker/blindset.py, shared by every set's build script)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.checker import blindset

# Sets from blind6 on are built by evals/checker/blindset.py (earlier ones predate it).
SETS = sorted(
    p for p in (Path(__file__).parent.parent / "evals" / "checker").glob("paraphrase_blind*.jsonl")
    if p.stem.removeprefix("paraphrase_blind").isdigit() and int(p.stem.removeprefix("paraphrase_blind")) >= 6
)


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_committed_blind_set_is_valid(path: Path) -> None:
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    prefix = "pb" + path.stem.removeprefix("paraphrase_blind")
    assert blindset.validate(lines, prefix, min_lines=300) == []


def test_validation_catches_each_kind_of_problem() -> None:
    good = blindset.row("pb9", 1, None, "表C.1 中能源低碳化权重为 30%。", "mismatch", "30%", "20%", "w", "s", "p")
    assert blindset.validate([good], "pb9") == []
    twice = {**good, "id": "pb9-002", "text": "30% 和 30%"}
    ok_with_error = {**good, "id": "pb9-003", "text": "x", "expected": "ok"}
    missing = {k: v for k, v in good.items() if k != "source"} | {"id": "pb9-004", "text": "y"}
    problems = blindset.validate([good, good, twice, ok_with_error, missing], "pb9", min_lines=10)
    assert any("occurs 2 times" in p for p in problems)
    assert any("ok line with error_text" in p for p in problems)
    assert any("missing source" in p for p in problems)
    assert "duplicate id pb9-001" in problems and any(p.startswith("duplicate text") for p in problems)
    assert any("need at least 10" in p for p in problems)


def test_blind13_halves_split_the_set_by_subject() -> None:
    folder = Path(__file__).parent.parent / "evals" / "checker"

    def read(name: str) -> list[dict]:
        return [json.loads(x) for x in (folder / name).read_text(encoding="utf-8").splitlines()]

    whole, tune, held = read("paraphrase_blind13.jsonl"), read("paraphrase_blind13_tune.jsonl"), \
        read("paraphrase_blind13_heldout.jsonl")
    assert {r["split"] for r in tune} == {"tune"} and {r["split"] for r in held} == {"heldout"}
    assert sorted(r["id"] for r in tune + held) == sorted(r["id"] for r in whole)
    assert not {r["subject"] for r in tune} & {r["subject"] for r in held}  # a fact family stays in one half
