"""Build and validate evals/checker/paraphrase_blind16.jsonl from the blind16_items_* modules.

Run from the repository root: `python -m evals.checker.blind16_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.

It also writes the set's two halves, split by subject (a fact family: an ok line, its mismatch
twins and other lines about the same fact stay together) on the first byte of the subject's sha1:
``paraphrase_blind16_tune.jsonl`` is tuned on and ``paraphrase_blind16_heldout.jsonl`` is only
counted (sizes in paraphrase_blind16.md). The split was fixed before any checker round read a line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evals.checker import (
    blind16_items_a,
    blind16_items_b,
    blind16_items_c,
    blind16_items_d,
    blind16_items_e,
    blind16_items_f,
    blind16_items_g,
    blind16_items_h,
    blind16_items_i,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind16.jsonl")
MODULES = (blind16_items_a, blind16_items_b, blind16_items_c, blind16_items_d, blind16_items_e,
           blind16_items_f, blind16_items_g, blind16_items_h, blind16_items_i)
PREFIX = "pb16"


def rows() -> list[dict[str, Any]]:
    raw = [item for module in MODULES for item in module.ITEMS]
    return [blindset.row(PREFIX, n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str) -> str:
    """The genre tag (minutes, wechat, thirdparty, selftable, expert, slides, phone, memo, faq, erratum,
    compare, longpara)."""
    return phrasing.split("-", 1)[0]


def main() -> int:
    return blindset.write_with_halves(rows(), OUT, prefix=PREFIX, min_lines=300, min_half=120,
                                      kind=lambda r: kind(r["phrasing"]))


if __name__ == "__main__":
    sys.exit(main())
