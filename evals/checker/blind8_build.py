"""Build and validate evals/checker/paraphrase_blind8.jsonl from the blind8_items_* modules.

Parts a-c and f.ITEMS are checked without a profile; d uses the copper-smelter profile, e the
computer-assembly one, f.PROFILED either.

Run from the repository root: `python -m evals.checker.blind8_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.checker import (
    blind8_items_a,
    blind8_items_b,
    blind8_items_c,
    blind8_items_d,
    blind8_items_e,
    blind8_items_f,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind8.jsonl")
MIN_LINES = 300


def rows() -> list[dict]:
    plain = blind8_items_a.ITEMS + blind8_items_b.ITEMS + blind8_items_c.ITEMS + blind8_items_f.ITEMS
    raw = [(None, *t) for t in plain] + list(blind8_items_d.ITEMS) + list(blind8_items_e.ITEMS)
    raw += list(blind8_items_f.PROFILED)
    return [blindset.row("pb8", n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str, text: str) -> str:
    """Style family of a line: chat turn, course quiz item, flash card, company data or statement."""
    if text.startswith(("问：", "Q:")):
        return "chat"
    if text.startswith(("填空", "判断", "【单选】")):
        return "quiz"
    if text.startswith("【卡片】") or phrasing == "flashcard":
        return "flashcard"
    if phrasing == "company-data":
        return "company-data"
    return "statement"


def main() -> int:
    return blindset.write(rows(), OUT, prefix="pb8", min_lines=MIN_LINES,
                          kind=lambda r: kind(r["phrasing"], r["text"]))


if __name__ == "__main__":
    sys.exit(main())
