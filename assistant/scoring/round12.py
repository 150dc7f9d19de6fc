"""Text-level passes of round twelve, run last on every result of a text: a hypothetical state (or an
example factory) is not the factory's present state and is recomputed where the profile allows it
(hypothetical.py, recalc.py); a score is checked from the value its sentence states (stated_score.py);
a change stated with both its ends is their difference (differences.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import differences, formula_percent, hypothetical, stated_score, stated_share, subset_counts
from .lexicon import Lexicon
from .profile import FactoryProfile


def recheck(text: str, results: list[CheckResult], lex: Lexicon, profile: FactoryProfile | None) -> list[CheckResult]:
    """`results` after the round-twelve passes. The stated score runs after the hypothetical pass: a
    recalculation's score follows from its own value, not from the profile's."""
    out = hypothetical.recheck(text, results, lex, profile)
    out = stated_score.recheck(text, out, lex)
    out = stated_share.recheck(text, differences.recheck(text, out))  # '…全厂 1 800 人，…占比为 25%'
    out = formula_percent.recheck(text, out)  # 'Rw = Vr / (V + Vr) × 10%': the formula's 100 %
    return subset_counts.recheck(text, out)  # '比较硬的两条': a selection, not the whole's count
