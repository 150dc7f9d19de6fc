"""Build and validate evals/checker/paraphrase_blind15.jsonl from the blind15_items_* modules.

Run from the repository root: `python -m evals.checker.blind15_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.

It also writes the set's two halves, split by subject (a fact family: an ok line, its mismatch
twins and other lines about the same fact stay together) on the first byte of the subject's sha1:
``paraphrase_blind15_tune.jsonl`` is tuned on and ``paraphrase_blind15_heldout.jsonl`` is only
counted (sizes in paraphrase_blind15.md). The split was fixed before any checker round read a line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evals.checker import (
    blind15_items_a,
    blind15_items_b,
    blind15_items_c,
    blind15_items_d,
    blind15_items_e,
    blind15_items_f,
    blind15_items_g,
    blind15_items_h,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind15.jsonl")
MODULES = (blind15_items_a, blind15_items_b, blind15_items_c, blind15_items_d, blind15_items_e,
           blind15_items_f, blind15_items_g, blind15_items_h)
PREFIX = "pb15"


def rows() -> list[dict[str, Any]]:
    raw = [item for module in MODULES for item in module.ITEMS]
    return [blindset.row(PREFIX, n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str) -> str:
    """The genre tag (chat, report, audit, llm, quiz, email, notice, sheet, bilingual, followup)."""
    return phrasing.split("-", 1)[0]


def main() -> int:
    return blindset.write_with_halves(rows(), OUT, prefix=PREFIX, min_lines=200, min_half=80,
                                      kind=lambda r: kind(r["phrasing"]))


if __name__ == "__main__":
    sys.exit(main())
