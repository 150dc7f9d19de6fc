"""Linking rules on top of the nearest-name rule of checker._link.

- Anaphora: '包括绿色设计和产品碳足迹两项，前者8分，后者10分': 前者 / 后者 stand for the first / last
  name of the list joined by 和/与/、 before them.
- Containers: '设置专门的管理机构在绿色供应链管理战略中赋6分': a name inside 在…中 is the whole the
  subject belongs to, not the subject.
- Full-points thresholds: '满足6项及以上即得满分' states the 引领值, '低于X不得分' the 基准值.
- Factory sentences: when the text speaks of the factory ('电脑厂平台已具备10项'), a profile value
  outranks a standard constant named by the same word.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from . import vocab
from .compare import COUNTERS
from .errors import InputError
from .lexicon import Subject
from .units import parse_unit

Match = tuple[int, int, str]
ANAPHORA = ("前者", "后者")
_CONTAINER_AFTER = ("中", "里", "之中", "方面", "内", "项下")
_FULL = ("满分", "拿满", "得满", "全部分值", "满分值", "全分", "最高分")
_ZERO = ("得0分", "不得分", "得零分", "计0分", "为0分", "0分", "零分")
_COND = ("即", "就", "才", "便", "方", "可", "则", "时")
SUM_WORDS = ("合计", "共计", "总计", "小计", "之和", "总和", "加起来", "一共", "加总", "共")
_FROM = re.compile(r"(?:由|从)[^，,。；]{0,4}$")
_TO = re.compile(r"[^，,。；]{0,6}?(?:改为|调整为|变为|变更为|减为|增为|降为|增至|降至|减至|改成|缩减为|扩展为|合并为|整合为)")
_FACTORY = ("厂", "企业", "公司", "本单位", "我单位", "已具备", "已建成", "已实现", "已配备", "已披露", "实际", "现有", "目前",
            "你们", "我们", "贵单位", "具备")


def group(text: str, matches: list[Match], m: Match, s0: int) -> list[Match]:
    """The names joined to `m` by 和/与/、 before it ('生产洁净化、产品绿色化两类'), nearest first."""
    out: list[Match] = []
    cur = m
    conj = vocab.conjunctions()
    while True:
        prev = [p for p in matches if s0 <= p[0] and p[1] <= cur[0]]
        if not prev:
            return out
        p = max(prev, key=lambda x: x[1])
        gap = re.sub(r"(的|一级指标|二级指标|指标|\s)", "", text[p[1]:cur[0]])
        if gap not in conj:
            return out
        out.append(p)
        cur = p


def anaphor(text: str, matches: list[Match], s0: int, claim: Claim, claims: list[Claim]) -> Match | None:
    """The name 前者/后者 stands for, placed where the anaphor is (so it is the nearest name)."""
    pos, word = max((text.rfind(w, s0, claim.start), w) for w in ANAPHORA)
    if pos < 0 or any(c is not claim and pos <= c.start < claim.start for c in claims):
        return None
    prev = [m for m in matches if s0 <= m[0] and m[1] <= pos]
    if not prev:
        return None
    last = max(prev, key=lambda x: x[1])
    names = [*reversed(group(text, matches, last, s0)), last]
    if len(names) < 2:
        return None
    ref = names[0] if word == "前者" else names[-1]
    return pos, pos + len(word), ref[2]


def container(text: str, m: Match) -> bool:
    """'在绿色供应链管理战略中': the name is the whole a part belongs to."""
    return text[max(0, m[0] - 1):m[0]] in ("在", "于") and text[m[1]:m[1] + 2].startswith(_CONTAINER_AFTER)


def threshold_role(text: str, claim: Claim, s1: int) -> str | None:
    """'达到6项及以上即得满分' → 'lead'; '低于2项不得分' → 'base'; else None."""
    after = text[claim.end:min(s1, claim.end + 14)]
    cond = claim.comparator != "=" or after.lstrip("，, ").startswith(_COND)
    if not cond:
        return None
    if any(w in after for w in _FULL):
        return "lead"
    if any(w in after for w in _ZERO):
        return "base"
    return None


def factory(sentence: str) -> bool:
    """The sentence speaks of the factory itself (not of 绿色工厂 in general)."""
    s = sentence.replace("绿色工厂", "")
    return any(w in s for w in _FACTORY)


def total(parts: list[Subject]) -> Subject:
    """The sum of listed subjects ('A和B分值合计16分'), as one subject."""
    first = parts[0]
    names = "、".join(p.name for p in parts)
    value = sum(p.value for p in parts)
    return Subject(id="sum:" + "+".join(p.id for p in parts), name=f"{names}之和", role=first.role, value=value,
                   unit=first.unit, how=" + ".join(f"{p.value:g}" for p in parts) + f" = {value:g}（{first.reference}）",
                   reference=first.reference, confidence=first.confidence, constant=all(p.constant for p in parts))


def former_value(text: str, s0: int, claim: Claim) -> bool:
    """'由六个方面改为五类': the number before 改为 is the old value, not a claim about the standard."""
    return bool(_FROM.search(text[s0:claim.start]) and _TO.match(text, claim.end))


def apposition(text: str, m: Match, c: Claim) -> bool:
    """A count right after a name ('生产洁净化、产品绿色化两类', '三项的分值') describes the name."""
    return c.unit in COUNTERS and c.start - m[1] <= 3 and text[m[1]:c.start] in ("", "的", "这", "等", "共")


def _kind(unit: str) -> str:
    if unit in COUNTERS:
        return "count"
    if unit in ("分", "%", ""):
        return unit
    try:
        return repr(parse_unit(unit).dims)
    except InputError:
        return unit


def same_kind(a: str, b: str) -> bool:
    """Numbers of one kind: a number between a name and a later number of ANOTHER kind does not take
    the name from it ('绿色信息披露10分由五项内容构成': 五项 is still the 披露's count)."""
    if b == "分" and _kind(a) == "count":
        return True  # '平台满足4项功能…得3分': a score after a count is the count's linear score (linear.py)
    return not a or not b or _kind(a) == _kind(b)


_SEP = re.compile(r"\s*(?:、|，|,|和|及|与|以及)?\s*")


def value_run(text: str, claims: list[Claim], start: int, s1: int) -> list[Claim]:
    """The values right after '分别' joined by separators only ('分别为0.04和0.4 kgce/m³，后者是前者的10倍':
    the 10倍 is not a third value of the list)."""
    run: list[Claim] = []
    for c in (c for c in claims if start < c.start < s1):
        if run and not _SEP.fullmatch(text[run[-1].end:c.start]):
            break
        run.append(c)
    return run


# '碳足迹“部分符合”4分': a compliance level before the number scores it as 得 does
_SCORE_LEAD = re.compile(r"(得分|得了|得|计得|可得|拿到|拿|(?<![合共总小累统估])计|(?:部分|基本|不)?(?:符合|满足)[”\"」]?\s*[，,]?)"
                         r"(?:为|约为|约)?\s*$")


def score_lead(local: str, unit: str) -> bool:
    """'…引领值0.03，得分为5.71分': a score word right before the number leads it as a role word does."""
    return unit == "分" and bool(_SCORE_LEAD.search(local))


_EMISSION_HEAD = re.compile(r"排放(?:[^，,。；：:]{0,24}[：:]|中[，,])")
_EMISSION_TAIL = re.compile(r"[^。；;]*?(?:合计|共计|总计|[=＝])[^。；;\d]{0,8}[\d.,\s]+万?\s*tCO2")  # '…，C = 29 795.4 tCO2'
# '天然气排放 38 916 t、焦炭 42 900 t、柴油 2 480 t': a list opened by an emission is of emissions throughout
_EMISSION_RUN = re.compile(r"排放(?:量)?\s*(?:约)?\s*\d[\d\s.,]*\s*万?\s*(?:tCO2|t|吨)\s*、[^，,。；;：:]*$")
_MASS = ("t", "吨", "万t", "万吨", "kg", "千克", "tCO2", "万tCO2")


def emission_only(subs: list[Subject], between: str, term: str, head: str = "", unit: str = "",
                  tail: str = "") -> list[Subject]:
    """'天然气和柴油燃烧排放，合计约2.98万吨': after 排放 the number is an emission, not the fuel's amount;
    so is a mass in a list the sentence heads as emissions ('CO2排放29 795.4 t：…，天然气1 081 t，柴油62 t')
    or sums up as one ('…；天然气 1 081 t、柴油 62 t，合计 29 795.4 tCO2')."""
    listed = unit in _MASS and bool(_EMISSION_HEAD.search(head) or _EMISSION_TAIL.match(tail) or _EMISSION_RUN.search(head))
    if ("排放" not in between and not listed) or "排放" in term:
        return subs
    return [s for s in subs if s.co2 or "排放" in s.name or "碳" in s.name]


_COAL = re.compile(r"tce|kgce|标准煤|折标|综合能耗")
_CARBON = re.compile(r"排放|因子|CO2|碳")


def energy_row(subs: list[Subject], electricity: list[Subject], sentence: str) -> list[Subject]:
    """'外购电力 6 000 万 kWh 折 7 374 tce…综合能耗…': in a sentence on standard coal (GB/T 2589) 外购电力 is
    the energy table's electricity row; net of self-generated power it is the grid electricity of the
    carbon accounting (GB/T 32150), so only a sentence on emissions means that."""
    if not electricity or not any(s.id == "purchased_electricity" for s in subs):
        return subs
    if _COAL.search(sentence) and not _CARBON.search(sentence):
        return electricity
    return subs


def topic(text: str, m: Match, claim: Claim) -> bool:
    """'产品绿色化方面，碳足迹报告已完成，得8分': a name heading the sentence ('X方面，') is its topic; it
    names a number of its own clause only."""
    return text[m[1]:m[1] + 2] == "方面" and bool(re.search(r"[，,]", text[m[1]:claim.start]))


_LISTED = re.compile(r"^\s*(?:合计|共计|总计|加起来|相加|之和)[^，,。；\d]{0,4}$")


def listed_total(text: str, claims: list[Claim], claim: Claim, s0: int) -> bool:
    """'…，两项合计11分': the total of the items the text lists, not a name's points or a constant."""
    prev = [c for c in claims if c is not claim and s0 <= c.start and c.end <= claim.start]
    # '资源高效化类四项合计得 18.73 分' with no items written: the class's own score, linked by its name
    # 'A、B、C三类合计45%' with no values written for the names: the sum of the names' values (checker _summed)
    items = any(c.unit not in COUNTERS for c in prev[:-1]) or bool(re.search(r"[：:]", text[s0:claim.start]))
    return bool(prev) and prev[-1].unit in COUNTERS and bool(_LISTED.match(text[prev[-1].end:claim.start])) and items


# '实际72%，低于方案基准值80%，该项得0分': 5.2 gives 0 points below the base value (and a 定性 item
# not met gets none); such a 0 is a score, never the item's points.
_BELOW = re.compile(r"(?:低于|劣于|差于|未达到|达不到|没达到|不满足|未满足|不符合|未开展|没有)[^。；;]{0,24}$")


def zero_score(text: str, s0: int, claim: Claim) -> bool:
    """Whether `claim` is a score of 0 that the sentence explains by a value below the base (5.2)."""
    return claim.value == 0 and claim.unit == "分" and bool(_BELOW.search(text[s0:claim.start]))


def names_left_side(text: str, claims: list[Claim], m: Match, claim: Claim) -> bool:
    """Whether the name `m` stands before the left side of an equation whose result is `claim`
    ('柴油800 t × 3.10 = 2 480 t'); not when the name is the equation's own ('单位产品综合能耗 Eu =
    3 600 tce / 12万t = 0.03 tce/t'). A unit equivalence ('1 kWh = 3 600 kJ') keeps a name right
    before it ('标准煤热值按1 kgce = 29 307 kJ') and no farther one."""
    if re.match(r"\s*[A-Za-z]{0,3}\s*[=＝]", text[m[1]:claim.start]) and re.match(r"[^。；;\n]*[=＝]", text[claim.end:]):
        return True  # '二氧化碳排放总量 = 燃料燃烧 84 296 t（…）+ … = 330 320.6 t': the name is the chain's result's
    if not re.search(r"[=≈]\s*$", text[m[1]:claim.start]):
        return False
    left = [c for c in claims if c is not claim and m[1] <= c.start and c.end <= claim.start]
    if not left or "=" in text[m[1]:left[0].start]:
        return False
    last = left[-1]
    if len(left) == 1 and last.value == 1 and re.fullmatch(r"\s*[=≈]\s*", text[last.end:claim.start]):
        gap = text[m[1]:last.start]
        return len(gap) > 4 or bool(re.search(r"[，,；：:、]", gap))
    return True


_EACH = re.compile(r"(?:各|均|都|每项|每个|分别)\s*(?:为|是|得|计|占|有)?\s*$")


def each(between: str) -> bool:
    """'A和B合计多少分？答：各8分': a word right before the number says it is each one's value."""
    return bool(_EACH.search(between))


def counted_noun(text: str, matches: list[Match], claim: Claim) -> Match | None:
    """'四个阶段', '9 列': a count's noun right after it names what it counts, before any name farther back
    (whose clause may hold words such as 规划 that would read the count as a plan)."""
    if claim.unit not in COUNTERS:
        return None
    right = [m for m in matches if m[0] >= claim.end and text[claim.end:m[0]].strip() in ("", "的")]
    return min(right, key=lambda m: (m[0], -m[1])) if right else None


# an operand of a written expression: an operator or '(' before it, or an operator after it, also through
# brackets ('8×(2.0−1.6516)/(2.0−1.2)': 1.6516 and 1.2 are operands, not the score)
# a '-' is a minus between blanks on one line, not a list bullet opening the next line ('…25 分\n- 责任部门')
_OPERAND_BEFORE = re.compile(r"(?:[/+×÷*（(＋−]|[ \t\u00a0]-)[ \t\u00a0]*$")
# '燃料燃烧 84 296 t（天然气 38 916 t、…）+ 购入电力 …': a bracketed breakdown between an operand and its operator
_OPERAND_AFTER = re.compile(r"^\s*[)）]?\s*[/+×÷*＋−]|^[ \t\u00a0]*[)）]?[ \t\u00a0]-[ \t\u00a0]"
                            r"|^\s*[（(][^（）()=＝。；]{1,60}[)）]\s*[+＋]")


# '4.5 亿 kWh − 自发光伏 1200 万 kWh = …': a term labelled by a short word, in an equation
_LABELLED_TERM = re.compile(r"(?:[+＋−]|[ \t]-)[ \t]*[\u4e00-\u9fff]{1,6}[ \t]*$")


def operand(text: str, c: Claim, s0: int) -> bool:
    """Whether `c` is an operand of a written expression (not checked on its own)."""
    return bool(_OPERAND_BEFORE.search(text[max(s0, c.start - 2):c.start]) or _OPERAND_AFTER.search(text[c.end:c.end + 70])
                or (_LABELLED_TERM.search(text[max(s0, c.start - 10):c.start])
                    and re.match(r"[^，,；;。]*[=＝]", text[c.end:])))


def names_operand(text: str, claims: list[Claim], m: Match, claim: Claim, s0: int) -> bool:
    """'电网电量43 800万kWh × 因子0.5617': a name right before a factor of a product names that factor."""
    return any(c is not claim and m[1] <= c.start and c.end <= claim.start and operand(text, c, s0)
               and len(text[m[1]:c.start]) <= 4 and not re.search(r"[，,；：:、（）()=＝]", text[m[1]:c.start])
               and not re.search(r"[，,；：:、（）()]", text[m[1]:claim.start])
               for c in claims)


def list_item(text: str, claim: Claim) -> bool:
    """'电力1 000万kWh、天然气50万m³、柴油20 t，合计…': an item of a 、 list is its own quantity, never the list's
    subject written in a wrong unit (the inputs of the GB/T 2589 example were 'unit slips' of its total)."""
    after = text[claim.end:claim.end + 2].lstrip()
    start = max(text.rfind(b, 0, claim.start) for b in "，,。；;：:\n")
    return after.startswith("、") or "、" in text[start + 1:claim.start]
