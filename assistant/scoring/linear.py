"""5.2 linear scoring a sentence states with a constant indicator: '平台满足4项功能，按线性法可得2分'
(表C.1 序号4: 分值 6, 引领值 8 项, 基准值 0 项 → 6 × (4 − 0)/(8 − 0) = 3 分)."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import COUNTERS, points_agree
from .lexicon import Lexicon, Subject
from .sentences import spans as _sentences
from .units import fmt

_LISTED = re.compile(r"\s*(?:合计|共计|总计|加起来|相加)")  # '两项合计11分': the count of listed items
_SCORE = re.compile(r"(得分|得|计|计分|评分)[^，,。；、\d]{0,4}$")


def _triple(subs: list[Subject]) -> tuple[Subject, Subject, Subject] | None:
    def one(role: str, units: set[str]) -> Subject | None:
        return next((s for s in subs if s.constant and s.role == role and s.unit in units), None)
    lead, base, pts = one("lead", COUNTERS), one("base", COUNTERS), one("points", {"分"})
    return (lead, base, pts) if lead and base and pts and lead.value != base.value else None


def _named(text: str, lexes: list[Lexicon], s0: int, n: Claim, c: Claim) -> tuple[Subject, Subject, Subject] | None:
    """The count indicator named nearest the count in its sentence, else the last one named before the
    sentence in the same paragraph."""
    para = text.rfind("\n\n", 0, s0) + 1
    for lo, hi, key in ((s0, min(n.end + 8, c.start), lambda m: abs(m[0] - n.start)), (para, s0, lambda m: -m[0])):
        for lex in lexes:
            names = sorted((m for m in lex.finditer(text) if lo <= m[0] and m[1] <= hi), key=key)
            if got := next((t for m in names if (t := _triple(lex.terms[m[2]]))), None):
                return got
    return None


def recheck(text: str, claims: list[Claim], results: list[CheckResult], lexes: list[Lexicon]) -> list[CheckResult]:
    """Replace an open score claim, or one read as the indicator's points, by the 5.2 linear score of the
    count before it. The indicator is named in the sentence or, failing that, earlier in its paragraph
    ('得分 = 6 × n / 8。举几个例子：满足 3 项得 2.25 分'): a sentence of examples goes on about it."""
    out = list(results)
    for s0, s1 in _sentences(text):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        for i in idx:
            c = claims[i]
            if out[i].status == "verified" or c.unit != "分" or not _SCORE.search(text[s0:c.start]):
                continue
            counts = [j for j in idx if claims[j].end <= c.start and claims[j].unit in COUNTERS
                      and claims[j].comparator == "=" and not _LISTED.match(text[claims[j].end:c.start])]
            if not counts:
                continue
            n = claims[counts[-1]]
            got = _named(text, lexes, s0, n, c)
            if got is None:
                continue
            lead, base, pts = got
            if out[i].status == "mismatch" and (out[i].expected != pts.value or out[i].expected_unit != "分"):
                continue  # a mismatch against something else than the indicator's points stands
            frac = min(1.0, max(0.0, (n.value - base.value) / (lead.value - base.value)))
            exp = pts.value * frac
            how = (f"GB/T 36132-2025 5.2 线性比例法：分值 {fmt(pts.value)} × ({fmt(n.value)} − {fmt(base.value)})"
                   f" / ({fmt(lead.value)} − {fmt(base.value)})，限于 0～分值 = {fmt(exp)} 分（{lead.reference}）")
            ok = points_agree(c, exp)
            # the count is the factory's actual value, not the total; a mismatch with the profile's own count (its
            # indicator, formula id 表C.1-4) stays
            if out[counts[-1]].status == "mismatch" and not out[counts[-1]].reference.startswith("表C.1-"):
                out[counts[-1]] = CheckResult(claim=n, status="unverifiable",
                                              explanation="线性计分的实际值（输入），不与常量比较")
            out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit="分",
                                 reference="GB/T 36132-2025§5.2",
                                 explanation=(f"与线性计分结果一致：{fmt(exp)} 分。" if ok else
                                              f"按线性计分应得 {fmt(exp)} 分，文中为 {c.text}。") + how)
    return out
