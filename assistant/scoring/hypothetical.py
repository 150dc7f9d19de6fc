"""Numbers of a hypothetical state (round twelve): a recalculation asked for (`问：取水量换成 200 万m³
再算一次？答：…`), a condition (`如果…降到 400 kgce/t`, `若…`, `假如…呢？`) or what a target needs
(`要达到引领值 30%，重复利用水量需增至约 16.29 万m³`). Their numbers differ from the factory's stored values
by design: a mismatch against a profile value (an input, an indicator computed from the inputs, a score of
the profile's scheme) is no error there. With one substituted input or a target the state is recomputed
from the profile (recalc.py) and the number checked against that; otherwise it is left unverifiable.
Everything else stays judged: the sentence's own arithmetic (worked.py, rerun on the reopened numbers),
the scheme's lead and base values and points, and the standard's constants hold in any state. The same
holds, without recomputation, for another factory (an example `例：某厂…`, `同行先进企业`, `行业平均`), a
sentence's own recalculation (`按…重算`) and a clause of another year than the profile's evaluation year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.types import CheckResult, Claim

from . import recalc, worked
from .lexicon import Lexicon, Subject
from .profile import FactoryProfile
from .sentences import around
from .units import compatible, convert

# what turns the state into another one: a value substituted, a condition, a recalculation
_CHANGE = (r"换成|换为|改成|改为|改用|变成|变为|调到|调整为|调成|降到|降至|降低到|减到|减少到|减至|提高到|提高至|提升到|"
           r"提升至|升到|升至|增至|增加到|增到|加上|加到|去掉|扣掉|不计|按零|如果|假如|假设|假定|倘若|要是|若|再算|重算|重新算|"
           r"再增加|增加|减少|再买|多买|少买|再加|再投|多投|少用|降低|提高|提升|要让|要使|想让|为使|若要|翻倍|减半")
# a question changes the state only with a number after its cue ('增加 1000 万kWh'), not 'how to raise…'
# '问：碳足迹报告评为“符合”后呢？': a state after a change the question describes in words
_THEN_WHAT = re.compile(r"(?:之后|以后|后|的话)呢\s*[？?]")
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]")
_CUE = re.compile(_CHANGE)
# an example or another factory: '例：某厂…', '同行先进企业…', '行业平均…', '供应商 A 的…'
_EXAMPLE = re.compile(r"某(?:厂|企业|工厂|公司|铜厂|电脑厂)|(?:比如|例如|举例|举个例子)[，,：:\s]|(?:^|[。\n])\s*例\s*[：:]"
                      r"|同行|同业|标杆企业|先进企业|行业平均|行业先进|竞争对手|兄弟单位|其他企业|供应商\s*[A-Z甲乙丙]")
# a recalculation the sentence itself makes: '按 2023 年因子 0.5306 重算，…'
# (or an estimate on a stated value: '按 2022 年因子 0.5366 测算，外购电排放为…' is a what-if, recomputed from the profile)
_REDO = re.compile(r"重算|重新计算|改用|换用|改按|按[^，,。；;]{0,16}\d[^，,。；;]{0,6}(?:测算|估算|试算)")
_IF = re.compile(r"如果|假如|假设|假定|倘若|要是|若(?![干])")
# a target and what it needs: '要达到引领值 30%，…需增至…', '补齐到 8 项即可…'
_TARGET = re.compile(r"要达到|达到|提高到|提高至|提升到|提升至|降到|降至|补齐到|补到|增至")
_NEED = re.compile(r"需要?|须|至少要|才能|就要|得要")
# the turns of a dialogue: 问/答 and Q/A, and the speakers of a chat transcript ('用户：…换成 2023 年的因子再算
#一次。\n助手：…'), the asking side first
_ASKING = ("追问", "再问", "问", "Q", "用户", "客户", "学员", "提问")
_ANSWERING = ("答", "A", "助手", "顾问", "讲师", "老师", "回答", "AI")
_TURN = re.compile(rf"(?:^|\n|(?<=[。？?！!）)]))\s*(?:{'|'.join(_ASKING + _ANSWERING)})\s*[：:]")


def _turns(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_question) of each 问/答 turn of a dialogue."""
    marks = list(_TURN.finditer(text))
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        word = m.group().strip().rstrip("：:").strip()
        out.append((m.end(), end, word not in _ANSWERING))
    return out


