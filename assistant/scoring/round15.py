"""Text-level passes of round fifteen, run last on every text (called at the end of round14.recheck, so
checker.py keeps its size): a number a denied yes/no question asks about is not asserted (asked.py);
bare scores under the score they add up to are its parts (score_parts.py); the score a change starts
from is no item's points (former_state.py); a role's own value and an item's full points are not
5's rules (rule_guards.py); a height with a floor counted twice after it is B.27's 8 m (storey.py); a
coefficient called the default is the default (defaults.py); a grid
factor's 口径 named anywhere in its sentence is the one it is of (grid_variant.py); then round sixteen's
calculations written out through labels and words, table rows and column totals (written_calc.py).
Each pass only changes what the passes before it left; see docs/scoring.md."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import CheckResult

from . import (
    asked,
    defaults,
    former_state,
    grid_variant,
    refute,
    rule_guards,
    score_parts,
    storey,
    written_calc,
)


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    """`results` after the round-fifteen passes."""
    out = former_state.recheck(text, score_parts.recheck(text, asked.recheck(text, results)))
    out = defaults.recheck(text, storey.recheck(text, rule_guards.recheck(text, out)))
    return refute.hold(text, written_calc.recheck(text, grid_variant.recheck(text, out), alone))
