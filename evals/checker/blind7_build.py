"""Build and validate evals/checker/paraphrase_blind7.jsonl from the blind7_items_* modules.

Run from the repository root: `python -m evals.checker.blind7_build`. It fails (exit 1) when a
line is invalid: missing fields, a bad profile, error_text not occurring exactly once or equal
to correct, error_text on an ok line, duplicate ids or texts. The validation is blind6's.
"""

from __future__ import annotations

import collections
import json
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
)

# Session B's modules (dict items built with blind7_common.ok/mm), read after session A's.
DICT_MODULES = (blind7_items_std, blind7_items_calc, blind7_items_docs, blind7_items_mixed,
                blind7_items_ok, blind7_items_copper, blind7_items_computer)

OUT = Path(__file__).with_name("paraphrase_blind7.jsonl")
PROFILES = {None, "corpus/examples/copper-smelter.yaml", "corpus/examples/computer-assembly.yaml"}
FIELDS = ("id", "text", "profile", "expected", "subject", "source", "split", "phrasing")


def rows() -> list[dict]:
    """Every item as a jsonl row, ids pb7-001 … in module order (no-profile modules first)."""
    plain = (blind7_items_a, blind7_items_b, blind7_items_c, blind7_items_f, blind7_items_g)
    raw = [(None, *t) for m in plain for t in m.ITEMS]
    raw += [(m.PROFILE, *t) for m in (blind7_items_d, blind7_items_e) for t in m.ITEMS]
    raw += [(d["profile"], d["text"], d.get("error_text"), d.get("correct"), d["subject"],
             d["source"], d["phrasing"]) for m in DICT_MODULES for d in m.ITEMS]
    out = []
    for n, (profile, text, err, cor, subject, source, phrasing) in enumerate(raw, 1):
        expected = "ok" if err is None else "mismatch"
        row = {"id": f"pb7-{n:03d}", "text": text, "profile": profile, "expected": expected}
        if expected == "mismatch":
            row["error_text"] = err
            row["correct"] = cor
        row.update({"subject": subject, "source": source, "split": "heldout", "phrasing": phrasing})
        out.append(row)
    return out


def validate(lines: list[dict]) -> list[str]:
    problems = []
    ids, texts = collections.Counter(), collections.Counter()
    for r in lines:
        rid = r.get("id", "?")
        missing = [f for f in FIELDS if f not in r]
        if missing:
            problems.append(f"{rid}: missing {', '.join(missing)}")
            continue
        if not re.fullmatch(r"pb7-\d{3}", rid):
            problems.append(f"{rid}: id not pb7-NNN")
        ids[rid] += 1
        texts[r["text"]] += 1
        if r["profile"] not in PROFILES:
            problems.append(f"{rid}: bad profile {r['profile']}")
        if r["split"] != "heldout":
            problems.append(f"{rid}: split {r['split']}")
        if r["expected"] == "mismatch":
            err, cor = r.get("error_text"), r.get("correct")
            if not err or not cor or err == cor:
                problems.append(f"{rid}: error_text/correct missing or equal")
            elif r["text"].count(err) != 1:
                problems.append(f"{rid}: error_text occurs {r['text'].count(err)} times")
        elif r["expected"] == "ok":
            if "error_text" in r or "correct" in r:
                problems.append(f"{rid}: ok line with error_text")
        else:
            problems.append(f"{rid}: expected={r['expected']}")
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    problems += [f"duplicate text {k[:30]}" for k, v in texts.items() if v > 1]
    return problems


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
    problems = validate(lines)
    if len(lines) < 300:
        problems.append(f"only {len(lines)} lines (need at least 300)")
    if problems:
        print("\n".join(problems))
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    # Re-read the written file so the check covers what is committed.
    reread = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
    if validate(reread) or len(reread) != len(lines):
        print("re-read of the written file failed validation")
        return 1
    c = collections.Counter
    print(f"lines {len(lines)}")
    print("expected", dict(c(r["expected"] for r in lines)))
    print("profile", dict(c((r["profile"] or "none", r["expected"]) for r in lines)))
    print("kind", dict(c((kind(r["phrasing"]), r["expected"]) for r in lines)))
    print("typography", typography(lines))
    print("phrasing", dict(c(r["phrasing"] for r in lines).most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
