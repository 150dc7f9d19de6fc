"""Text-level passes of round thirteen (a), run last on every result of a text: a stated count is read
against the enumeration it is bound to (enumerations.py); a spoken chain of operations is recomputed and
a calculation in Chinese numerals is checked on its Arabic rewrite (spoken.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import enumerations, spoken
from .sentence_math import CheckAlone


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` after the round-thirteen (a) passes."""
    out = spoken.recheck_cn(text, spoken.chains(text, results), alone)
    return enumerations.recheck(text, out)
