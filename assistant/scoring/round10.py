"""Sentence-level passes of round ten, run on every result (claims and references) of a text:
who asserts a number (refute.py: quoted-and-refuted values, negations, corrections), a value
stated before its name (value_first.py), shares written as fractions (shares.py), a contrast
clause that leaves its name out (ellipsis.py), a result with its calculation in brackets
(bracket_calc.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import bracket_calc, ellipsis, refute, shares, value_first
from .sentence_math import CheckAlone, Names


def recheck(text: str, results: list[CheckResult], alone: CheckAlone, names: Names) -> list[CheckResult]:
    """`results` after the round-ten passes, in text order."""
    out = refute.recheck(text, results, alone)
    out = shares.recheck(text, out, alone, names)
    out = value_first.recheck(text, out, alone)
    out = ellipsis.recheck(text, out, alone, names)
    return bracket_calc.recheck(text, out, alone)
