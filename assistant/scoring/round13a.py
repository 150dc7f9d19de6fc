"""Text-level passes of round thirteen (a), run last on every result of a text: a stated count is read
against the enumeration it is bound to (enumerations.py); a spoken chain of operations is recomputed and
a calculation in Chinese numerals is checked on its Arabic rewrite (spoken.py); points
stated with a count are read against it (count_points.py); a running total said with 加 is summed
(running_total.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import count_points, enumerations, running_total, spoken
from .sentence_math import CheckAlone


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` after the round-thirteen (a) passes."""
    out = spoken.recheck_cn(text, spoken.chains(text, results), alone)
    out = count_points.full_points(text, count_points.each_product(text, out))
    out = running_total.recheck(text, out)
    return enumerations.recheck(text, out)
