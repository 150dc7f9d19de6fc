"""5.2's rule stated in words (round ten): the score at the ends and the middle of the linear method.

'实际值正好等于基准值时…得4分' (0: at or below the base value an indicator scores 0), '实际值高于引领值时得 8.8
分' (at or above the lead value it scores its full points, never more), '落在基准值和引领值的正中间…得5分'
(half the points), '引领值 90%，实际值恰好 90%，得7.2 分' (the actual value written equal to the lead or
base value written). The points are the sentence's own (`分值 8 分`). Only an open score after a score
word is judged, and only when the sentence states one case.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import agrees
from .sentence_math import result
from .sentences import spans

_LEAD = re.compile(r"(?:等于|达到|高于|优于|超过|好于|不低于|不劣于|≥|>=)\s*(?:了)?\s*引领值|[与和跟]引领值(?:相等|相同|一致|持平)"
                   r"|比\s*引领值?\s*(?:还要|还|更加|更|要)?\s*(?:好|优)")
# '低于基准值' is better for an inverse indicator (吨产品能耗低于基准值): only words that say worse or equal
_BASE = re.compile(r"(?:等于|劣于|差于|不如|不及)\s*(?:了)?\s*基准值|[与和跟]基准值(?:相等|相同|一致|持平)"
                   r"|比\s*基准值?\s*(?:还要|还|更加|更|要)?\s*(?:差|劣)")
# '只能得该项分值的一半，即 4 分': a half of the points claimed is the claim, not the middle case
_MIDDLE = re.compile(r"正中间|中点|正中|(?<!分值的)(?<!分的)一半")
_SCORE = re.compile(r"(?:得|得分|拿|计|算出来得|算得|记|直接|只能得|只得|应得|就是)\s*(?:为|是)?\s*$"
                    r"|(?:得|计)[^，,。；\d]{0,10}[，,]\s*(?:即|也就是)\s*$")
_POINTS = re.compile(r"(?:分值|满分)\s*(?:为|是)?\s*$")
_POINTS_AFTER = re.compile(r"\s*的(?:指标|项|一项)")  # '8 分的指标'
_FULL = re.compile(r"得\s*满分\s*$")  # '直接得满分8.4 分': the full score claimed, checked against the points
# '要是实际值比引领值还好呢？比如…': an example goes on with the case its question states
_EXAMPLE = re.compile(r"\s*(?:比如|例如|譬如|举个例子|举例)")
_DIRECTION = (("正向", True), ("逆向", False))


def _written_case(text: str, s0: int, claims: list[Claim]) -> str:
    """'引领值 90%，实际值恰好 90%': the actual value written equal to a role value of the sentence; with a
    direction ('某正向指标实际值 70%，基准值 75%'), or lead and base both written, also beyond one."""
    role = {}
    for c in claims:
        head = text[max(s0, c.start - 8):c.start]
        for word, key in (("引领值", "lead"), ("基准值", "base"), ("实际值", "actual")):
            if word in head and c.unit != "分":
                role[key] = c
    act = role.get("actual")
    if act is None:
        return ""
    for key in ("lead", "base"):
        if key in role and role[key].unit == act.unit and abs(role[key].value - act.value) < 1e-9:
            return key
    sent = text[s0:claims[-1].end] if claims else ""
    forward = next((f for w, f in _DIRECTION if w in sent), None)
    if forward is None and "lead" in role and "base" in role and role["lead"].value != role["base"].value:
        forward = role["lead"].value > role["base"].value
    if forward is None:
        return ""
    sign = 1 if forward else -1
    for key, beyond in (("lead", 1), ("base", -1)):
        if key in role and role[key].unit == act.unit and sign * beyond * (act.value - role[key].value) > 0:
            return key
    return ""


def _case(text: str, s0: int, s1: int, claims: list[Claim], prev: tuple[int, int] | None) -> tuple[str, int] | None:
    sent = text[s0:s1]
    found = [(k, m.end()) for k, rx in (("lead", _LEAD), ("base", _BASE), ("middle", _MIDDLE)) if (m := rx.search(sent))]
    written = _written_case(text, s0, claims) if not found else ""
    if not found and not written and prev is not None and (
            _EXAMPLE.match(sent) or text[prev[1]:prev[1] + 1] in "？?"):
        ptext = text[prev[0]:prev[1]]
        found = [(k, -1) for k, rx in (("lead", _LEAD), ("base", _BASE), ("middle", _MIDDLE)) if rx.search(ptext)]
    if len(found) > 1 or not (found or written):
        return None
    return found[0] if found else (written, -1)


def _points(text: str, s0: int, claims: list[Claim], earlier: list[Claim]) -> list[Claim]:
    """The points the sentence states (`分值 8 分`, `（分值 8 分）`, `8 分的指标`), else the one earlier in
    its paragraph (a question's `分值 8 分` for its answer)."""
    def stated(cs: list[Claim]) -> list[Claim]:
        return [c for c in cs if c.unit == "分" and ((_POINTS.search(text[max(0, c.start - 6):c.start])
                                                      and not _FULL.search(text[max(0, c.start - 6):c.start]))
                                                     or _POINTS_AFTER.match(text, c.end))]
    own = stated(claims)
    if own:
        return own
    prior = stated(earlier)
    return prior[-1:] if len(prior) == 1 else []


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with an open score judged by the case of 5.2 its sentence states."""
    out = list(results)
    prev: tuple[int, int] | None = None
    for s0, s1 in spans(text):
        idx = [i for i, r in enumerate(out) if s0 <= r.claim.start < s1]
        claims = [out[i].claim for i in idx]
        para = text.rfind("\n\n", 0, s0) + 1
        earlier = [r.claim for r in out if para <= r.claim.start < s0]
        points = _points(text, s0, claims, earlier)
        got = _case(text, s0, s1, claims, prev) if claims else None
        prev = (s0, s1) if text[s0:s1].strip() else prev
        if got is None:
            continue
        case, after = got
        for i in idx:
            r = out[i]
            c = r.claim
            full = _FULL.search(text[max(s0, c.start - 6):c.start]) and points and c not in points
            if r.status != "unverifiable" or c.unit != "分" or c in points or not (
                    _SCORE.search(text[max(s0, c.start - 14):c.start]) or full):
                continue
            if full and case != "lead":
                continue
            if after >= 0 and any(x.unit != "分" and s0 + after + 3 <= x.start < c.start for x in claims):
                continue  # '劣于基准值 0.55 tce/t 的企业…本厂为 0.46 tce/t，得 6 分': another value decides the score
            if case == "base":
                exp, how = 0.0, "GB/T 36132-2025 5.2：实际值等于或劣于基准值得 0 分"
            elif len(points) == 1 and (points[0].start < c.start or case == "lead"):
                p = points[0].value
                exp = p if case == "lead" else p / 2
                how = (f"GB/T 36132-2025 5.2：实际值达到或优于引领值得满分 {p:g} 分" if case == "lead"
                       else f"GB/T 36132-2025 5.2：线性比例法，正中间得分值的一半 {p / 2:g} 分")
            else:
                continue
            out[i] = result(c, agrees(c, exp, True), exp, "分", how, "GB/T 36132-2025§5.2")
    return out
