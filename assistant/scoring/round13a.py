"""Text-level passes of round thirteen (a), run last on every result of a text: a stated count is read
against the enumeration it is bound to (enumerations.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import enumerations
from .sentence_math import CheckAlone


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` after the round-thirteen (a) passes."""
    return enumerations.recheck(text, results)
