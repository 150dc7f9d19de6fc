"""Build and validate evals/checker/paraphrase_blind10.jsonl from the blind10_items_* modules.

Run from the repository root: `python -m evals.checker.blind10_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evals.checker import (
    blind10_items_a,
    blind10_items_b,
    blind10_items_c,
    blind10_items_d,
    blind10_items_e,
    blind10_items_f,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind10.jsonl")


def rows() -> list[dict[str, Any]]:
    raw = (blind10_items_a.ITEMS + blind10_items_b.ITEMS + blind10_items_c.ITEMS + blind10_items_d.ITEMS
           + blind10_items_e.ITEMS + blind10_items_f.ITEMS)
    return [blindset.row("pb10", n, *item) for n, item in enumerate(raw, 1)]


def kind(r: dict[str, Any]) -> str:
    """review (quotes a value to correct it), company (numbers no document fixes), profile or plain."""
    if r["phrasing"].startswith("review-refute"):
        return "review"
    if r["phrasing"] == "company-data":
        return "company"
    return "profile" if r["profile"] else "plain"


def main() -> int:
    return blindset.write(rows(), OUT, prefix="pb10", min_lines=400, kind=kind)


if __name__ == "__main__":
    sys.exit(main())
