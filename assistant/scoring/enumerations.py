"""A stated count against the enumeration it is bound to (round thirteen a): '重点行业有十个，钢铁、有色、…'
lists eleven, '分四部分：一、…；二、…；三、…' three, 'A、B、C、D、E（4 项）' five, '4 项（A、B、C）' three.

The count and its list must be adjacent: the list right after the count ('N个，A、B、C。', 'N项X：A；B；C。',
'N项（A、B、C）') or right before it ('A、B、C三项支撑', 'A、B、C（3 项）'). A list that says it is partial
(等, 如, 例如, 包括但不限于, 其中, 主要有, 之一, …) or whose items hold digits, brackets or markers of another
list is not read. Where the last item may join two ('A、B和C'), either reading agreeing is enough: an
ambiguous list never refutes a count. Only a count the checker left unverifiable (or did not read) is judged.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .errors import InputError
from .units import cn_to_number

_CN = "一二两三四五六七八九十"
_CLASSIFIER = r"(?:项|个|类|大类|部分|方面|种|条|级)"
COUNT = re.compile(rf"(?<![\d.{_CN}、第前后每各近约])(\d{{1,2}}|[{_CN}]{{1,3}})\s*({_CLASSIFIER})")
_PARTIAL = re.compile(r"等|…|\.\.\.|如下?[：:]?$|^如|例如|比如|诸如|包括但不限于|不限于|其中|主要有|主要包括|之一|部分是|若干|以上|以下|至少|不少于|超过|多于|或")
_MARKER = re.compile(r"(?:^|[：:；;。\s])\s*(?:([一二三四五六七八九十]{1,2})、|[（(](\d{1,2}|[一二三四五六七八九十]{1,2})[）)]|(\d{1,2})[.、）)](?!\d))")
_ITEM_BAD = re.compile(r"[\d（）()“”《》\[\]【】|=＝×÷+]")
_JOIN = re.compile(r"以及|和|及|与")
_LEAD = re.compile(r".*(?:包括|包含|涵盖|分为|分成|即|有|为|是|由|：|:)")


def _value(num: str) -> int | None:
    try:
        v = int(num) if num.isdigit() else cn_to_number(num)
    except InputError:  # an unreadable numeral is no count
        return None
    return int(v) if v == int(v) and 1 <= v <= 30 else None


def _readings(items: list[str]) -> set[int] | None:
    """Possible item counts of a 、-separated list, or None when it is no plain list of names."""
    items = [i.strip() for i in items]
    # a long item or one holding a count of its own is a clause, not a name ('在规划、建设、运行三个阶段实现')
    if len(items) < 2 or any(not i or len(i) > 12 or _ITEM_BAD.search(i) or COUNT.search(i) for i in items):
        return None
    if any(re.fullmatch(rf"[{_CN}]+", i) for i in items):  # '一、二级指标': numerals, not names
        return None
    n = len(items)
    last = _JOIN.split(items[-1])
    return {n, n + len(last) - 1} if all(p.strip() for p in last) else {n}


def _after(tail: str) -> set[int] | None:
    """Counts of a list that follows its count: tail is the text right after the count's classifier."""
    m = re.match(r"([^，,：:；;。（(\n]{0,8}?)\s*([：:，,])\s*", tail)
    if m is None:
        return None
    body = tail[m.end():]
    body = re.split(r"[。\n]", body, maxsplit=1)[0]
    if m.group(2) in "：:":
        marks = [x for x in _MARKER.finditer(body)]
        if len(marks) >= 2:
            nums = [_value(next(g for g in x.groups() if g)) for x in marks]
            if nums[0] == 1 and nums == list(range(1, len(nums) + 1)):
                return {len(nums)}
            return None
        parts = re.split(r"[；;]", body)
        if len(parts) >= 2 and all(0 < len(p.strip()) <= 30 and not _ITEM_BAD.search(p) for p in parts):
            return {len(parts)} if not _PARTIAL.search(body) else None
    body = re.split(r"[；;，,]", body, maxsplit=1)[0]
    if _LEAD.match(body.split("、")[0]):  # '…，最末级指标分为A、B…': the list of a clause of its own
        return None
    if _PARTIAL.search(body) or body.count("、") < (1 if m.group(2) in "：:" else 2):
        return None
    return _readings(body.split("、"))


def _paren_after(tail: str) -> set[int] | None:
    m = re.match(r"\s*[（(]([^（）()]{3,80})[）)]", tail)
    if m is None or _PARTIAL.search(m.group(1)) or "、" not in m.group(1):
        return None
    return _readings(m.group(1).split("、"))


def _before(head: str) -> set[int] | None:
    """Counts of a list that ends right before its count ('A、B、C三项', 'A、B、C（3 项）')."""
    head = re.sub(r"\s*[（(]\s*(?:共\s*)?$", "", head.rstrip())
    head = re.sub(r"\s*共$", "", head)
    run = re.split(r"[，,。；;：:（(\n|]", head)[-1]
    if run.count("、") < 1 or _PARTIAL.search(run):
        return None
    items = run.split("、")
    items[0] = _LEAD.sub("", items[0]) or items[0]
    return _readings(items)


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each count that disagrees with its adjacent enumeration marked a mismatch."""
    out = list(results)
    for m in COUNT.finditer(text):
        n = _value(m.group(1))
        if n is None or n < 2 or (m.group(2) == "级" and text.startswith("指标", m.end())):
            continue  # '一级指标', '二级指标': a level's name, not a count
        s, e = m.start(), m.end()
        at = [i for i, r in enumerate(out) if r.claim.start < e and s < r.claim.end]
        if any(out[i].status != "unverifiable" for i in at):
            continue
        head, tail = text[max(0, s - 120):s], text[e:e + 300]
        if re.search(r"(?:得|扣|加|计|满分|分值)\s*$", head):
            continue
        readings = [r for r in (_after(tail), _paren_after(tail), _before(head)) if r]
        if not readings or any(n in r for r in readings):
            continue
        expected = min(readings[0])
        claim = out[at[0]].claim if at else Claim(text=text[s:e], start=s, end=e, value=float(n), unit=m.group(2))
        res = CheckResult(claim=claim, status="mismatch", expected=float(expected), expected_unit=m.group(2),
                          reference="文中列举",
                          explanation=f"文中所列为 {expected} {m.group(2)}，与所述 {text[s:e]} 不符（逐项计数）。")
        if at:
            out[at[0]] = res
        else:
            out.append(res)
    return sorted(out, key=lambda r: r.claim.start)