@dataclass
class State:
    """A hypothetical state: where it is given (the substitution or the target) and where it is spoken of."""
    given: tuple[int, int]
    spans: list[tuple[int, int]]
    target: bool = False
    example: bool = False  # another (example) factory: nothing of the profile is recomputed for it


def states(text: str) -> list[State]:
    """The hypothetical states of `text`."""
    out: list[State] = []
    turns = _turns(text)
    for k, (s, e, question) in enumerate(turns):
        if not question:
            continue
        cue = _CUE.search(text, s, e)
        if (cue is None or not (_NUMBER.search(text, cue.end(), e) or _IF.fullmatch(cue.group()))) and not (
                cue := _THEN_WHAT.search(text, s, e)):
            continue  # a condition ('假如柴油用量翻倍呢？') needs no number; a change verb does
        # '从 3000 万kWh 换成 8000 万kWh': the value before the cue is today's
        spans = [(cue.start(), e)]
        for s2, e2, q2 in turns[k + 1:]:
            if q2:
                break
            spans.append((s2, e2))
        out.append(State((cue.start(), e), spans))
    for m in _IF.finditer(text):
        s1 = around(text, m.start(), m.end())[1]
        comma = min([i for b in "，," if (i := text.find(b, m.end(), s1)) >= 0] or [s1])
        out.append(State((m.start(), comma), [(m.start(), s1)]))
    for m in _EXAMPLE.finditer(text):  # '例：某厂综合能耗 5 万 tce…', '比如某厂取水 100 万 m³…'
        s0, s1 = around(text, m.start(), m.end())
        out.append(State((m.start(), m.start()), [(m.start(), s1)], example=True))
        if (k := next((k for k, t in enumerate(turns) if t[0] <= m.start() < t[1] and t[2]), None)) is not None:
            answers = [(a, b) for a, b, q in turns[k + 1:k + 2] if not q]  # '问：行业平均…多少？答：…'
            out.append(State((m.start(), m.start()), answers, example=True))
    for m in _REDO.finditer(text):
        s0, s1 = around(text, m.start(), m.end())
        out.append(State((s0, m.end()), [(s0, s1)]))
    for m in _TARGET.finditer(text):
        s0, s1 = around(text, m.start(), m.end())
        if need := _NEED.search(text, m.end(), s1):  # the indicator is named before its target word
            out.append(State((s0, need.start()), [(m.start(), s1)], target=True))  # the goal is no present value
    return out


