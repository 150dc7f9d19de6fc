"""Build and validate evals/checker/paraphrase_blind6.jsonl from the blind6_items_* modules.

Run from the repository root: `python -m evals.checker.blind6_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.checker import blind6_items_a, blind6_items_b, blind6_items_c, blind6_items_d, blindset

OUT = Path(__file__).with_name("paraphrase_blind6.jsonl")


def rows() -> list[dict]:
    plain = blind6_items_a.ITEMS + blind6_items_b.ITEMS + blind6_items_d.ITEMS
    raw = [(None, *t) for t in plain] + list(blind6_items_c.ITEMS) + list(blind6_items_d.PROFILED)
    return [blindset.row("pb6", n, *item) for n, item in enumerate(raw, 1)]


def kind(phrasing: str, text: str) -> str:
    """chat answer, report paragraph (inputs and a result, or profile data) or single statement."""
    if text.startswith(("问：", "Q:")):
        return "chat"
    if phrasing.startswith(("report", "profile", "table", "unverifiable", "clause-refs")):
        return "report"
    return "statement"


def main() -> int:
    return blindset.write(rows(), OUT, prefix="pb6", kind=lambda r: kind(r["phrasing"], r["text"]))


if __name__ == "__main__":
    sys.exit(main())
