"""Exam items of training material (round twelve): `【填空题】…____ 分。答案：6`, `【单选】…为（ A ）。A. 4.2
B. 5.46`, `【判断题】…为 4 项。（ × ，基准值应为 0 项）`, `【案例题】…求单位产品取水量。答案：12 m³/t`.

An item's answer says what its stem should read: the answer (the option chosen, the correction, the
value asked for) is put into the stem where the blank, the bracket or the corrected number stands, and
the stem is checked as a statement; the answer's numbers take that verdict. The numbers of a stem judged
wrong (×) are no claims. quiz.py reads the older `判断：…答：…` / `填空：…答案：…` forms.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .sentence_math import CheckAlone

_HEAD = re.compile(r"【\s*(填空|判断|单选|多选|选择|计算|案例|简答)题?\s*】|(?<![\u4e00-\u9fff])(单选|多选|计算|案例)题\s*[：:]")
_BLANK = re.compile(r"_{2,}|＿{2,}|[（(]\s*[）)]")
_ANSWER = re.compile(r"答案?\s*[：:]")
_CHOSEN = re.compile(r"[（(]\s*([A-D])\s*[）)]")
_OPTION = re.compile(r"(?<![A-Za-z])([A-D])\s*[.．、]\s*")
_JUDGED = re.compile(r"[（(]\s*([×✗✘Xx]|√|✓|✔)\s*(?:[，,；;]\s*([^）)]*))?[）)]")
_CORRECT = re.compile(r"(.{0,12}?)(?:应为|应是|应当为|正确为|改为)\s*$")
_ASK = re.compile(r"求\s*([^，,。；;？?]{2,16})\s*[。？?]?\s*$")
_SCORED = re.compile(r"得分\s*(?:为|是)?\s*$")  # '线性得分为（ A ）。A. 4.2': a bare option is in 分
_UNIT_AFTER = re.compile(r"\s*([^\s\d，,。；;]{1,8})")


def _items(text: str) -> list[tuple[int, int, str]]:
    """(start after the header, end, kind) of every exam item."""
    heads = list(_HEAD.finditer(text))
    out = []
    for k, h in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        out.append((h.end(), end, h.group(1) or h.group(2)))
    return out


def _put(alone: CheckAlone, body: str, at: int, out: list[CheckResult], claims: list[Claim],
         idx: list[int], offset: int, why: str) -> None:
    """Check `body`; each number of `claims[idx]` (offset by `offset` into body, from `at`) takes its verdict."""
    res = alone(body)
    for i in idx:
        c = claims[i]
        pos = c.start - offset + at
        hit = [x for x in res if x.claim.start == pos and x.status != "unverifiable"]
        if hit and out[i].status == "unverifiable":
            out[i] = hit[0].model_copy(update={"claim": c.model_copy(update={"subject": hit[0].claim.subject}),
                                               "explanation": why + hit[0].explanation})


def recheck(text: str, claims: list[Claim], results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    out = list(results)
    for s, e, kind in _items(text):
        inside = [i for i, c in enumerate(claims) if s <= c.start and c.end <= e]
        ans = _ANSWER.search(text, s, e)
        stem_end = ans.start() if ans else e
        if kind == "判断" and (j := _JUDGED.search(text, s, e)) is not None:
            if j.group(1) in "√✓✔":
                continue
            premise = [i for i in inside if claims[i].end <= j.start()]
            for i in premise:
                out[i] = CheckResult(claim=claims[i], status="unverifiable", explanation="判断题中被判为错误的说法（更正后的数值另行核对）")
            fix = [i for i in inside if claims[i].start >= j.start()]
            if j.group(2) and fix:
                c = claims[fix[0]]
                word = _CORRECT.search(text[j.start(2):c.start])
                cand = [i for i in premise if claims[i].unit == c.unit]
                if word and word.group(1).strip():
                    w = word.group(1).strip().lstrip("，, ")
                    named = [i for i in cand if w in text[s:claims[i].start][-len(w) - 6:]]
                    cand = named or cand
                if len(cand) == 1:
                    p = claims[cand[0]]
                    body = text[s:p.start] + c.text + text[p.end:j.start()]
                    _put(alone, body, p.start - s, out, claims, [fix[0]], c.start, "更正代入题干核对：")
            continue
        if ans is None and (ch := _CHOSEN.search(text, s, e)) is not None:
            opts = list(_OPTION.finditer(text, ch.end(), e))
            pick = [k for k, o in enumerate(opts) if o.group(1) == ch.group(1)]
            if not pick:
                continue
            o = opts[pick[0]]
            o_end = opts[pick[0] + 1].start() if pick[0] + 1 < len(opts) else e
            option = text[o.end():o_end].rstrip()
            shown = option + (" 分" if _SCORED.search(text[s:ch.start()]) and re.fullmatch(r"\d+(?:\.\d+)?", option) else "")
            body = text[s:ch.start()] + shown + text[ch.end():opts[0].start()]
            idx = [i for i in inside if o.end() <= claims[i].start and claims[i].end <= o.end() + len(option)]
            _put(alone, body, ch.start() - s, out, claims, idx, o.end(), "所选选项代入题干核对：")
            continue
        if ans is None:
            continue
        given = [i for i in inside if claims[i].start >= ans.end()]
        if not given or text[ans.end():claims[given[0]].start].strip():
            continue
        c = claims[given[0]]
        stem = text[s:stem_end]
        if (b := _BLANK.search(stem)) is not None:
            after = _UNIT_AFTER.match(stem, b.end())
            number = c.text
            if c.unit and after and stem[b.end():].lstrip().startswith(c.unit.strip()):
                number = text[c.start:c.end].replace(c.unit, "").strip() or c.text  # '____ 分。答案：3 分'
            body = stem[:b.start()] + number + stem[b.end():]
            _put(alone, body, b.start(), out, claims, [given[0]], c.start, "答案代入题干核对：")
        elif (q := _ASK.search(stem)) is not None:
            body = stem[:q.start()] + q.group(1) + "为" + c.text + "。"
            _put(alone, body, q.start() + len(q.group(1)) + 1, out, claims, [given[0]], c.start, "答案代入题干核对：")
    return out
