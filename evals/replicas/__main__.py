"""python -m evals.replicas OUT_DIR [--set tune|check|heldout|all]: write the replicas and truth.json."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evals.replicas.build import build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.replicas", description=__doc__)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--set", dest="which", choices=("tune", "check", "heldout", "all"), default="all")
    args = ap.parse_args(argv)
    truths = build(args.out_dir, args.which)
    (args.out_dir / "truth.json").write_text(
        json.dumps([t.model_dump() for t in truths], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    for t in truths:
        pages = f"{t.pages} pages" if t.pages else "-"
        print(f"{t.file:36} {t.set:7} {pages:9} {len(t.clauses):3} clauses {len(t.markers):3} markers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
