"""Round thirteen (b): fact passes over the results still unlinked after every earlier rule (grid
factors by year/region/口径, Table C.1 and 586号 components of a written sum, document identity facts).
Each pass only turns an open `unverifiable` result into a verdict; see docs/scoring.md."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import CheckResult

from . import grid_facts, sum_parts


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    return sum_parts.recheck(text, grid_facts.recheck(text, results), alone)
