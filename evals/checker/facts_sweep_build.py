"""Build evals/checker/facts_sweep.jsonl: every numeric fact of green-manufacturing-facts.md, each in
at least two phrasings (a plain statement and a chat answer, table row or report sentence), each
phrasing an ok line and its mismatch twin with exactly one wrong number (facts_sweep_items.py).

    python evals/checker/facts_sweep_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blindset import row, write
from facts_sweep_items import ITEMS

OUT = Path(__file__).resolve().parent / "facts_sweep.jsonl"
PREFIX = "fs"


def lines() -> list[dict[str, Any]]:
    """The set's lines in the items' order: per phrasing its ok line, then its mismatch twin."""
    out: list[dict[str, Any]] = []
    for area, subject, source, phrasings in ITEMS:
        if len(phrasings) < 2:
            raise ValueError(f"{subject}: fewer than two phrasings")
        for name, template, correct, wrong in phrasings:
            if template.count("{v}") != 1:
                raise ValueError(f"{subject}: template needs one {{v}}")
            for expected, value in (("ok", correct), ("mismatch", wrong)):
                err, cor = (wrong, correct) if expected == "mismatch" else (None, None)
                out.append(row(PREFIX, len(out) + 1, None, template.replace("{v}", value), expected, err, cor,
                               f"{area}:{subject}", source, name))
    return out


def main() -> int:
    return write(lines(), OUT, prefix=PREFIX, min_lines=150, kind=lambda r: r["subject"].split(":")[0])


if __name__ == "__main__":
    sys.exit(main())
