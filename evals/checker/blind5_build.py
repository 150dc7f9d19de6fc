"""Build evals/checker/paraphrase_blind5.jsonl from the inline statements in blind5_items_*.py.

Run: python3 evals/checker/blind5_build.py  (prints counts; exits 1 on a validation error).
Checks: unique ids and texts, required fields, expected in {ok, mismatch}, error_text exactly once
in text and only on mismatch lines, profile null or an existing sample profile path.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

import blind5_items_calc
import blind5_items_chat
import blind5_items_profile
import blind5_items_std

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "paraphrase_blind5.jsonl"
ORDER = ["id", "text", "profile", "expected", "error_text", "correct", "subject", "source",
         "split", "phrasing"]
REQUIRED = ["id", "text", "profile", "expected", "subject", "source", "split", "phrasing"]


def build() -> list[dict]:
    """All items, shuffled with a fixed seed (so ids do not reveal the group), numbered pb5-NNN."""
    items = (blind5_items_std.ITEMS + blind5_items_calc.ITEMS + blind5_items_chat.ITEMS
             + blind5_items_profile.ITEMS)
    random.Random(5).shuffle(items)
    rows = []
    for n, item in enumerate(items, 1):
        row = dict(item, id=f"pb5-{n:03d}", split="heldout")
        rows.append({k: row[k] for k in ORDER if k in row})
    return rows


def validate(rows: list[dict]) -> list[str]:
    """Problems found, one line each (empty when the set is valid)."""
    errors = []
    ids = Counter(r["id"] for r in rows)
    texts = Counter(r["text"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t[:30]}" for t, c in texts.items() if c > 1]
    for r in rows:
        rid = r.get("id", "?")
        errors += [f"{rid}: missing {k}" for k in REQUIRED if k not in r]
        if r.get("expected") not in ("ok", "mismatch"):
            errors.append(f"{rid}: bad expected {r.get('expected')!r}")
        if r.get("profile") is not None and not (ROOT / r["profile"]).is_file():
            errors.append(f"{rid}: profile not found {r['profile']}")
        if r.get("expected") == "mismatch":
            if not r.get("error_text") or not r.get("correct"):
                errors.append(f"{rid}: mismatch without error_text/correct")
            elif r["text"].count(r["error_text"]) != 1:
                errors.append(f"{rid}: error_text {r['error_text']!r} occurs "
                              f"{r['text'].count(r['error_text'])} times")
            elif r["error_text"] == r["correct"]:
                errors.append(f"{rid}: error_text equals correct")
        elif "error_text" in r or "correct" in r:
            errors.append(f"{rid}: error_text/correct on an ok line")
    return errors


def counts(rows: list[dict]) -> None:
    """Print the counts the README reports."""
    n = len(rows)
    print(f"lines {n}")
    print("expected", dict(Counter(r["expected"] for r in rows)))
    prof = Counter((Path(r["profile"]).stem if r["profile"] else "none", r["expected"]) for r in rows)
    print("profile x expected", dict(sorted(prof.items())))
    with_p = sum(1 for r in rows if r["profile"])
    print(f"with profile {with_p} ({100 * with_p / n:.1f} %)")
    kind = Counter(r["phrasing"].split("-")[0] for r in rows)
    print("kind (phrasing prefix)", dict(kind.most_common()))
    print("phrasing", dict(Counter(r["phrasing"] for r in rows).most_common()))


def main() -> int:
    rows = build()
    errors = validate(rows)
    if errors:
        print("\n".join(errors))
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
