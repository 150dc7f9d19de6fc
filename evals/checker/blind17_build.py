"""Build and validate evals/checker/paraphrase_blind17.jsonl from the blind17_items_* modules.

Run from the repository root: `python -m evals.checker.blind17_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.

blind17 was written blind to the checker (no checker code, data, tests or earlier sets read) in
eleven genres no earlier set used, one item module per genre. It also writes the set's two halves,
split by subject (a fact family: an ok line, its mismatch twins and other lines about the same fact
stay together) on the first byte of the subject's sha1: ``paraphrase_blind17_tune.jsonl`` is tuned
on and ``paraphrase_blind17_heldout.jsonl`` is only counted (sizes in paraphrase_blind17.md). The
split was fixed before any checker round read a line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evals.checker import (
    blind17_items_a,
    blind17_items_b,
    blind17_items_c,
    blind17_items_d,
    blind17_items_e,
    blind17_items_f,
    blind17_items_g,
    blind17_items_h,
    blind17_items_i,
    blind17_items_j,
    blind17_items_k,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind17.jsonl")
MODULES = (blind17_items_a, blind17_items_b, blind17_items_c, blind17_items_d, blind17_items_e,
           blind17_items_f, blind17_items_g, blind17_items_h, blind17_items_i, blind17_items_j,
           blind17_items_k)
PREFIX = "pb17"


def rows() -> list[dict[str, Any]]:
    raw = [item for module in MODULES for item in module.ITEMS]
    return [blindset.row(PREFIX, n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str) -> str:
    """The genre tag (esg, ghginv, enaudit, cpaudit, press, speech, summary, feasib, zhihu, fillguide,
    chatbot)."""
    return phrasing.split("-", 1)[0]


def main() -> int:
    return blindset.write_with_halves(rows(), OUT, prefix=PREFIX, min_lines=300, min_half=120,
                                      kind=lambda r: kind(r["phrasing"]))


if __name__ == "__main__":
    sys.exit(main())
