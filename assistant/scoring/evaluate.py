"""Checker evaluation on the planted-error set (evals/checker/checker.jsonl).

recall: planted wrong numbers reported as mismatch at their span (target 1.0);
false-alarm rate: correct texts with any mismatch (target <= 0.02);
coverage: numbers of the correct texts that the checker actually verified.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .checker import check
from .profile import FactoryProfile, load_profile

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SET = REPO / "evals" / "checker" / "checker.jsonl"
HELDOUT_SET = REPO / "evals" / "checker" / "heldout.jsonl"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_checker_eval(path: Path | None = None) -> dict[str, Any]:
    """Run the checker on every line; return metrics, counts and the failing items.

    Without `path`: the main set (evals/checker/checker.jsonl), plus the held-out set's metrics
    under "heldout".
    """
    if path is None:
        res = _run(DEFAULT_SET)
        if HELDOUT_SET.exists():
            res["heldout"] = _run(HELDOUT_SET)
        return res
    return _run(Path(path))


def _run(path: Path) -> dict[str, Any]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    profiles: dict[str, FactoryProfile] = {}
    planted = detected = extra = correct = false_alarms = to_verify = verified = 0
    failures: list[dict[str, Any]] = []
    by_type: dict[str, list[int]] = {}
    for it in items:
        prof = None
        if it.get("profile"):
            ppath = it["profile"] if Path(it["profile"]).is_absolute() else str(REPO / it["profile"])
            prof = profiles.setdefault(ppath, load_profile(ppath))
        results = check(it["text"], prof, it.get("cited_keys", []))
        mism = [r for r in results if r.status == "mismatch"]
        if it["expected"] == "mismatch":
            planted += 1
            span = tuple(it["error_span"])
            hit = [r for r in mism if _overlaps((r.claim.start, r.claim.end), span)]  # type: ignore[arg-type]
            others = [r for r in mism if r not in hit]
            extra += len(others)
            t = by_type.setdefault(it.get("error_type", "other"), [0, 0])
            t[1] += 1
            if hit:
                detected += 1
                t[0] += 1
            else:
                got = [(r.claim.text, r.status, r.explanation) for r in results if _overlaps((r.claim.start, r.claim.end), span)]  # type: ignore[arg-type]
                failures.append({"id": it["id"], "kind": "missed", "text": it["text"], "error_text": it.get("error_text"), "got": got})
            if others:
                failures.append({"id": it["id"], "kind": "extra_mismatch", "text": it["text"],
                                 "got": [(r.claim.text, r.explanation) for r in others]})
        else:
            correct += 1
            if mism:
                false_alarms += 1
                failures.append({"id": it["id"], "kind": "false_alarm", "text": it["text"],
                                 "got": [(r.claim.text, r.explanation) for r in mism]})
            for snippet in it.get("expect_verified", []):
                to_verify += 1
                start = it["text"].index(snippet)
                span = (start, start + len(snippet))
                if any(r.status == "verified" and _overlaps((r.claim.start, r.claim.end), span) for r in results):
                    verified += 1
                else:
                    failures.append({"id": it["id"], "kind": "not_verified", "text": it["text"], "snippet": snippet})
    return {
        "set": str(path),
        "planted": planted,
        "detected": detected,
        "recall": detected / planted if planted else 0.0,
        "recall_by_type": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_type.items())},
        "correct": correct,
        "false_alarms": false_alarms,
        "false_alarm_rate": false_alarms / correct if correct else 0.0,
        "extra_mismatches_in_planted": extra,
        "expected_verified": to_verify,
        "verified": verified,
        "coverage": verified / to_verify if to_verify else 0.0,
        "failures": failures,
    }


if __name__ == "__main__":
    res = run_checker_eval()
    fails = res.pop("failures") + res.get("heldout", {}).pop("failures", [])
    print(json.dumps(res, ensure_ascii=False, indent=2))
    for f in fails:
        print(json.dumps(f, ensure_ascii=False))
