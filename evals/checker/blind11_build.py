"""Build and validate evals/checker/paraphrase_blind11.jsonl from the blind11_items_* modules.

Run from the repository root: `python -m evals.checker.blind11_build`. It fails (exit 1) when a
line is invalid (blindset.validate: missing fields, error_text not occurring exactly once, duplicate
ids or texts), and validates the written file again on re-read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.checker import (
    blind11_items_a,
    blind11_items_b,
    blind11_items_c,
    blind11_items_d,
    blind11_items_e,
    blind11_items_f,
    blind11_items_g,
    blindset,
)

OUT = Path(__file__).with_name("paraphrase_blind11.jsonl")
MODULES = (blind11_items_a, blind11_items_b, blind11_items_e, blind11_items_f, blind11_items_g,
           blind11_items_c, blind11_items_d)


def interleave(raw: list[tuple]) -> list[tuple]:
    """Spread the lines so ok and mismatch of one template, and the profiles, are not adjacent:
    take every 7th line in turn (a fixed permutation, so the build is reproducible)."""
    step = 7
    return [raw[i] for start in range(step) for i in range(start, len(raw), step)]


def rows() -> list[dict]:
    raw = [item for m in MODULES for item in m.ITEMS]
    return [blindset.row("pb11", n, *item) for n, item in enumerate(interleave(raw), 1)]


def kind(r: dict) -> str:
    """profile line, company-data-only line, or a statement about the documents."""
    if r["phrasing"] == "company-data":
        return "company-data"
    return "profile" if r["profile"] else "document"


def main() -> int:
    return blindset.write(rows(), OUT, prefix="pb11", min_lines=350, kind=kind)


if __name__ == "__main__":
    sys.exit(main())
