"""The state a change starts from is no item's points (round fifteen): `绿色设计由 4 分升到 8 分`, `重复利用率由
4 分提高到 8 分`. The score before a change (a hypothetical's, or the factory's before a retrofit) had been
read as the item's points and refuted by them (8 分): false alarms on chat answers to "what if" questions.
A mismatch against a points value of a number right after 由/从 and right before an increase or decrease
verb is left unjudged; a match with the factory's own value (`从 8.20% 提高到引领值 15%`) stays, and the
value after the verb is read as before."""

from __future__ import annotations

import re

from assistant.types import CheckResult

_FROM = re.compile(r"(?:由|从)\s*$")
_RISE = re.compile(r"\s*(?:升到|升至|提高到|提高至|提升到|提升至|增加到|增到|上升到|降到|降至|下降到|减少到|变成|变为)")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with the points mismatch of a change's starting value made unverifiable."""
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        if (r.status == "mismatch" and c.unit == "分" and "分值" in r.explanation
                and _FROM.search(text[max(0, c.start - 3):c.start]) and _RISE.match(text, c.end)):
            out[k] = CheckResult(claim=c, status="unverifiable",
                                 explanation="变化前的得分（由…升到…），不是该项的分值")
    return out
