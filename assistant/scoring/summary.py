"""A text-level summary of per-claim check results: how many numbers were verified, wrong, or
could not be checked, and a Chinese note when most could not."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.types import CheckResult


class CheckSummary(BaseModel):
    total: int
    verified: int
    mismatch: int
    unverifiable: int
    unverifiable_share: float = Field(description="unverifiable / total (0 when the text has no numbers)")
    mostly_unverifiable: bool = Field(description="More than half the numbers could not be checked.")
    note: str = Field(default="", description="Chinese note for the reader; empty when nothing to say.")


def check_summary(results: Sequence[CheckResult]) -> CheckSummary:
    """Counts of verified / mismatch / unverifiable numbers and a note on what was not checked."""
    n = len(results)
    counts = {k: sum(1 for r in results if r.status == k) for k in ("verified", "mismatch", "unverifiable")}
    share = counts["unverifiable"] / n if n else 0.0
    note = ""
    if counts["unverifiable"]:
        note = (f"注意：{n} 个数字中有 {counts['unverifiable']} 个无法核对"
                "（未在标准常数、所引条款或企业数据中找到依据）")
        if share > 0.5:
            note += "，多数数字未经核对，不能据此认为全文无误"
        note += "。"
    return CheckSummary(total=n, **counts, unverifiable_share=share, mostly_unverifiable=share > 0.5, note=note)
