"""What every blind checker set's build script shares: a row from an item, the validation of the
set's lines, and writing the jsonl (validated again on re-read, so the check covers what is committed).

A set's own build script (``blind6_build`` …) reads its item modules and says how to group the lines
for its counts; ``tests/test_checker_sets.py`` validates every committed set with :func:`validate`.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROFILES = {None, "corpus/examples/copper-smelter.yaml", "corpus/examples/computer-assembly.yaml"}
FIELDS = ("id", "text", "profile", "expected", "subject", "source", "split", "phrasing")


def row(prefix: str, n: int, profile: str | None, text: str, expected: str, err: str | None, cor: str | None,
        subject: str, source: str, phrasing: str) -> dict[str, Any]:
    """One jsonl line; ``error_text`` and ``correct`` only on a mismatch."""
    out: dict[str, Any] = {"id": f"{prefix}-{n:03d}", "text": text, "profile": profile, "expected": expected}
    if expected == "mismatch":
        out["error_text"], out["correct"] = err, cor
    out.update({"subject": subject, "source": source, "split": "heldout", "phrasing": phrasing})
    return out


def validate(lines: list[dict[str, Any]], prefix: str | None = None, min_lines: int = 0) -> list[str]:
    """Every problem of ``lines``: missing fields, a bad profile or split, an ``error_text`` that does
    not occur exactly once in its text or equals ``correct``, one on an ok line, duplicate ids or texts."""
    problems: list[str] = []
    ids: collections.Counter[str] = collections.Counter()
    texts: collections.Counter[str] = collections.Counter()
    for r in lines:
        rid = r.get("id", "?")
        missing = [f for f in FIELDS if f not in r]
        if missing:
            problems.append(f"{rid}: missing {', '.join(missing)}")
            continue
        if prefix and not re.fullmatch(rf"{prefix}-\d{{3}}", rid):
            problems.append(f"{rid}: id not {prefix}-NNN")
        ids[rid] += 1
        texts[r["text"]] += 1
        if r["profile"] not in PROFILES:
            problems.append(f"{rid}: bad profile {r['profile']}")
        if r["split"] not in ("heldout", "tune"):
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
    if len(lines) < min_lines:
        problems.append(f"only {len(lines)} lines (need at least {min_lines})")
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    problems += [f"duplicate text {k[:30]}" for k, v in texts.items() if v > 1]
    return problems


def write(lines: list[dict[str, Any]], out: Path, *, prefix: str, min_lines: int = 0,
          kind: Callable[[dict[str, Any]], str] | None = None) -> int:
    """Validate, write ``out``, re-read and validate it again, print the counts; the exit code."""
    problems = validate(lines, prefix, min_lines)
    if problems:
        print("\n".join(problems))
        return 1
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    reread = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    if validate(reread, prefix, min_lines) or len(reread) != len(lines):
        print(f"{out.name}: the written file does not validate on re-read")
        return 1
    c = collections.Counter
    print(f"lines {len(lines)}")
    print("expected", dict(c(r["expected"] for r in lines)))
    print("profile", dict(c((r["profile"] or "none", r["expected"]) for r in lines)))
    if kind is not None:
        print("kind", dict(c((kind(r), r["expected"]) for r in lines)))
    print("phrasing", dict(c(r["phrasing"] for r in lines).most_common()))
    return 0


def half(subject: str) -> str:
    """"tune" or "heldout": the subject's sha1, first byte even or odd (blind13 on: a fact family, an ok
    line and its mismatch twins, stays in one half)."""
    return "tune" if hashlib.sha1(subject.encode()).digest()[0] % 2 == 0 else "heldout"


def halves(every: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The two halves, each line carrying its half's name as ``split``."""
    return {name: [{**r, "split": name} for r in every if half(r["subject"]) == name]
            for name in ("tune", "heldout")}


def write_with_halves(every: list[dict[str, Any]], out: Path, *, prefix: str, min_lines: int, min_half: int,
                      kind: Callable[[dict[str, Any]], str] | None = None) -> int:
    """``write`` the whole set to ``out`` and each half beside it (``paraphrase_blindN_tune.jsonl``,
    ``…_heldout.jsonl``); the exit code, 1 at the first file that does not validate."""
    code = write(every, out, prefix=prefix, min_lines=min_lines, kind=kind)
    for name, part in halves(every).items():
        code = code or write(part, out.with_name(f"{out.stem}_{name}.jsonl"), prefix=prefix, min_lines=min_half,
                             kind=kind)
    return code
