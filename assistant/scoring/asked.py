"""A number asked about is not asserted (round fifteen): `Q：…实际值 98% 超过引领值 95%，能得 10.4 分吗？
A：不能，…只得 8 分。` The asker puts 10.4 分 up for the answer to judge, and the answer denies it, so the
question's number is neither the writer's claim nor an error of the text (a mismatch there was a false
alarm); the answer's own numbers are checked as usual. Only a yes/no question (吗, 么, 对不对, 是不是 …)
whose answer opens with a denial (不, 不能, 不是, 否, 错, 没有, No) is read this way; a confirmed question
(`…是 30% 吗？答：是的。`) keeps its verdicts."""

from __future__ import annotations

import itertools
import re

from assistant.types import CheckResult

from .carry import _turns

_YES_NO = re.compile(r"(?:吗|么|嘛|对不对|是不是|能不能|可不可以|有没有)\s*[？?]\s*$")
_DENIED = re.compile(r"^\s*(?:不|否|错|没有|并非|并不|No\b|no\b|Nope)")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with the mismatches of a denied yes/no question made unverifiable."""
    if "？" not in text and "?" not in text:
        return results
    out = list(results)
    for (qs, qe, is_q), (as_, ae, is_a) in itertools.pairwise(_turns(text)):
        if not is_q or is_a or not _YES_NO.search(text[qs:qe].strip()) or not _DENIED.match(text[as_:ae]):
            continue
        for k, r in enumerate(out):
            if qs <= r.claim.start < qe and r.status == "mismatch":
                out[k] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation="问句中提出待判断的数字（答句已否定），不是文中的断言")
    return out
