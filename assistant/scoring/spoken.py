"""Spoken arithmetic (round thirteen a): a chain of operations said in words and numbers written in Chinese
numerals ('实际值八十六，基准八十，引领九十，六除以十再乘八，就是五点二分', '六乘八分之五，三点七五分').

- `chains`: 'A 除以 B 再乘 C，就是 D' (two or more operations, left to right as spoken, 再 carrying the
  running result) is recomputed from its own numbers; only a result the checker left open is judged.
- `recheck_cn`: a sentence with a calculation cue whose numbers are Chinese numerals is rewritten with
  Arabic ones (百分之二十五 → 25%, 八分之五 → 5/8, 五点二 → 5.2, 两项 → 2项) and checked again; each
  verdict is put back on the number of the original sentence it came from, never on a new one.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import tolerance
from .errors import InputError
from .sentence_math import CheckAlone, moved, result
from .units import cn_to_number, fmt

_OPS = {"乘以": "×", "乘": "×", "除以": "÷", "除": "÷", "/": "÷", "加上": "+", "加": "+",
        "减去": "−", "减掉": "−", "减": "−"}
_GAP = re.compile(r"^\s*(?:再|然后|又)?\s*(乘以|乘|除以|除|/|加上|加|减去|减掉|减)\s*$")
_TO = re.compile(r"^\s*[，,]?\s*(?:那么|所以)?\s*(?:就是|就得|得到?|等于|是|为|结果是?|即|算出来是?)\s*$")


def _apply(acc: float, op: str, v: float) -> float | None:
    if op == "÷":
        return acc / v if v else None
    return acc * v if op == "×" else acc + v if op == "+" else acc - v


def chains(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with the result of each spoken chain of two or more operations recomputed."""
    out = sorted(results, key=lambda r: r.claim.start)
    i = 0
    while i < len(out):
        run, ops = [out[i].claim], []
        j = i
        while j + 1 < len(out) and (g := _GAP.match(text[out[j].claim.end:out[j + 1].claim.start])):
            ops.append(_OPS[g.group(1)])
            run.append(out[j + 1].claim)
            j += 1
        i = j + 1 if j > i else i + 1
        if len(ops) < 2 or j + 1 >= len(out) or any(c.unit not in ("", "分", "%") for c in run):
            continue
        target = out[j + 1]
        if target.status != "unverifiable" and not target.explanation.startswith("口述算式核对"):
            continue
        if not _TO.match(text[run[-1].end:target.claim.start]) or not target.claim.unit:
            continue
        acc: float | None = run[0].value
        for op, c in zip(ops, run[1:], strict=True):
            acc = None if acc is None else _apply(acc, op, c.value)
        if acc is None:
            continue
        how = "计算：" + run[0].text.strip() + "".join(f" {op} {c.text.strip()}" for op, c in zip(ops, run[1:], strict=True))
        ok = abs(acc - target.claim.value) <= tolerance(target.claim, acc)
        out[j + 1] = result(target.claim, ok, round(acc, 6), target.claim.unit, "口述算式，按所说顺序：" + how)
    return out


_DIGIT = "零〇一二两三四五六七八九"
_RUN = re.compile(rf"百分之([{_DIGIT}十百点]+)|([{_DIGIT}十百千]+)分之([{_DIGIT}十百点]+)"
                  rf"|([{_DIGIT}十][{_DIGIT}十百千万亿]*(?:点[{_DIGIT}]+)?)")
_CUE = re.compile(r"乘|除以|减去|加上|分之|再除|再乘")
_ROLES = ("实际", "基准", "引领", "分值", "满分")
# a numeral inside a word ('十分重要', '一致', '统一', '两者') is no number
_WORDISH = re.compile(r"^(?:十分(?=[\u4e00-\u9fff](?<![分项]))|一(?![项个类分级点十百千万亿\d])|两(?![项个类分倍级万亿]))")


def _num(s: str) -> str:
    return fmt(cn_to_number(s))


def _arabic(sentence: str) -> tuple[str, list[tuple[int, int, int, bool]]]:
    """The sentence with Arabic numerals, and (original start, original end, new start, plain number) of
    each rewritten numeral; a plain number ('零点三八六九', '百分之二十五') is one with no word around it."""
    parts, marks, pos, shift = [], [], 0, 0
    for m in _RUN.finditer(sentence):
        if m.group(4) and (_WORDISH.match(sentence[m.start():]) or sentence[max(0, m.start() - 1):m.start()] == "第"):
            continue
        try:
            new = (_num(m.group(1)) + "%" if m.group(1) else
                   f"{_num(m.group(3))}/{_num(m.group(2))}" if m.group(2) else _num(m.group(4)))
        except (InputError, KeyError, ValueError):
            continue
        parts.append(sentence[pos:m.start()])
        marks.append((m.start(), m.end(), m.start() + shift, bool(m.group(1)) or "点" in (m.group(4) or "")))
        parts.append(new)
        shift += len(new) - (m.end() - m.start())
        pos = m.end()
    parts.append(sentence[pos:])
    return "".join(parts), marks


def recheck_cn(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with the open numbers of a sentence in Chinese numerals checked on its Arabic rewrite;
    a plain number the extractor did not read ('西南最低，零点三八六九') is added where the rewrite checks it."""
    out = list(results)
    for s in re.finditer(r"[^。！？!?\n]+", text):
        sentence = s.group()
        new, marks = _arabic(sentence)
        cue = _CUE.search(sentence) or sum(w in sentence for w in _ROLES) >= 3
        if not marks or new == sentence or not (cue or any(m[3] for m in marks)):
            continue
        redone = [x for x in alone(new) if x.status != "unverifiable"]
        for a, b, at, plain in marks:
            hit = next((x for x in redone if x.claim.start == at), None)
            if hit is None:
                continue
            i = next((i for i, r in enumerate(out) if r.claim.start == s.start() + a), None)
            if i is None and plain and not any(r.claim.start < s.start() + b and s.start() + a < r.claim.end for r in out):
                span = Claim(text=sentence[a:b], start=s.start() + a, end=s.start() + b, value=hit.claim.value,
                             unit=hit.claim.unit, decimals=hit.claim.decimals)
                out.append(moved(hit, span, f"中文数字改写为“{new.strip()}”后核对："))
            elif i is not None and out[i].status == "unverifiable":
                out[i] = moved(hit, out[i].claim, f"中文数字改写为“{new.strip()}”后核对：")
    return sorted(out, key=lambda r: r.claim.start)
