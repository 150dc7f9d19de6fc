"""python -m evals.replicas OUT_DIR [--set tune|check|heldout|heldout2|all|tune,check] [--report]: write
the replicas and truth.json ("all" is tune, check and heldout; heldout2 only when named); with
--report, also parse them and write the structure-fidelity table to evals/results/structure-latest.md."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evals.replicas.build import build
from evals.replicas.content import SETS

ROOT = Path(__file__).resolve().parents[2]


def _sets(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    bad = [n for n in names if n not in (*SETS, "all")]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"unknown set {', '.join(bad) or value!r}: {', '.join(SETS)} or all")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.replicas", description=__doc__)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--set", dest="which", type=_sets, default=["all"],
                    help="comma-separated sets (the replica question set is written over tune,check)")
    ap.add_argument("--report", action="store_true", help="parse them and write the structure-fidelity table")
    args = ap.parse_args(argv)
    truths = [t for which in args.which for t in build(args.out_dir, which)]
    (args.out_dir / "truth.json").write_text(
        json.dumps([t.model_dump() for t in truths], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    for t in truths:
        pages = f"{t.pages} pages" if t.pages else "-"
        print(f"{t.file:36} {t.set:7} {pages:9} {len(t.clauses):3} clauses {len(t.markers):3} markers")
    if args.report:
        from assistant.evaluation.structure import render_structure, structure_fidelity

        table = "\n".join(render_structure(structure_fidelity(args.out_dir)))
        out = ROOT / "evals" / "results" / "structure-latest.md"
        out.write_text(f"# Structure fidelity: `python -m evals.replicas {args.out_dir} --report`\n\n{table}",
                       encoding="utf-8")
        print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
