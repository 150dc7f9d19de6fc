"""Build and validate evals/checker/paraphrase_blind12.jsonl from the blind12_items_* modules.

Run from the repository root: `python -m evals.checker.blind12_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.checker import (
    blind12_items_a,
    blind12_items_b,
    blind12_items_c,
    blind12_items_d,
    blind12_items_e,
    blind12_items_f,
    blind12_items_g,
    blind12_items_h,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind12.jsonl")
MODULES = (blind12_items_a, blind12_items_b, blind12_items_c, blind12_items_d, blind12_items_e,
           blind12_items_f, blind12_items_g, blind12_items_h)


def rows() -> list[dict]:
    """Every item in module order, numbered pb12-001 …; items are (profile, text, expected, …)."""
    raw = [item for m in MODULES for item in m.ITEMS]
    return [blindset.row("pb12", n, *item) for n, item in enumerate(raw, 1)]


def kind(r: dict) -> str:
    """chat, document (report, self-evaluation, record, form, minutes) or training material."""
    ph = r["phrasing"]
    if ph.startswith("chat"):
        return "chat"
    if ph.startswith("training"):
        return "training"
    return "document"


def main() -> int:
    return blindset.write(rows(), OUT, prefix="pb12", min_lines=300, kind=kind)


if __name__ == "__main__":
    sys.exit(main())
