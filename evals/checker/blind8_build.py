"""Build and validate evals/checker/paraphrase_blind8.jsonl from the blind8_items_* modules.

Parts a-c and f.ITEMS are checked without a profile; d uses the copper-smelter profile, e the
computer-assembly one, f.PROFILED either.

Run from the repository root: `python -m evals.checker.blind8_build`. It fails (exit 1) when a
line is invalid: missing fields, error_text not occurring exactly once, duplicate ids or texts.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from evals.checker import (
    blind8_items_a,
    blind8_items_b,
    blind8_items_c,
    blind8_items_d,
    blind8_items_e,
    blind8_items_f,
)

OUT = Path(__file__).with_name("paraphrase_blind8.jsonl")
MIN_LINES = 300
PROFILES = {None, "corpus/examples/copper-smelter.yaml", "corpus/examples/computer-assembly.yaml"}


def rows() -> list[dict]:
    plain = blind8_items_a.ITEMS + blind8_items_b.ITEMS + blind8_items_c.ITEMS + blind8_items_f.ITEMS
    raw = [(None, *t) for t in plain] + list(blind8_items_d.ITEMS) + list(blind8_items_e.ITEMS)
    raw += list(blind8_items_f.PROFILED)
    out = []
    for n, (profile, text, expected, err, cor, subject, source, phrasing) in enumerate(raw, 1):
        row = {"id": f"pb8-{n:03d}", "text": text, "profile": profile, "expected": expected}
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
        for f in ("id", "text", "profile", "expected", "subject", "source", "split", "phrasing"):
            if f not in r:
                problems.append(f"{rid}: missing {f}")
        ids[rid] += 1
        texts[r["text"]] += 1
        if r["profile"] not in PROFILES:
            problems.append(f"{rid}: bad profile {r['profile']}")
        if r["split"] != "heldout":
            problems.append(f"{rid}: split")
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
    if len(lines) < MIN_LINES:
        problems.append(f"only {len(lines)} lines, need {MIN_LINES}")
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    problems += [f"duplicate text {k[:30]}" for k, v in texts.items() if v > 1]
    return problems


def kind(phrasing: str, text: str) -> str:
    """Style family of a line: chat turn, course quiz item, flash card, company data or statement."""
    if text.startswith(("问：", "Q:")):
        return "chat"
    if text.startswith(("填空", "判断", "【单选】")):
        return "quiz"
    if text.startswith("【卡片】") or phrasing == "flashcard":
        return "flashcard"
    if phrasing == "company-data":
        return "company-data"
    return "statement"


def main() -> int:
    lines = rows()
    problems = validate(lines)
    if problems:
        print("\n".join(problems))
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    # Re-read the written file so the check covers what is committed.
    reread = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
    assert validate(reread) == [] and len(reread) == len(lines)
    c = collections.Counter
    print(f"lines {len(lines)}")
    print("expected", dict(c(r["expected"] for r in lines)))
    print("profile", dict(c((r["profile"] or "none", r["expected"]) for r in lines)))
    print("kind", dict(c((kind(r["phrasing"], r["text"]), r["expected"]) for r in lines)))
    print("profile kind", dict(c((bool(r["profile"]), kind(r["phrasing"], r["text"])) for r in lines)))
    print("phrasing", dict(c(r["phrasing"] for r in lines).most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
