"""Links too weak to call a number wrong (round eight, false alarms first): a number that disagrees
with the subject it was linked to is reported `unverifiable` with the reason instead of a mismatch
(one that agrees stays verified). Each guard names what the wording says the number is, which is
not the subject it was linked to.

- a product's capacity: '台式机产能 150 万台', '产能 22 万 t，产量 20 万 t' is no factory total N (B.24)
  unless the sentence says the whole (全厂, 合计, 折合…); only the total is in the data;
- a constant per 1 kgce (1 kWh, 1 kg) in a sentence on 1 tce (1 MWh, 1 t): '1 tce…对应热量 29 307 MJ' is right;
- a label: '附件1 绿色工厂' numbers an attachment, it counts nothing; a bare number under 分值 is no count;
- a count of a part: '前四个方面各 20 分', '后面三条', '其中 3 项', '完成三项' is not the whole's count;
- a value of each item: '绿色生产两项各 10 分' is one item's, not the whole's points;
- a member of a list of three or more values ('分值 4、3、3、3、3、4 分'): without 分别/依次 pairing it is no
  single value of the name before the list, and a bare member is not of another kind than the list's unit;
- a score: '按线性比例法得 0 分', '得分：A 6 分、B 2.04 分' is what was earned, not the item's points
  (a score above the points stays a mismatch: no item earns more than its points).

Round nine:
- a role the clause states: '实际 20%' is no 引领值, '基准 0.8' no 引领值 (nor 引领 a 基准值);
- two roles then two values: '引领值、基准值…：8 项和 0 项' pairs in order, not both with one role;
- a total after parts: '定量 11 项，定性 3 项，合计 14 项' is their sum, not the last part's count;
- a premise a quiz judges wrong: '判断：…是 6 分。答：说法错误，应为 4 分' (the 4 is checked);
- a count of items sharing a value with nothing named in its clause: '20 分，四项各 5 分';
- a score whose own clause names another item: 'A 得 4 分，碳足迹得 8 分' is not A's second score.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from . import guards10, guards11, guards12
from .compare import COUNTERS
from .guards10 import bare_swap as bare_swap  # checker.py calls it with the mismatch
from .lexicon import Subject

# thresholds ('满足12项以上', '达到6项') are not parts: they state the constant itself
_PART_COUNT = re.compile(r"(?:前|后|后面|其中|其余|完成了?)\s*$")
# one name, its count, then 各: '绿色生产两项各 10 分' (not 'A、B两类各占15%': there the names are the items)
_EACH = re.compile(r"(?:^|[，,；;：:])[^、，,；;：:和与及]*?[一二两三四五六七八九十\d]+\s*(?:项|个|类|条|方面)"
                   r"[^，,。；;\d、]{0,6}(?:各|均)(?:为|是|占|计)?\s*$")
_WHOLE = re.compile(r"全厂|总|合计|折合|代表产品|标准产品|共")
_LABEL = re.compile(r"(?:附件|附表|序号|编号|No\.?)\s*$")
_SCORE_BEFORE = re.compile(r"(?<![可能即才就只])得(?:到)?\s*$")  # '可得6分' states the points
_SCORE_HEAD = re.compile(r"得分\s*[：:]")


def _run(text: str, claims: list[Claim], claim: Claim) -> list[Claim]:
    """The run of numbers joined by 、 (or a last 和/及) that `claim` belongs to."""
    k = claims.index(claim)
    lo = hi = k
    while lo > 0 and _JOIN.match(text[claims[lo - 1].end:claims[lo].start]):
        lo -= 1
    while hi + 1 < len(claims) and _JOIN.match(text[claims[hi].end:claims[hi + 1].start]):
        hi += 1
    return claims[lo:hi + 1]


_JOIN = re.compile(r"^\s*(?:[、]|和|及|与)\s*$")
_PAIRED = re.compile(r"分别|依次|各为")


_CLAUSE = re.compile(r"[，,；;。：:？?！!\n]")
_STATED = (("actual", re.compile(r"实际值?|现状值?|本厂|我厂|该厂|目前")), ("lead", re.compile(r"引领值?|先进值|标杆值")),
           ("base", re.compile(r"基准值?|基础值")))
_TWO_ROLES = re.compile(r"(引领值?|基准值?|权重|分值)\s*(?:[、和与及]|以及)\s*(引领值?|基准值?|权重|分值)")
_TOTAL_WORD = re.compile(r"(?:合计|共计|总计|一共|总共|加起来|共)\s*(?:为|是|有)?\s*$")
_JUDGED_WRONG = re.compile(r"(?:答|解析)[^。]{0,6}?(?:说法)?(?:错误|不对|不正确|有误|错)|[×✗]")


def _stated_role(clause: str) -> str:
    """The role the last role word of a clause states ('' when none)."""
    found = [(m.start(), role) for role, rx in _STATED for m in rx.finditer(clause)]
    return max(found)[1] if found else ""


def _round_nine(text: str, s0: int, claim: Claim, subj: Subject, claims: list[Claim]) -> str:
    head = text[s0:claim.start]
    clause = _CLAUSE.split(head)[-1]
    stated = _stated_role(clause)
    if stated and subj.role in ("lead", "base") and stated != subj.role:
        return "文中说明这是" + {"actual": "实际值", "lead": "引领值", "base": "基准值"}[stated] + "，不是所关联的" + (
            "引领值" if subj.role == "lead" else "基准值")
    run = _run(text, claims, claim) if claim in claims else [claim]
    if len(run) == 2 and _TWO_ROLES.search(text[s0:run[0].start]) and not _PAIRED.search(text[s0:run[0].start]):
        return "两个名称对两个数，按顺序对应，不单独核对"
    before = [c for c in claims if c is not claim and s0 <= c.start and c.end <= claim.start and c.unit == claim.unit]
    # only a bare total ('，合计 14 项'): '产品绿色化合计 16 分' names its whole, which is checked
    if before and (t := _TOTAL_WORD.search(clause)) and not clause[:t.start()].strip() and not re.search(r"合计|总|共", subj.name):
        return "前文各项的合计，不是某一项的值"
    q = text.rfind("判断", 0, claim.start)
    a = text.find("答", claim.end)
    if q >= 0 and a > 0 and "答" not in text[q:claim.start] and _JUDGED_WRONG.search(text[a:a + 20]):
        return "判断题中被判为错误的说法（更正后的数值另行核对）"
    core = subj.name.removesuffix("得分")
    if subj.role == "score" and core and (p := head.rfind(core)) >= 0 and any(
            c is not claim and p < c.start and c.end <= claim.start and c.unit == claim.unit for c in claims) \
            and re.match(r"\s*(?!该|这|此|其|本项|得|计|按|约|共|合|可|实|最|满)[\u4e00-\u9fff]{2,}", clause):
        return "分句点名了另一项（" + clause.strip()[:8] + "），不是前文“" + core + "”的得分"
    if claim.unit in COUNTERS and subj.constant and not clause.strip() and re.match(r"\s*(?:各|均)", text[claim.end:claim.end + 3]):
        return "各项同值的项数，分句中未点名所计之物"
    return ""


def weak_link(text: str, s0: int, claim: Claim, subj: Subject, claims: list[Claim]) -> str:
    """Why the link of `claim` to `subj` is too weak to judge ('' when it is not)."""
    if why := (_round_nine(text, s0, claim, subj, claims) or guards10.weak(text, s0, claim, subj, claims)
               or guards11.weak(text, s0, claim, subj) or guards12.weak(text, s0, claim, subj, claims)):
        return why
    head = text[s0:claim.start]
    if subj.id.startswith("capacity") and (re.search(r"产量|产值|分别", re.split(r"[；;。，,]", head)[-1]) or (
            "Σ" in subj.how and not _WHOLE.search(head))):
        return "某一产品的产能或产量，不是折合代表产品的全厂产能"
    base = re.search(r"1\s*(kgce|kWh|kg)(?![A-Za-z])", subj.name)
    if base and re.search(r"(?<![\d.])1\s*" + {"kgce": "tce", "kWh": "MWh", "kg": "t"}[base.group(1)] + r"(?![A-Za-z])", head):
        return "文中的基准是 1 " + {"kgce": "tce", "kWh": "MWh", "kg": "t"}[base.group(1)] + f"，常量按 1 {base.group(1)}"
    run = _run(text, claims, claim) if claim in claims else [claim]
    if len(run) >= 3:
        unit = run[-1].unit
        if not claim.unit and unit and subj.unit != unit:
            return "列举中的一项，单位随列举末尾（" + unit + "）"
        if not _PAIRED.search(text[s0:run[0].start]):
            return "列举中的一项，未逐项对应名称"
    if subj.unit in COUNTERS and _LABEL.search(head):
        return "编号（附件1、序号2…），不是数量"
    if not claim.unit and subj.unit in COUNTERS:
        if re.search(r"分值|权重|得分|满分", re.split(r"[；;。]", head)[-1]):
            return "分值或得分，不是项数"
        if "|" in text[text.rfind("\n", 0, claim.start) + 1:claim.start]:
            return "表格中的数，按表头核对（tables.py）"  # '| 绿色信息披露 | 10 |' under 分值
    if claim.unit in COUNTERS and subj.constant and _PART_COUNT.search(head):
        return "部分的计数（前/后/其中/完成…），不是总数"
    if subj.constant and _EACH.search(head):
        return "各项的值（…各/均…），不是合计"
    if subj.role == "points" and claim.value <= subj.value:
        clause = re.split(r"[；;。]", head)[-1]
        if _SCORE_BEFORE.search(head) or (_SCORE_HEAD.search(clause) and "分值" not in clause.split("得分")[-1]):
            return "得分（实得），不是该项分值"
    return ""
