"""A text that states its own scheme values (round sixteen): '单位产品取水量 12 m³/t，基准值 15、引领值 10，满分 8 分，
得 4.8 分'. With a profile whose scheme is an illustrative one (示意方案: confidence L, not an industry
standard), a lead or base value that differs from the illustrative value is no error of the text: the
factory may use its own sector's scheme. Such a mismatch is left open with a note, and a score the
scheme's values judged is judged again by 5.2 on the sentence's own points, base, lead and actual value.
Only in a worked example (the sentence gives points, base, lead, the actual value and the score) and when
the value is not called the scheme's ('方案引领值 35%' claims the profile's scheme and stays judged).
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from . import arith
from .compare import points_agree
from .sentence_math import result
from .sentences import spans as sentence_spans
from .units import fmt

_SCHEME_NAMED = re.compile(r"方案[^，,。；;\d]{0,4}$")


def _scheme_value(r: CheckResult) -> bool:
    return (r.status == "mismatch" and r.confidence == "L" and r.reference.startswith("方案")
            and ("基准值" in r.explanation or "引领值" in r.explanation))


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a sentence's own scheme values not judged against an illustrative scheme."""
    out = list(results)
    for s0, s1 in sentence_spans(text):
        idx = sorted((i for i, r in enumerate(out) if s0 <= r.claim.start < s1), key=lambda i: out[i].claim.start)
        own = [i for i in idx if _scheme_value(out[i]) and not _SCHEME_NAMED.search(text[max(s0, out[i].claim.start - 8):out[i].claim.start])]
        sub = [out[i].claim for i in idx]
        found, score = arith._example(text, sub)
        # only a worked example on its own values (points, base, lead, actual and the score it gives): a bare
        # '引领值为30%' or '方案引领值 35%' is a claim on the profile's scheme and stays judged
        # or a sentence that writes its own calculation of the score ('得分 8 × (0.50 − 0.4645) ÷ (0.50 − 0.40) = 2.84 分')
        computed = any(out[i].claim.unit == "分" and out[i].status != "unverifiable" and "计算：" in out[i].explanation for i in idx)
        if not own or not ((score is not None and len(found) >= 4) or computed):
            continue
        for i in own:
            r = out[i]
            out[i] = CheckResult(claim=r.claim, status="unverifiable", confidence="L",
                                 explanation=f"文中自述的方案值；示意方案的值为 {fmt(r.expected or 0)} {r.expected_unit}"
                                             "（示意值，不是行业标准，不作判定）")
        if score is None or len(found) < 4:
            continue
        j = idx[sub.index(score)]
        if out[j].status == "mismatch" and out[j].reference.startswith("方案"):
            vals = {k: c.value for k, c in found.items()}
            exp = arith._points(vals)
            how = (f"GB/T 36132-2025 5.2 线性比例法（按文中自述的方案值）：分值 {fmt(vals['points'])} × ({fmt(vals['actual'])} − "
                   f"{fmt(vals['base'])}) / ({fmt(vals['lead'])} − {fmt(vals['base'])})，限于 0～分值")
            out[j] = result(score, points_agree(score, exp), exp, "分", how, "GB/T 36132-2025§5.2")
    return out
