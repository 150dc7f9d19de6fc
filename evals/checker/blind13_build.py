"""Build and validate evals/checker/paraphrase_blind13.jsonl from the blind13_items_* modules.

Run from the repository root: `python -m evals.checker.blind13_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.

It also writes the set's two halves, split by subject (a fact family: an ok line, its mismatch
twins and other lines about the same fact stay together) on the first byte of the subject's sha1:
``paraphrase_blind13_tune.jsonl`` (394 lines, 96 subjects) is tuned on, and
``paraphrase_blind13_heldout.jsonl`` (308 lines, 81 subjects) is only counted. The split was fixed
before any checker round read a line of the set.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.checker import (
    blind13_items_a,
    blind13_items_b,
    blind13_items_c,
    blind13_items_d,
    blind13_items_e,
    blind13_items_f,
    blind13_items_g,
    blind13_items_h,
    blind13_items_i,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind13.jsonl")
MODULES = (blind13_items_a, blind13_items_b, blind13_items_c, blind13_items_d, blind13_items_g,
           blind13_items_h, blind13_items_i, blind13_items_e, blind13_items_f)


def rows() -> list[dict]:
    raw = [item for module in MODULES for item in module.ITEMS]
    return [blindset.row("pb13", n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str) -> str:
    """assistant output (chat, calc, report), pasted text (paste-*) or training material (train-*)."""
    if phrasing.startswith("paste-"):
        return "pasted"
    if phrasing.startswith("train-"):
        return "training"
    return "assistant"


def main() -> int:
    return blindset.write_with_halves(rows(), OUT, prefix="pb13", min_lines=500, min_half=300,
                                      kind=lambda r: kind(r["phrasing"]))


if __name__ == "__main__":
    sys.exit(main())
