"""Checker evaluation on the planted-error sets under evals/checker/.

- checker.jsonl (development set) and heldout.jsonl: planted errors with their span, cited keys;
- paraphrase.jsonl: 248 statements written blind to the checker (no cited keys, often no profile),
  split into `tune` and `heldout` (run blind once; since then both splits were used to improve the
  checker, so neither is held out any more).

Per set: recall (mismatch statements whose wrong number is reported as mismatch), false-alarm rate
(correct statements with any mismatch), unverifiable share (claims the checker could not check),
coverage (numbers of the correct texts of the old sets expected verified that were verified).

    .venv/bin/python -m assistant.scoring.evaluate [--split tune|heldout|all] [--failures]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.types import CheckResult

from .checker import check
from .errors import ScoringError
from .profile import FactoryProfile, load_profile

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SET = REPO / "evals" / "checker" / "checker.jsonl"
HELDOUT_SET = REPO / "evals" / "checker" / "heldout.jsonl"
PARAPHRASE_SET = REPO / "evals" / "checker" / "paraphrase.jsonl"
_FLAT = ("recall", "false_alarm_rate", "unverifiable_share")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_checker_eval(path: Path | None = None, splits: tuple[str, ...] = ("tune", "heldout")) -> dict[str, Any]:
    """Run the checker on every line; return metrics, counts and the failing items.

    Without `path`: the development set (evals/checker/checker.jsonl) at the top level, the old
    held-out set under "heldout", the paraphrase set per split under "paraphrase_<split>", and flat
    numeric copies (`heldout_recall`, `paraphrase_tune_recall`, ...) for the eval report.
    """
    if path is not None:
        return _run(Path(path))
    res = _run(DEFAULT_SET)
    subsets: dict[str, dict[str, Any]] = {}
    if HELDOUT_SET.exists():
        subsets["heldout"] = _run(HELDOUT_SET)
    if PARAPHRASE_SET.exists():
        for split in splits:
            subsets[f"paraphrase_{split}"] = _run(PARAPHRASE_SET, split)
    for name, sub in subsets.items():
        res[name] = sub
        for k in _FLAT:
            res[f"{name}_{k}"] = sub[k]
    return res


def _load(path: Path, split: str | None) -> list[dict[str, Any]]:
    """The statements of one set; a missing, unreadable or malformed file is a ScoringError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ScoringError(f"{path}：无法读取评测集（{e.__class__.__name__}: {e.strerror or e}）") from e
    items = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise ScoringError(f"{path} 第 {no} 行：不是合法的 JSON（{e.msg}）") from e
        if not isinstance(item, dict) or "text" not in item or "expected" not in item:
            raise ScoringError(f"{path} 第 {no} 行：缺少字段 text 或 expected")
        items.append(item)
    return [it for it in items if split in (None, "all") or it.get("split") == split]


def _error_span(it: dict[str, Any]) -> tuple[int, int]:
    if "error_span" in it:
        return tuple(it["error_span"])  # type: ignore[return-value]
    start = it["text"].find(it["error_text"])
    return (start, start + len(it["error_text"])) if start >= 0 else (0, len(it["text"]))


def _span(r: CheckResult) -> tuple[int, int]:
    return r.claim.start, r.claim.end


