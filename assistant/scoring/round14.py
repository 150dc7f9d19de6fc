"""Text-level passes of round fourteen, run last on every text: a question's subject carried into a
bare-number answer (carry.py); a fill-in answered by a reference, and an equation paired with its
clause (fill_refs.py). Each pass only judges what is still open; see docs/scoring.md. Round fifteen's
passes (round15.py) run after them."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import CheckResult

from . import carry, fill_refs, round15


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    """`results` after the round-fourteen passes."""
    return round15.recheck(text, fill_refs.recheck(text, carry.recheck(text, results, alone), alone), alone)