def scopes(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that speak of a hypothetical state."""
    return [sp for st in states(text) for sp in st.spans]


def _profile_ids(lex: Lexicon) -> dict[str, Subject]:
    """Subjects whose value is the factory's present state: inputs, indicators and scheme scores."""
    return {s.id: s for subs in lex.terms.values() for s in subs if not s.constant and s.role in ("value", "score")}


def _inside(r: CheckResult, spans: list[tuple[int, int]]) -> bool:
    return any(s <= r.claim.start and r.claim.end <= e for s, e in spans)


def _substitutions(text: str, st: State, results: list[CheckResult], lex: Lexicon,
                   ids: dict[str, Subject]) -> list[tuple[Subject, Claim]]:
    """The present values `st` changes: a number of the given span linked to one (a mismatch), or led by
    its name ('如果取水量降到 192 万m³', where 降到 kept the number from being linked)."""
    out = []
    for r in results:
        c = r.claim
        if not _inside(r, [st.given]) or not c.unit or c.comparator != "=":
            continue
        if r.status == "mismatch" and c.subject in ids and ids[c.subject].role == "value":
            out.append((ids[c.subject], c))
            continue
        if r.status != "unverifiable":
            continue
        names = [m for m in lex.finditer(text[st.given[0]:c.start])]
        for _, _, term in reversed(names[-1:]):
            subs = [s for s in lex.terms[term] if s.id in ids and s.role == "value" and compatible(s.unit, c.unit, water=s.water)]
            if len(subs) == 1 and not math.isclose(convert(c.value, c.unit, subs[0].unit, water=subs[0].water), subs[0].value,
                                                   rel_tol=1e-6):
                out.append((subs[0], c))
    return out


def _recomputed(text: str, st: State, results: list[CheckResult], lex: Lexicon, ids: dict[str, Subject],
                profile: FactoryProfile) -> dict[str, Subject]:
    """The subjects of `st` recomputed: after its one substitution, or the input its target needs."""
    if not st.target:
        subs = _substitutions(text, st, results, lex, ids)
        if len(subs) != 1:
            return {}
        (old, c), = subs
        return recalc.substituted(profile, old, c.value, c.unit)
    goals = [r for r in results if _inside(r, [st.given]) and r.claim.unit]
    named = {s.id: s for _, _, t in lex.finditer(text[st.given[0]:st.given[1]]) for s in lex.terms[t] if s.id in ids}
    out: dict[str, Subject] = {}
    for r in results:
        if not (_inside(r, st.spans) and r.status == "mismatch" and r.claim.subject in ids):
            continue
        for target in named.values():
            goal = [g.claim for g in goals if compatible(target.unit, g.claim.unit)]
            if len(goal) == 1 and (need := recalc.needed(profile, target, convert(goal[0].value, goal[0].unit, target.unit),
                                                         ids[r.claim.subject or ""])):
                out[need.id] = need
                break
    return out


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!度?(?:排放)?报告)")


def _other_year(text: str, r: CheckResult, year: int) -> bool:
    """'2021 年单位产品综合能耗 480 kgce/t，2022 年降至…': the clause's own year is not the evaluation year."""
    c0 = max(text.rfind(b, 0, r.claim.start) for b in "，,；;。\n") + 1
    years = [int(y) for y in _YEAR.findall(text, c0, r.claim.start)]
    return bool(years) and years[-1] != year


def recheck(text: str, results: list[CheckResult], lex: Lexicon, profile: FactoryProfile | None = None) -> list[CheckResult]:
    """`results` with each mismatch against the factory's present state inside a hypothetical span
    checked against the recomputed state when the profile allows it, else made unverifiable."""
    found = states(text)
    if not found and (profile is None or not _YEAR.search(text)):
        return results
    ids = _profile_ids(lex)
    out = list(results)
    reopened: set[int] = set()
    for st in found:
        new = _recomputed(text, st, results, lex, ids, profile) if profile is not None and not st.example else {}
        for i, r in enumerate(out):
            if r.status not in ("mismatch", "verified") or r.claim.subject not in ids or not _inside(r, st.spans):
                continue
            if (subj := new.get(r.claim.subject or "")) is not None and not _inside(r, [st.given]):
                out[i] = recalc.judged(r, subj, "假设情形，按重算值核对：")
            elif r.status == "mismatch":
                if not st.target and not _inside(r, [st.given]):
                    reopened.add(i)
                out[i] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation="假设情形（换成…再算、如果…、要达到…需…）下的数，与画像的现值不同属正常，不与其比较")
    if profile is not None:
        for i, r in enumerate(out):
            if r.status == "mismatch" and r.claim.subject in ids and _other_year(text, r, profile.basics.year):
                out[i] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation="其他年份的企业数据，不与评价年的画像数据比较")
    # a number of a substituted state no longer compared with the present: its own sentence's arithmetic
    # still holds ('假设外购电力减少到 4 亿kWh，按 0.5617 计，间接排放约 22.47 万tCO2'); not a target's goal
    if not reopened:
        return out
    again = worked.recheck(text, [r.claim for r in out], out)
    return [again[i] if i in reopened else r for i, r in enumerate(out)]
