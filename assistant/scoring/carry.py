"""A question's subject carried into its answer (round fourteen).

`问：第 2 章列了几项规范性引用文件？答：12 项，…`, `Q：…一共几项指标？A：14 项`, `客户：…多少分？顾问：6 分。`,
a flashcard's `正面：…？背面：…`: an answer that opens on a bare number names no subject of its own, so
the number is put where the question's interrogative stands (`几项` → `12 项`, `多少` → `6 分`) and the
completed question is checked as a statement; the answer's number takes that verdict. Only numbers
still open (`unverifiable`) change. Guards: a hypothetical question (hypothetical.py's change cues: its
numbers are another state's), a confirmation (对吗, 是不是: the answer corrects the question), an
answer opening with a denial (不, 错), an answer phrase that is a calculation (`6×…`, `1 kgce = …`).
The answer's phrase may be a reference as well (`第几章？答：第 7 章`).
A question with no interrogative that names a quantity (`…的数量？`, `…的权重？`) takes the phrase after 为.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from assistant.types import CheckResult

from .hypothetical import _CHANGE, _EXAMPLE, _THEN_WHAT

# question / answer turn markers of FAQs, chats and flashcards
_ASKS = r"问|Q|客户|用户|学员|提问|正面|Front"
_REPLIES = r"答|A|顾问|助手|老师|回答|背面|Back"
_TURN = re.compile(rf"(?:^|(?<=[\n。？?！!]))\s*(?:({_ASKS})|({_REPLIES}))\s*[：:]", re.MULTILINE)
# the interrogative the answer fills, with the counter or unit it asks in: '几项', '多少分', '第几章', '哪一条'
_WH = re.compile(r"(第)?(?:几(?!乎)|多少|哪一?(?![些里儿]))\s*(项|个|类|条|章|节|级|种|次|年|分|部分|方面|%)?")
# another state than the present one (hypothetical.py's cues: 换成, 再增加, 如果, …后呢, 某厂, 同行 …)
_HYPO = re.compile(f"{_CHANGE}|{_THEN_WHAT.pattern}|{_EXAMPLE.pattern}|的话|达到.{{0,8}}需")
_CONFIRM = re.compile(r"对吗|是吗|对不对|是不是|对么|吗$")
_DENIAL = re.compile(r"^\s*(?:不|否|错|没有)")
# the answer's lead: an optional 共/是…, then its first phrase, which must be short and hold a digit
_LEAD = re.compile(r"\s*(?:共|一共|总共|合计|是|为|有|约|大约|应为|应是|在)?\s*([^，,。；;！!\n（(]{1,16})")
_CALC = re.compile(r"[+×*÷=＝]|\d\s*[-－/]\s*\d")  # '3 + 1 类', '6×(90－80)…': a calculation, not the answer


def _turns(text: str) -> list[tuple[int, int, bool]]:
    """(start of content, end, is_question) of each marked turn."""
    ms = list(_TURN.finditer(text))
    return [(m.end(), ms[k + 1].start() if k + 1 < len(ms) else len(text), m.group(1) is not None)
            for k, m in enumerate(ms)]


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    """`results` with each open short answer judged in its question's place."""
    if "：" not in text and ":" not in text:
        return results
    out = list(results)
    for (qs, qe, is_q), (as_, ae, is_a) in itertools.pairwise(_turns(text)):
        question = re.sub(r"[？?]\s*$", "", text[qs:qe].strip())
        wh = list(_WH.finditer(question))
        lead = _LEAD.match(text, as_, ae)
        if (not is_q or is_a or len(wh) > 1 or lead is None or _HYPO.search(question) or _CONFIRM.search(question)
                or _DENIAL.match(text[as_:ae])):
            continue
        seg = lead.group(1).rstrip()
        a0 = lead.start(1)
        near = [k for k, r in enumerate(out) if a0 <= r.claim.start < a0 + len(seg)]
        if (not re.search(r"\d|[一二三四五六七八九十两]", seg) or _CALC.search(seg)
                or any(out[k].status != "unverifiable" for k in near)):
            continue
        if not wh:  # '问：第 2 章规范性引用文件的数量？答：12 项': the answer is what the question names
            if not re.search(r"数量|数目|个数|项数|总数|分值|权重|编号", question):
                continue
            at, body = len(question) + 1, f"{question}为{seg}。"
        else:
            w = wh[0]
            pre = w.group(1) or ""
            put = ("" if seg.startswith(pre) else pre) + seg
            if w.group(2) and not put.endswith(w.group(2)) and re.search(r"[\d一二三四五六七八九十两]$", put):
                put += " " + w.group(2)  # '几项？答：12' reads '12 项'
            at = w.start() + (len(pre) if not seg.startswith(pre) else 0)
            body = question[:w.start()] + put + question[w.end():] + "。"
        for g in alone(body):
            if not (at <= g.claim.start and g.claim.end <= at + len(seg)) or g.status == "unverifiable":
                continue
            s, e = a0 + g.claim.start - at, a0 + g.claim.end - at
            same = [k for k in near if out[k].claim.start == s]
            if not same and any(r.claim.start < e and s < r.claim.end for r in out):
                continue
            claim = g.claim.model_copy(update={"text": text[s:e], "start": s, "end": e})
            res = g.model_copy(update={"claim": claim, "explanation": "答案代入问题核对：" + g.explanation})
            if same:
                out[same[0]] = res
            else:
                out.append(res)
    return sorted(out, key=lambda r: r.claim.start)