def _run(path: Path, split: str | None = None) -> dict[str, Any]:
    items = _load(path, split)
    profiles: dict[str, FactoryProfile] = {}
    planted = detected = extra = correct = false_alarms = to_verify = verified = 0
    n_claims = n_unver = ok_all_unver = 0
    failures: list[dict[str, Any]] = []
    by_type: dict[str, list[int]] = {}
    for it in items:
        prof = None
        if it.get("profile"):
            ppath = it["profile"] if Path(it["profile"]).is_absolute() else str(REPO / it["profile"])
            if ppath not in profiles:  # load each profile once (setdefault would load it every line)
                profiles[ppath] = load_profile(ppath)
            prof = profiles[ppath]
        results = check(it["text"], prof, it.get("cited_keys", []))
        n_claims += len(results)
        n_unver += sum(r.status == "unverifiable" for r in results)
        mism = [r for r in results if r.status == "mismatch"]
        kind = it.get("error_type") or it.get("phrasing") or "other"
        if it["expected"] == "mismatch":
            planted += 1
            span = _error_span(it)
            hit = [r for r in mism if _overlaps(_span(r), span)]
            others = [r for r in mism if r not in hit]
            extra += len(others)
            t = by_type.setdefault(kind, [0, 0])
            t[1] += 1
            if hit:
                detected += 1
                t[0] += 1
            else:
                got = [(r.claim.text, r.status, r.explanation) for r in results if _overlaps(_span(r), span)]
                failures.append({"id": it["id"], "kind": "missed", "text": it["text"],
                                 "error_text": it.get("error_text"), "got": got})
            if others:
                failures.append({"id": it["id"], "kind": "extra_mismatch", "text": it["text"],
                                 "got": [(r.claim.text, r.explanation) for r in others]})
        else:
            correct += 1
            if results and all(r.status == "unverifiable" for r in results):
                ok_all_unver += 1
            if mism:
                false_alarms += 1
                failures.append({"id": it["id"], "kind": "false_alarm", "text": it["text"],
                                 "got": [(r.claim.text, r.explanation) for r in mism]})
            for snippet in it.get("expect_verified", []):
                to_verify += 1
                start = it["text"].index(snippet)
                if any(r.status == "verified" and _overlaps(_span(r), (start, start + len(snippet))) for r in results):
                    verified += 1
                else:
                    failures.append({"id": it["id"], "kind": "not_verified", "text": it["text"], "snippet": snippet})
    return {
        "set": str(path) + (f" (split={split})" if split else ""),
        "planted": planted,
        "detected": detected,
        "recall": detected / planted if planted else 0.0,
        "recall_by_type": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_type.items())},
        "correct": correct,
        "false_alarms": false_alarms,
        "false_alarm_rate": false_alarms / correct if correct else 0.0,
        "extra_mismatches_in_planted": extra,
        "claims": n_claims,
        "unverifiable": n_unver,
        "unverifiable_share": n_unver / n_claims if n_claims else 0.0,
        "correct_all_unverifiable": ok_all_unver,
        "expected_verified": to_verify,
        "verified": verified,
        "coverage": verified / to_verify if to_verify else 0.0,
        "failures": failures,
    }


def _summary_line(name: str, r: dict[str, Any]) -> str:
    return (f"{name:<20} recall {r['detected']}/{r['planted']} = {r['recall']:.3f}  "
            f"false alarms {r['false_alarms']}/{r['correct']} = {r['false_alarm_rate']:.3f}  "
            f"unverifiable {r['unverifiable']}/{r['claims']} = {r['unverifiable_share']:.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m assistant.scoring.evaluate", description="Checker evaluation")
    ap.add_argument("--split", choices=("tune", "heldout", "all"), default="all",
                    help="paraphrase split(s) to run (default: both)")
    ap.add_argument("--set", dest="set_file", type=Path, metavar="FILE",
                    help="run only this statement file (e.g. a new blind set), not the built-in sets")
    ap.add_argument("--failures", action="store_true", help="print the failing items")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = ap.parse_args(argv)
    splits = ("tune", "heldout") if args.split == "all" else (args.split,)
    try:
        res = run_checker_eval(args.set_file, splits=splits)
    except ScoringError as e:  # the CLI boundary: one line, exit 2, no traceback
        print(f"错误：{' '.join(str(e).split())}", file=sys.stderr)
        raise SystemExit(2) from None
    subs = {k: v for k, v in res.items() if isinstance(v, dict) and "recall" in v}
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return
    print(_summary_line(args.set_file.name if args.set_file else "checker.jsonl", res))
    for name, sub in subs.items():
        print(_summary_line(name, sub))
    if args.failures:
        top = args.set_file.name if args.set_file else "checker.jsonl"
        for name, sub in [(top, res), *subs.items()]:
            for f in sub["failures"]:
                print(name, json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main()
