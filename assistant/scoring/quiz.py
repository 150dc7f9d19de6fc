"""Quiz items (round nine): a true/false item corrected in its answer ('判断：A 的分值是 6 分。答：说法错误，
应为 4 分') and a fill-in item answered ('填空：表C.1 中逆向定量指标有（ ）项。答案：6 项'). The answer's
number says what the item's statement should read: it is checked as that statement, with the number put
in place of the premise's number (or of the blank), so the answer is linked by the item's own words.

Only an answer number the linking left open is rechecked; the premise judged wrong is no claim
(guards.py). `check_alone` is the checker on a rewritten text, so this module needs no import of it.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .sentence_math import CheckAlone

_JUDGE = re.compile(r"判断(?:题)?\s*[：:]")
_FILL = re.compile(r"填空(?:题)?\s*[：:]")
_BLANK = re.compile(r"[（(]\s*[）)]|_{2,}|＿{2,}")
_ANSWER = re.compile(r"答(?:案)?\s*[：:]")
_CORRECTION = re.compile(r"(?:应为|应是|应当是|正确的?是|改为|而是)\s*$")
_WRONG = re.compile(r"错误|不对|不正确|有误|错|×")


def _sub(text: str, start: int, end: int, new: str) -> tuple[str, int]:
    return text[:start] + new + text[end:], start


def recheck(text: str, claims: list[Claim], results: list[CheckResult], check_alone: CheckAlone) -> list[CheckResult]:
    """`results` with each open answer number of a quiz item checked as its item's statement."""
    out = list(results)
    for q in (*_JUDGE.finditer(text), *_FILL.finditer(text)):
        a = _ANSWER.search(text, q.end())
        if a is None:
            continue
        nxt = min([m.start() for m in (*_JUDGE.finditer(text, a.end()), *_FILL.finditer(text, a.end()))] or [len(text)])
        premise = text[q.end():a.start()]
        inside = [c for c in claims if q.end() <= c.start and c.end <= a.start()]
        answers = [i for i, c in enumerate(claims) if a.end() <= c.start and c.end <= nxt]
        blank = _BLANK.search(premise) if q.re is _FILL else None
        for i in answers[:1]:
            c, r = claims[i], out[i]
            if r.status != "unverifiable":
                continue
            if blank is not None:
                if not text[a.end():c.start].strip() == "":
                    continue  # '答案：6项': the answer is the first thing after 答案
                body, at = _sub(premise, blank.start(), blank.end(), c.text)
            else:
                if not (_CORRECTION.search(text[a.end():c.start]) and _WRONG.search(text[a.end():c.start])):
                    continue
                same = [p for p in inside if p.unit == c.unit]
                if len(same) != 1:
                    continue
                p = same[0]
                body, at = _sub(premise, p.start - q.end(), p.end - q.end(), c.text)
            hit = [x for x in check_alone(body) if x.claim.start == at]
            if hit and hit[0].status != "unverifiable":
                out[i] = hit[0].model_copy(update={
                    "claim": c, "explanation": "代入题干核对：" + hit[0].explanation})
    return out
