"""Numbers of a hypothetical state (round twelve): a recalculation asked for (`问：取水量换成 200 万m³
再算一次？答：…`), a condition (`如果…降到 400 kgce/t`, `若…`) or what a target needs (`要达到引领值 30%，
重复利用水量需增至约 16.29 万m³`). Their numbers differ from the factory's stored values by design:
a mismatch against a profile value (an input, an indicator computed from the inputs, a score of the
profile's scheme) is no error there and is left unverifiable. Everything else stays judged: the
sentence's own arithmetic (worked.py, arith.py), the scheme's lead and base values and points, and the
standard's constants hold in any state.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .lexicon import Lexicon
from .sentences import around

# what turns the state into another one: a value substituted, a condition, a recalculation
_CHANGE = (r"换成|换为|改成|改为|改用|变成|变为|调到|调整为|调成|降到|降至|降低到|减到|减少到|减至|提高到|提高至|提升到|"
           r"提升至|升到|升至|增至|增加到|增到|加上|加到|去掉|扣掉|不计|按零|如果|假如|假设|假定|倘若|要是|若|再算|重算|重新算")
_CUE = re.compile(_CHANGE)
_IF = re.compile(r"如果|假如|假设|假定|倘若|要是|若(?![干])")
# a target and what it needs: '要达到引领值 30%，…需增至…', '补齐到 8 项即可…'
_TARGET = re.compile(r"要达到|达到|提高到|提高至|提升到|提升至|降到|降至|补齐到|补到|增至")
_NEED = re.compile(r"需要?|须|至少要|才能|就要|得要")
_TURN = re.compile(r"(?:^|\n|(?<=[。？?！!）)]))\s*(?:追问|再问|问|Q|答|A)\s*[：:]")


def _turns(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_question) of each 问/答 turn of a dialogue."""
    marks = list(_TURN.finditer(text))
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        word = m.group().strip().rstrip("：:").strip()
        out.append((m.end(), end, word not in ("答", "A")))
    return out


def scopes(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that speak of a hypothetical state."""
    out: list[tuple[int, int]] = []
    turns = _turns(text)
    for k, (s, e, question) in enumerate(turns):
        if not question or not (cue := _CUE.search(text, s, e)):
            continue
        out.append((cue.start(), e))  # '从 3000 万kWh 换成 8000 万kWh': the value before the cue is today's
        for s2, e2, q2 in turns[k + 1:]:
            if q2:
                break
            out.append((s2, e2))
    for m in _IF.finditer(text):
        out.append((m.start(), around(text, m.start(), m.end())[1]))
    for m in _TARGET.finditer(text):
        s1 = around(text, m.start(), m.end())[1]
        if need := _NEED.search(text, m.end(), s1):
            out.append((need.start(), s1))
    return out


def _profile_ids(lex: Lexicon) -> set[str]:
    """Subjects whose value is the factory's present state: inputs, indicators and scheme scores."""
    return {s.id for subs in lex.terms.values() for s in subs if not s.constant and s.role in ("value", "score")}


def recheck(text: str, results: list[CheckResult], lex: Lexicon) -> list[CheckResult]:
    """`results` with each mismatch against the factory's present state inside a hypothetical span
    made unverifiable."""
    spans = scopes(text)
    if not spans:
        return results
    ids = _profile_ids(lex)
    out = []
    for r in results:
        if r.status == "mismatch" and r.claim.subject in ids and any(
                s <= r.claim.start and r.claim.end <= e for s, e in spans):
            r = CheckResult(claim=r.claim, status="unverifiable",
                            explanation="假设情形（换成…再算、如果…、要达到…需…）下的数，与画像的现值不同属正常，不与其比较")
        out.append(r)
    return out
