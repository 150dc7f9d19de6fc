"""Build and validate evals/checker/paraphrase_blind7.jsonl from the blind7_items_* modules.

Run from the repository root: `python -m evals.checker.blind7_build`. It fails (exit 1) when a
line is invalid: missing fields, a bad profile, error_text not occurring exactly once or equal
to correct, error_text on an ok line, duplicate ids or texts. The validation is blind6's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from evals.checker import (
    blind7_items_a,
    blind7_items_b,
    blind7_items_c,
    blind7_items_calc,
    blind7_items_computer,
    blind7_items_copper,
    blind7_items_d,
    blind7_items_docs,
    blind7_items_e,
    blind7_items_f,
    blind7_items_g,
    blind7_items_mixed,
    blind7_items_ok,
    blind7_items_std,
    blindset,
)

# Session B's modules (dict items built with blind7_common.ok/mm), read after session A's.
DICT_MODULES = (blind7_items_std, blind7_items_calc, blind7_items_docs, blind7_items_mixed,
                blind7_items_ok, blind7_items_copper, blind7_items_computer)

OUT = Path(__file__).with_name("paraphrase_blind7.jsonl")


def rows() -> list[dict]:
    """Every item as a jsonl row, ids pb7-001 … in module order (no-profile modules first)."""
    plain = (blind7_items_a, blind7_items_b, blind7_items_c, blind7_items_f, blind7_items_g)
    raw = [(None, *t) for m in plain for t in m.ITEMS]
    raw += [(m.PROFILE, *t) for m in (blind7_items_d, blind7_items_e) for t in m.ITEMS]
    raw += [(d["profile"], d["text"], d.get("error_text"), d.get("correct"), d["subject"],
             d["source"], d["phrasing"]) for m in DICT_MODULES for d in m.ITEMS]
    return [blindset.row("pb7", n, profile, text, "ok" if err is None else "mismatch", err, cor, *rest)
            for n, (profile, text, err, cor, *rest) in enumerate(raw, 1)]


def kind(phrasing: str) -> str:
    """Coarse style: calculation walk-through, table rows, plan/targets, or report prose."""
    for key in ("calc", "table", "plan"):
        if key in phrasing:
            return key
    return "prose"


def typography(lines: list[dict]) -> dict[str, int]:
    checks = {
        "spaced-thousands": r"\d \d{3}(?!\d)",
        "wan-yi": r"\d\s*[万亿]",
        "full-width": r"[０-９]",
        "range": r"～|—\d",
        "ge-le": r"≥|≤|不低于|不少于|以上|以下",
        "multi-line": r"\n",
        "english": r"[A-Za-z]{6,} [a-z]{3,}",
    }
    return {k: sum(bool(re.search(p, r["text"])) for r in lines) for k, p in checks.items()}


def main() -> int:
    lines = rows()
    code = blindset.write(lines, OUT, prefix="pb7", min_lines=300, kind=lambda r: kind(r["phrasing"]))
    if code == 0:
        print("typography", typography(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
