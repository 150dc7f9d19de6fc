"""Shares written as fractions (round ten): '绿色设计占其中的1/2', '能碳管理平台占能源低碳化的五分之一',
'每项占该方面 10 分的四分之一', '能源低碳化权重占全部 100 分的比例为3/10'.

A fraction is one number (a share), never its numerator and denominator read as counts or points
('三分之二' is not '三分'). The share is checked when the sentence names its part and its whole: the
part is the name right before 占 (or the value just stated, '4 项各 2.5 分，每项占…'), the whole a number
in 分 or a name between 占 and the fraction, or a name stated with its points earlier in the sentence
('产品绿色化 16 分，绿色设计占其中的…'). Values of names come from the checker itself (`value_of`).
Otherwise the fraction is left unverifiable, and so is the whole it is a share of.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import COUNTERS, agrees
from .sentence_math import CheckAlone, Names, result, value_of
from .sentences import around
from .units import cn_to_number, fmt

_CN = "一二两三四五六七八九十"
_FRACTION = re.compile(rf"([{_CN}]+)分之([{_CN}]+)|(?<![\d./×*÷+−\-=A-Za-z])(\d{{1,2}})\s*/\s*(\d{{1,2}})"
                       r"(?![\d./×*÷+−\-=A-Za-z]|\s*[×*÷+−=])")
_SHARE = re.compile(r"占")


def fractions(text: str) -> list[Claim]:
    """Every fraction in `text` as a share in % (two decimals, so 1/3 is 33.33 %)."""
    out = []
    for m in _FRACTION.finditer(text):
        if m.group(1):
            den, num = cn_to_number(m.group(1)), cn_to_number(m.group(2))
        else:
            num, den = float(m.group(3)), float(m.group(4))
        if not den or num is None or den is None or num > den:
            continue
        if m.group(3) and text[max(0, m.start() - 1):m.start()] in ("第", "（", "("):
            continue
        out.append(Claim(text=m.group(0), start=m.start(), end=m.end(), value=round(num / den * 100, 2),
                         unit="%", decimals=2))
    return out


def _points(name: str, alone: CheckAlone) -> float | None:
    # an item's points, or a class's weight on the 100-point basis (5.1)
    got = value_of(name, "分值", "分", alone) or value_of(name, "权重", "分", alone)
    return got[0] if got else None


def _expected(text: str, f: Claim, points: list[Claim], alone: CheckAlone, names: Names) -> tuple[float, str] | None:
    """(part ÷ whole × 100, how) when the sentence names both."""
    s0, _ = around(text, f.start, f.start)
    at = text.rfind("占", s0, f.start)
    if at < 0:
        return None
    head = text[s0:at]
    part, how_part, part_len = None, "", 0
    for name in reversed(names(head[-16:])):  # the nearest name with points ('权重' alone has none)
        if re.search(re.escape(name) + r"(?:的)?(?:权重|分值)?\s*$", head) and (part := _points(name, alone)) is not None:
            how_part, part_len = f"{name} {fmt(part)} 分", len(name)
            break
    if part is None:
        before = [c for c in points if s0 <= c.start and c.end <= at]
        if before and re.search(r"每项|每个|各", text[before[-1].end:at] + text[max(s0, before[-1].start - 3):before[-1].start]):
            part, how_part = before[-1].value, before[-1].text.strip()
    if part is None:
        return None
    between = [c for c in points if at < c.start and c.end <= f.start]
    whole: float | None = between[-1].value if between else None
    how_whole = between[-1].text.strip() if between else ""
    if whole is None and (mid := names(text[at:f.start])):
        whole = _points(mid[-1], alone)
        how_whole = f"{mid[-1]} {fmt(whole)} 分" if whole is not None else ""
    if whole is None:
        earlier = [c for c in points if s0 <= c.start and c.end <= at - part_len]
        if earlier and re.search(r"其中|里|中", text[earlier[0].end:f.start]):
            whole, how_whole = earlier[0].value, earlier[0].text.strip()
    if not whole:
        return None
    return part / whole * 100, f"计算：{how_part} ÷ {how_whole}"


def _of_full(text: str, f: Claim, counts: list[Claim], alone: CheckAlone, names: Names) -> tuple[float, str] | None:
    """'平台满足 6 项时得分为满分的四分之三': 5.2's linear share (n − base)/(lead − base) of the points."""
    s0, _ = around(text, f.start, f.start)
    if not re.search(r"满分的\s*$", text[s0:f.start]):
        return None
    before = [c for c in counts if s0 <= c.start and c.end <= f.start]
    if len(before) != 1:
        return None
    n = before[0]
    for name in reversed(names(text[s0:n.start])):
        lead, base = value_of(name, "引领值", n.unit, alone), value_of(name, "基准值", n.unit, alone)
        if lead and base and lead[0] != base[0]:
            share = min(1.0, max(0.0, (n.value - base[0]) / (lead[0] - base[0])))
            return share * 100, f"计算：5.2 线性比例 ({fmt(n.value)} − {fmt(base[0])}) ÷ ({fmt(lead[0])} − {fmt(base[0])})"
    return None


def recheck(text: str, results: list[CheckResult], alone: CheckAlone, names: Names) -> list[CheckResult]:
    """`results` with each fraction one share claim, checked where its part and whole are named."""
    found = fractions(text)
    if not found:
        return results
    out = [r for r in results if not any(f.start < r.claim.end and r.claim.start < f.end for f in found)]
    points = [r.claim for r in out if r.claim.unit == "分"]
    for f in found:
        got = _expected(text, f, points, alone, names) if _SHARE.search(text, around(text, f.start, f.start)[0], f.start) else \
            _of_full(text, f, [r.claim for r in out if r.claim.unit in COUNTERS], alone, names)
        if got is None:
            out.append(CheckResult(claim=f, status="unverifiable", explanation="分数表示的份额，句中未给出部分和整体"))
        else:
            exp, how = got
            out.append(result(f, agrees(f, exp, True), round(exp, 2), "%", how))
        at = text.rfind("占", around(text, f.start, f.start)[0], f.start)
        for i, r in enumerate(out):
            if r.status == "mismatch" and r.claim.end <= f.start and (
                    re.fullmatch(r"\s*的\s*", text[r.claim.end:f.start]) or (at >= 0 and at < r.claim.start)):
                out[i] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation="份额的整体（…的几分之几），按份额核对")
    return sorted(out, key=lambda r: r.claim.start)
