"""A change stated with both of its ends (round twelve): `2023 年因子 0.5306 比 2022 年的 0.5366 下降了 0.006`,
`可再生能源利用率从 8.20% 提高到 15%，需提高 6.8 个百分点`. The change is the difference of the two values
the sentence compares (比/较, 从…到/由…至), whatever the profile holds, so it is checked as that
difference: two values of one unit and a change word right before the third (percentages give
percentage points; a bare 'X%' after two percentages may be a relative change and is only verified;
a 'X%' after two amounts is the change relative to the amount compared with).
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import agrees
from .units import fmt

_CHANGE = re.compile(r"(?:下降|降低|减少|提高|提升|增加|增长|上升|相差|差|少|多|高出|低|高|降)了?\s*(?:约|了)?\s*$")
_LINK = re.compile(r"比|较|到|至|降为|升为|变为")
_APART = re.compile(r"[，,]\s*(?:两者|二者|两项|前后)?\s*(?:相差|差额为?|差值为?|之差为?)\s*(?:约|了)?\s*$")
_FROM = re.compile(r"(?:从|由)\s*$")


def _diff(text: str, a: Claim, b: Claim, c: Claim) -> tuple[float, bool] | None:
    """(|a − b| in c's terms, decisive) or None when the three are not one change."""
    if a.comparator not in ("=", "<=", ">=") or b.comparator != "=" or a.unit != b.unit:
        return None  # '目标 ≤ 3.2 m³/t，较…3.5 m³/t 下降约 8.6%': a target's bound is its value
    if not (_LINK.search(text[a.end:b.start]) and ("比" in text[a.end:b.start] or "较" in text[a.end:b.start]
                                                  or _FROM.search(text[max(0, a.start - 12):a.start].split("，")[-1]))):
        return None
    points = text[c.end:c.end + 4].lstrip().startswith(("百分点", "个百分点")) or c.unit == "个百分点"
    if a.unit == "%":
        if points:
            return abs(a.value - b.value), True
        if c.unit == "%":
            return abs(a.value - b.value), False  # percentage points or a relative change: not decisive
        return None
    if c.unit == "%" and not points:
        # a relative change of two amounts: of the one compared with (比/较 b), or the one it started from (从 a)
        base = b if ("比" in text[a.end:b.start] or "较" in text[a.end:b.start]) else a
        return (abs(a.value - b.value) / base.value * 100, True) if base.value else None
    if c.unit != a.unit or points:
        return None
    return abs(a.value - b.value), True


def _shown(p: Claim, v: float) -> str:
    return p.text if v == p.value else f"{fmt(v)} {p.unit}（文中 {p.text}，按其应有值）"


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each open change after two compared values checked as their difference."""
    out = list(results)
    claims = [r.claim for r in results]
    for i, r in enumerate(results):
        c = r.claim
        if r.status != "unverifiable" or c.comparator != "=" or i < 2:
            continue
        s0 = max(text.rfind(x, 0, c.start) for x in "。；;！？!?\n") + 1
        before = [p for p in claims[:i] if s0 <= p.start and p.unit != "年"]
        same = [p for p in before if p.unit == c.unit and c.unit and p.comparator == "="]
        if len(same) == 2 and _APART.search(text[before[-1].end:c.start]) and c.unit != "%":
            # '按华北因子计是 6 776 t，按南方因子计只有 3 869 t，相差 2 907 t': the two amounts of its unit (with a
            # third, which two differ is not said)
            a, b = same[-2:]
            # an amount already shown wrong counts at its right value: the difference is not a second error
            va, vb = (out[claims.index(p)].expected if out[claims.index(p)].status == "mismatch"
                      and out[claims.index(p)].expected_unit == p.unit and out[claims.index(p)].expected is not None
                      else p.value for p in (a, b))
            exp = abs(va - vb)
            out[i] = CheckResult(claim=c, status="verified" if agrees(c, exp, False) else "mismatch", expected=exp,
                                 expected_unit=c.unit, explanation=(f"与句中计算一致：{fmt(exp)} {c.unit}。" if agrees(c, exp, False)
                                                                    else f"按句中数据应为 {fmt(exp)} {c.unit}，文中为 {c.text}。")
                                 + f"计算：{_shown(a, va)} 与 {_shown(b, vb)} 之差")
            continue
        if len(before) != 2 or not _CHANGE.search(text[before[-1].end:c.start].split("，")[-1]):
            continue
        a, b = before
        if (found := _diff(text, a, b, c)) is None:
            continue
        exp, decisive = found
        ok = agrees(c, exp, False)
        if not ok and not decisive:
            continue
        unit = "个百分点" if a.unit == "%" and c.unit != "%" else c.unit
        how = f"计算：{a.text} 与 {b.text} 之差" + ("（相对变化率）" if c.unit == "%" and a.unit != "%" else "")
        out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit=unit,
                             explanation=(f"与句中计算一致：{fmt(exp)} {unit}。" if ok else
                                          f"按句中数据应为 {fmt(exp)} {unit}，文中为 {c.text}。") + how)
    return out
