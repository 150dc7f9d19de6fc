"""Sentence-level passes of round ten, run on every result (claims and references) of a text:
who asserts a number (refute.py: quoted-and-refuted values, negations, corrections), a value
stated before its name (value_first.py), shares written as fractions (shares.py), a contrast
clause that leaves its name out (ellipsis.py), a result with its calculation in brackets
(bracket_calc.py), 5.2's rule at the ends and the middle stated in words (rule52.py), a
quantity converted by a factor named but not written (named_factor.py), arithmetic said in words
(verbal_math.py)."""

from __future__ import annotations

from assistant.types import CheckResult

from . import (
    bracket_calc,
    ellipsis,
    named_factor,
    per_unit,
    refute,
    rule52,
    shares,
    value_first,
    verbal_math,
)
from .sentence_math import CheckAlone, Names


def recheck(text: str, results: list[CheckResult], alone: CheckAlone, names: Names) -> list[CheckResult]:
    """`results` after the round-ten passes, in text order. Refutation runs last: a value quoted to be
    refuted stays unjudged whatever the passes before it made of it."""
    out = shares.recheck(text, results, alone, names)
    out = value_first.recheck(text, out, alone)
    out = ellipsis.recheck(text, out, alone, names)
    out = per_unit.recheck(text, out, alone)  # round twelve: '…排放 380 t，单位产品排放量…'
    out = bracket_calc.recheck(text, out, alone)
    out = rule52.recheck(text, out)
    out = named_factor.recheck(text, out, alone)
    out = verbal_math.recheck(text, out, alone)
    return refute.recheck(text, out, alone)
