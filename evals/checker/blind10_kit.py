"""Helpers for the blind10 item modules: one fact gives an ok line, a mismatch line, or both.

An item is the tuple ``blindset.row`` takes after prefix and number:
(profile, text, expected, error_text, correct, subject, source, phrasing).
Templates carry one ``{}`` where the checked number goes; the mismatch line puts the wrong value
there, so ``error_text`` is exactly that wrong value as written.
"""

from __future__ import annotations

Item = tuple[str | None, str, str, str | None, str | None, str, str, str]

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"
SCP = "corpus/guides/supply-chain-and-park.md"


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> Item:
    """An ok line: every number in ``text`` is true (or company data no document fixes)."""
    return (profile, text, "ok", None, None, subject, source, phrasing)


def bad(text: str, err: str, cor: str, subject: str, source: str, phrasing: str,
        profile: str | None = None) -> Item:
    """A mismatch line: ``err`` (occurring once in ``text``) is wrong, ``cor`` is the true value."""
    return (profile, text, "mismatch", err, cor, subject, source, phrasing)


def pair(template: str, true: str, wrong: str, subject: str, source: str, phrasing: str,
         profile: str | None = None, wrong_template: str | None = None) -> list[Item]:
    """The ok line with ``true`` and the mismatch line with ``wrong`` (optionally worded apart)."""
    return [ok(template.format(true), subject, source, phrasing, profile),
            bad((wrong_template or template).format(wrong), wrong, true, subject, source, phrasing, profile)]


def refute(claim: str, quoted_wrong: str, true: str, wrong_fix: str, subject: str, source: str,
           profile: str | None = None, quote_true: bool = True) -> list[Item]:
    """A review comment quoting a wrong value and correcting it (ok), and its twin whose
    correction is itself wrong (mismatch): it quotes the true value (``quote_true``) or the same
    wrong one, and "corrects" it to ``wrong_fix``."""
    good = claim.format(quoted=quoted_wrong, fix=true)
    wrong = claim.format(quoted=true if quote_true else quoted_wrong, fix=wrong_fix)
    return [ok(good, subject, source, "review-refute", profile),
            bad(wrong, wrong_fix, true, subject, source, "review-refute-wrong", profile)]
