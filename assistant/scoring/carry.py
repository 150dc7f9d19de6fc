"""A question's subject carried into its answer (round fourteen).

`问：第 2 章列了几项规范性引用文件？答：12 项，…`, `Q：…一共几项指标？A：14 项`, `客户：…多少分？顾问：6 分。`,
a flashcard's `正面：…？背面：…`: an answer that opens on a bare number names no subject of its own, so
the number is put where the question's interrogative stands (`几项` → `12 项`, `多少` → `6 分`) and the
completed question is checked as a statement; the answer's number takes that verdict. Only numbers
still open (`unverifiable`) change. Guards: a hypothetical question (如果, 假设, 换成 …: its numbers
are another state's, hypothetical.py), a question that itself states a number judged wrong
(对吗 after a number: the answer corrects it), and an answer that opens with a denial (不, 不对, 错), a number that opens a calculation (`6×…`, `1 kgce = …`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from assistant.types import CheckResult

# question / answer turn markers of FAQs, chats and flashcards
_ASKS = r"问|Q|客户|用户|学员|提问|正面|Front"
_REPLIES = r"答|A|顾问|助手|老师|回答|背面|Back"
_TURN = re.compile(rf"(?:^|(?<=[\n。？?！!]))\s*(?:({_ASKS})|({_REPLIES}))\s*[：:]", re.MULTILINE)
# the interrogative the answer's number fills, with the counter or unit it asks in
_WH = re.compile(r"(?:几|多少)\s*(项|个|类|条|章|节|级|种|次|年|分|部分|方面|%)?")
_HYPO = re.compile(r"如果|假如|假设|若|换成|改成|要是|的话|再算|达到.{0,8}需")
_CONFIRM = re.compile(r"对吗|是吗|对不对|是不是|对么|吗$")
_DENIAL = re.compile(r"^\s*(?:不|否|错|不对|不是|没有)")
# the number is the whole answer of its clause, not the first term of a calculation ('6×(90－80)…', '1 kgce = …')
_ALONE = re.compile(r"\s*(?:$|[，,。；;！!\n（(]|左右)")
_OPEN = re.compile(r"^\s*(?:共|一共|总共|合计|是|为|有|约|大约|应为|应是)?\s*$")


def _turns(text: str) -> list[tuple[int, int, bool]]:
    """(start of content, end, is_question) of each marked turn."""
    ms = list(_TURN.finditer(text))
    return [(m.end(), ms[k + 1].start() if k + 1 < len(ms) else len(text), m.group(1) is not None)
            for k, m in enumerate(ms)]


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    """`results` with each open bare-number answer judged in its question's place."""
    if "：" not in text and ":" not in text:
        return results
    out = list(results)
    turns = _turns(text)
    for (qs, qe, is_q), (as_, ae, is_a) in itertools.pairwise(turns):
        if not is_q or is_a:
            continue
        question = text[qs:qe].strip()
        question = re.sub(r"[？?]\s*$", "", question)
        wh = list(_WH.finditer(question))
        if len(wh) != 1 or _HYPO.search(question) or _CONFIRM.search(question) or _DENIAL.match(text[as_:ae]):
            continue
        firsts = sorted((k for k, r in enumerate(out) if as_ <= r.claim.start < ae), key=lambda k: out[k].claim.start)
        if not firsts:
            continue
        k = firsts[0]
        r = out[k]
        if (r.status != "unverifiable" or not _OPEN.match(text[as_:r.claim.start])
                or not _ALONE.match(text, r.claim.end)):
            continue
        w = wh[0]
        number = r.claim.text
        if w.group(1) and not number.rstrip().endswith(w.group(1)):
            if r.claim.unit:
                continue  # '几项？答：3 个': a unit other than the one asked
            number += " " + w.group(1)  # '几项？答：12' reads '12 项'
        body = question[:w.start()] + number + question[w.end():] + "。"
        got = [x for x in alone(body) if x.claim.start == w.start() and x.status != "unverifiable"]
        if len(got) == 1:
            g = got[0]
            out[k] = g.model_copy(update={"claim": r.claim.model_copy(update={"subject": g.claim.subject}),
                                          "explanation": "答案代入问题核对：" + g.explanation})
    return out
