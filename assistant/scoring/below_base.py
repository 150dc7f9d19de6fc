"""A value worse than the baseline scores 0 under GB/T 36132-2025 5.2 ('…劣于方案基准值0.55 tce/t，按5.2
该项得1分' is wrong; '实际值劣于基准值时得基本分2分' misstates the rule). Only a score the sentence
ties to that condition is judged: one after the words 劣于/未达到…基准值 with no other condition
(优于, 达到引领值, 介于 …) between them and in the same sentence part. 低于 is not one of the words: for
an inverse indicator a value below the baseline is better, and the words alone do not say which.
A negative score ('计 −0.8 分') is wrong in any case: 5.2 scores lie between 0 and the points."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .sentences import spans

_WORSE = re.compile(r"(?:劣于|差于|未达到|达不到|没有达到|没达到|不及|不满足)(?:方案|行业|该项|规定的?)?的?(?:基准值|基础值|基准水平|基准)")
_OTHER = re.compile(r"优于|达到(?:或优于)?(?:引领|先进)|介于|之间|高于引领|引领值|先进值|否则|反之")
_SCORE = re.compile(r"(?:得|计|记|可得|能得|给)(?:基本分|分)?\s*$")


# '按线性比例法计 −0.8 分': a minus sign after a word (not after a number or bracket) makes the score negative
_NEGATIVE = re.compile(r"(?:^|[^\d\s)）%])\s*[−-]\s*$")


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for i, c in enumerate(claims):
        if c.unit == "分" and c.value > 0 and _NEGATIVE.search(text[max(0, c.start - 4):c.start]) \
                and re.search(r"(?:得|计|记|得分|为)\s*[−-]\s*$", text[max(0, c.start - 5):c.start]):
            out[i] = CheckResult(claim=c, status="mismatch", expected=0.0, expected_unit="分",
                                 reference="GB/T 36132-2025§5.2",
                                 explanation=f"得分应在 0～分值之间（GB/T 36132-2025 5.2：劣于基准值得 0 分），文中为 −{c.text}。")
    for s0, s1 in spans(text):
        for m in _WORSE.finditer(text, s0, s1):
            for i, c in enumerate(claims):
                if not (m.end() <= c.start < s1) or c.unit != "分" or c.comparator != "=":
                    continue
                between = text[m.end():c.start]
                if _OTHER.search(between) or not _SCORE.search(text[max(m.end(), c.start - 6):c.start]):
                    break
                inside = [d for d in claims if m.end() <= d.start < c.start and d.start - m.end() > 3]
                if re.search(r"[。；;]", between) or out[i].status == "verified" or inside:
                    break  # another number in between ('…的企业需整改，本厂为 0.46 tce/t，得 6 分'): another case
                ok = c.value == 0
                out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=0.0, expected_unit="分",
                                     reference="GB/T 36132-2025§5.2",
                                     explanation=("与 5.2 一致：劣于基准值得 0 分。" if ok else
                                                  f"按 GB/T 36132-2025 5.2，实际值劣于基准值得 0 分，文中为 {c.text}。"))
                break
    return out
