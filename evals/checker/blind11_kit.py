"""Helpers of the blind11 item modules: one template gives an ok line (true value) and a mismatch
line per wrong value; ``ok`` and ``mm`` give single lines. A raw item is
(profile, text, expected, error_text, correct, subject, source, phrasing)."""

from __future__ import annotations

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"
SCP = "corpus/guides/supply-chain-and-park.md"
GRID = "assistant/scoring/data/grid_factors.yaml"

Raw = tuple


def pair(tpl: str, true: str, wrong: str | list[str], subject: str, source: str, phrasing: str,
         profile: str | None = None, err: str | None = None) -> list[Raw]:
    """``tpl`` with ``{}`` replaced by the true value (ok) and by each wrong value (mismatch).
    The error_text is the shortest stretch of the text around the inserted wrong value that occurs
    once (the value itself, else with the characters after it, e.g. its unit, else before it).
    ``err`` is kept for readability of the item lists only."""
    wrongs = [wrong] if isinstance(wrong, str) else wrong
    out: list[Raw] = [(profile, tpl.replace("{}", true), "ok", None, None, subject, source, phrasing)]
    at = tpl.index("{}")
    for w in wrongs:
        text = tpl.replace("{}", w)
        e = _unique(text, at, len(w))
        # the correct value written like the error_text (its unit or clause prefix with the true value)
        out.append((profile, text, "mismatch", e, e.replace(w, true, 1), subject, source, phrasing))
    return out


PUNCT = set("，。；：、（）()【】[]|*\n ,;:")


def _unique(text: str, start: int, n: int) -> str:
    """Grow the value to the right over unit characters, then to the left over anything but
    punctuation (and over a clause prefix such as 'B.'), until it occurs once; else the shortest
    unique window around it."""
    s0, e0 = start, start + n
    end = e0
    while text.count(text[s0:end]) > 1 and end < len(text) and text[end] not in PUNCT and end - s0 < n + 5:
        end += 1
    if text.count(text[s0:end]) == 1:
        return text[s0:end]
    begin = s0
    while text.count(text[begin:e0]) > 1 and begin > 0 and text[begin - 1] not in PUNCT:
        begin -= 1
    while begin > 0 and (text[begin - 1] == "." or (text[begin - 1].isascii() and text[begin - 1].isalpha())):
        begin -= 1
    if text.count(text[begin:e0]) == 1:
        return text[begin:e0]
    for width in range(1, 9):
        for left in range(width + 1):
            cand = text[max(0, s0 - left):e0 + width - left]
            if text.count(cand) == 1:
                return cand
    raise ValueError(f"no unique error_text in {text!r}")


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> list[Raw]:
    return [(profile, text, "ok", None, None, subject, source, phrasing)]


def mm(text: str, err: str, cor: str, subject: str, source: str, phrasing: str,
       profile: str | None = None) -> list[Raw]:
    return [(profile, text, "mismatch", err, cor, subject, source, phrasing)]
