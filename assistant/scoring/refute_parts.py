"""What the refutation forms share (refute.py, refute_said.py): a refutation and how a correction is put
in the refuted number's place."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.types import Claim


@dataclass(frozen=True)
class Refutation:
    """Numbers a sentence refutes (spans), its correction's span and the sentence it corrects."""

    refuted: tuple[tuple[int, int], ...]
    correction: tuple[int, int] | None
    body: str = ""  # the corrected statement with the correction in place
    at: int = -1  # where the correction stands in body
    kind: str = "quote"


def unit_kind(c: Claim) -> str:
    return c.unit.replace("³", "3").replace("²", "2").lower()


def _close(a: Claim, b: Claim) -> float:
    if a.value > 0 and b.value > 0:
        return abs(math.log(a.value / b.value))
    return abs(a.value - b.value)


def target_of(cands: list[Claim], corr: Claim) -> Claim | None:
    """The refuted number the correction replaces: the one of its unit, else the closest in value."""
    same = [c for c in cands if unit_kind(c) == unit_kind(corr)] or [c for c in cands if not corr.unit or not c.unit]
    if not same:
        return None
    return min(reversed(same), key=lambda c: _close(c, corr))


def replacement(old: Claim, new: Claim) -> str:
    """The correction as it would stand in the refuted sentence: '1.4571' for '1.4714 kgce/kg' takes its unit."""
    text = new.text.strip()
    if old.unit and not new.unit and (m := re.search(r"[\d０-９]([^\d０-９]*)$", old.text)):
        text += m.group(1)
    # the words before the old number stay: 'GB/T 24265' corrected as '24256', '超过 10 m' as '8 m'
    if (p := re.match(r"^([^\d０-９]+?)\s*[\d０-９]", old.text)) and re.match(r"[\d０-９]", text):
        text = old.text[:len(p.group(1))] + (" " if old.text[len(p.group(1)):len(p.group(1)) + 1] == " " else "") + text
    return text


def first_after(claims: list[Claim], pos: int, end: int) -> Claim | None:
    after = [c for c in claims if pos <= c.start and c.end <= end]
    return min(after, key=lambda c: c.start) if after else None


def clause_end(text: str, i: int) -> int:
    ends = [j for b in "，,。；;！？!?\n" if (j := text.find(b, i)) >= 0]
    return min(ends) if ends else len(text)


def joined(lead: str) -> str:
    """The words before the refuted number, ready to take the correction: '附录B 的公式' + '为' (a bare
    '公式29' would read as a formula number)."""
    lead = lead.rstrip()
    return lead + "为" if re.search(r"[\u4e00-\u9fff]$", lead) and not re.search(r"[为是有共计占]$", lead) else lead + " "
