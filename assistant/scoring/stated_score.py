"""A score stated next to the value it was earned with (round twelve): `单位产值二氧化碳排放 0.0304 tCO2/万元，
得 5.32 分`, `答：53/56≈94.64%，得 5.46 分` (a recalculation). The score follows from that value by
clause 5.2 with the profile scheme's lead value, base value and points for the indicator, whatever the
factory's stored value is, so it is checked from the sentence's own value, not from the profile's
score (which differs in a hypothetical state by design).

Only a score the other passes left open, after a score word (得, 得分, 计, 可得), whose sentence states
one value in the unit of one quantitative row of the scheme (the row named in the sentence, or in the
question an answer replies to, when several rows share the unit). The value's own rounding is carried
(`约 14.82%` may stand for 14.815-14.825), so a score computed from the unrounded value still agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.types import CheckResult, Claim

from .lexicon import Lexicon
from .scorer import linear_points
from .sentences import around
from .units import compatible, convert, fmt

_OPEN = ("未能关联到", "未提供工厂画像", "假设情形")
_SCORE_WORD = re.compile(r"(?:得分|得|计|记|可得|拿)\s*(?:为|约|约为)?\s*$")
_ROLE = re.compile(r"引领|基准|先进值|基础值|标杆|lead|base")  # a scheme value, not the one the score was earned with
_QUESTION = re.compile(r"(?:追问|问|Q)\s*[：:]")


@dataclass(frozen=True)
class _Row:
    id: str
    name: str
    unit: str
    lead: float
    base: float
    points: float


def _rows(lex: Lexicon) -> tuple[dict[str, _Row], dict[str, set[str]]]:
    """The scheme's quantitative rows by id, and the row ids each term names."""
    vals: dict[str, dict[str, float]] = {}
    units: dict[str, str] = {}
    names: dict[str, str] = {}
    terms: dict[str, set[str]] = {}
    for term, subs in lex.terms.items():
        for s in subs:
            kind, _, rid = s.id.partition(":")
            if kind in ("lead", "base", "max") and rid:
                vals.setdefault(rid, {})[kind] = s.value
                if kind == "lead":
                    units[rid], names[rid] = s.unit, s.name.removesuffix("引领值")
                    terms.setdefault(term, set()).add(rid)
    rows = {rid: _Row(rid, names[rid], units[rid], v["lead"], v["base"], v["max"]) for rid, v in vals.items()
            if {"lead", "base", "max"} <= v.keys() and rid in units and v["lead"] != v["base"]}
    return rows, terms


def _named_rows(text: str, lex: Lexicon, terms: dict[str, set[str]], start: int, end: int) -> set[str]:
    return {rid for _, _, term in lex.finditer(text[start:end]) for rid in terms.get(term, ())}


def _score_range(row: _Row, v: Claim) -> tuple[float, float] | None:
    """The points 5.2 gives for any value that rounds to `v` (in the row's unit)."""
    try:
        mid = convert(v.value, v.unit, row.unit)
    except (ValueError, KeyError):
        return None
    half = (1.0 if v.approx else 0.5) * 10 ** -v.decimals * (mid / v.value if v.value else 1.0)
    forward = row.lead > row.base
    ends = [linear_points(row.points, x, row.lead, row.base, forward) for x in (mid - half, mid, mid + half)]
    return min(ends), max(ends)


def recheck(text: str, results: list[CheckResult], lex: Lexicon) -> list[CheckResult]:
    """`results` with each open score checked by 5.2 from the value its sentence states."""
    rows, terms = _rows(lex)
    if not rows:
        return results
    out = list(results)
    claims = [r.claim for r in results]
    for i, r in enumerate(results):
        c = r.claim
        if c.unit != "分" or r.status != "unverifiable" or not r.explanation.startswith(_OPEN) or c.comparator != "=":
            continue
        s0, _ = around(text, c.start, c.end)
        if not _SCORE_WORD.search(text[s0:c.start]):
            continue
        values = [v for v in claims if s0 <= v.start and v.end <= c.start and v.unit and v.comparator == "="
                  and v.unit != "分" and any(compatible(v.unit, row.unit) for row in rows.values())
                  and not (v.subject or "").startswith(("lead:", "base:", "max:"))
                  and not _ROLE.search(re.split(r"[，,；;]", text[s0:v.start])[-1])]
        if not values:
            continue
        v = values[-1]
        cands = [row for row in rows.values() if compatible(v.unit, row.unit)]
        if len(cands) > 1:
            named = _named_rows(text, lex, terms, s0, c.start)
            if not named and (q := max((m.start() for m in _QUESTION.finditer(text, 0, s0)), default=-1)) >= 0:
                named = _named_rows(text, lex, terms, q, s0)  # an answer is on the question's indicator
            # named rows, else the one row written in the value's own unit ('kg/万元', not t/万元)
            cands = [row for row in cands if row.id in named] or [
                row for row in cands if row.unit.replace("m3", "m³").replace("m2", "m²") == v.unit.replace(" ", "")]
        if len(cands) != 1 or (span := _score_range(cands[0], v)) is None:
            continue
        row, (lo, hi) = cands[0], span
        tol = 10 ** -c.decimals if c.approx else 0.05  # '约 6.2 分' is 6.1-6.3, not 5.7-6.7
        ok = lo - tol - 1e-9 <= c.value <= hi + tol + 1e-9
        exp = lo if abs(c.value - lo) <= abs(c.value - hi) else hi
        how = (f"按 5.2 由文中 {v.text} 计分：{row.name}引领值 {fmt(row.lead)}、基准值 {fmt(row.base)} {row.unit}，"
               f"分值 {fmt(row.points)} 分，得 {fmt(exp, 4)} 分")
        out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit="分",
                             reference=f"GB/T 36132-2025§5.2；方案 {row.id}",
                             explanation=(f"与{how}一致。" if ok else f"得分应为 {fmt(exp, 4)} 分，文中为 {c.text}。{how}"))
    return out
