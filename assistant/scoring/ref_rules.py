"""Two rules references.py applies to its facts (round thirteen b): a fact's confidence on its result,
and a standard number written with a known number's digits transposed ('GB/T 32510' for 32150)."""

from __future__ import annotations

from typing import Any

from assistant.types import CheckResult

from . import refdata


def confident(res: CheckResult, conf: str | None) -> CheckResult:
    """M/L facts add their note; an L fact (one weak source) never makes a mismatch, only the note."""
    if conf and conf != "H":
        res.confidence = conf
        res.explanation += f"（{refdata.confidence_note(conf)}）"
        if conf == "L" and res.status == "mismatch":
            res.status = "unverifiable"
    return res


def transposed(got: str, values: list[str], facts: list[dict[str, Any]]) -> bool:
    """`got` is no known standard but holds the digits of one of `values` in another order: a typo of it,
    judged even inside a list ('GB/T 32510 或 GB/T 32151'), where a list otherwise pairs in order."""
    known = {str(f["value"]) for f in facts if f["kind"] == "standard"}
    return got not in known and any(sorted(got) == sorted(v) for v in values if v != got)
