"""GB/T 36132-2025 sets no pass mark (6.2 leaves the score to the industry's standard or the evaluation
scheme; scorer.py states it in every verdict). A sentence that gives the standard itself a pass mark
('依据 GB/T 36132-2025 6.2，评价结果达到 60 分即可判定为绿色工厂') is wrong whatever the number; a pass mark of a
scheme, an industry standard or a plan ('示意方案 60 分的分数线') is not judged here."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .sentences import spans

_STANDARD = re.compile(r"GB/T\s*36132\s*[-—]\s*2025|通则|(?<![\d.])6\.2(?![\d.])")
_JUDGED = re.compile(r"判定为?绿色工厂|评为绿色工厂|认定为绿色工厂|才能判定|即可判定")
_OTHERS = re.compile(r"方案|示意|行业标准|行业评价标准|地方|省|市级|本厂|我厂|公司|企业|得分|2018")
_CLAUSE_END = re.compile(r"[，,；;：:]")
_THRESHOLD = re.compile(r"(?:达到|不低于|不少于|满|≥|大于等于|高于)\s*$")


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for s0, s1 in spans(text):
        sent = text[s0:s1]
        if not (_STANDARD.search(sent) and _JUDGED.search(sent)) or re.search(r"方案|示意|行业标准|2018", sent):
            continue
        for i, c in enumerate(claims):
            if not (s0 <= c.start < s1) or c.unit != "分" or out[i].status == "verified":
                continue
            a = max([s0, *(s0 + m.end() for m in _CLAUSE_END.finditer(text[s0:c.start]))])
            clause = text[a:text.find("，", c.end) if "，" in text[c.end:s1] else s1]
            if _OTHERS.search(clause) or not _JUDGED.search(clause + text[c.end:s1][:20]):
                continue  # '本厂得分 78.6 分' is the factory's score, not a pass mark
            if c.comparator in (">=", ">") or _THRESHOLD.search(text[max(s0, c.start - 4):c.start]) \
                    or re.match(r"\s*(?:以上|及以上|或以上)", text[c.end:c.end + 4]):
                out[i] = CheckResult(claim=c, status="mismatch", reference="GB/T 36132-2025§6.2",
                                     explanation=f"GB/T 36132-2025 未规定合格分数线（6.2 的判定分数由行业标准或评价方案确定），"
                                                 f"文中称 {c.text}。")
    return out
