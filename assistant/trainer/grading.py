"""Grading: deterministic, from the question alone. Numeric answers are checked against the
calculator (assistant.scoring.calc, recomputed from the shown inputs) with a relative tolerance."""

from __future__ import annotations

import re

from assistant.errors import ConfigError
from assistant.prompts import Prompts
from assistant.scoring import InputError, calc
from assistant.scoring.units import fmt

from .build import LETTERS
from .types import Grade, Question

_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?")
_MULT = {"万": 1e4, "亿": 1e8}
_TRUE = {"正确", "对", "是", "√", "t", "true", "y", "yes"}
_FALSE = {"错误", "错", "否", "×", "f", "false", "n", "no"}


def parse_number(answer: str) -> float:
    """'96.2', '96.2%', '1,234.5', '1.2万', '0.35 tce/t' -> the number; ConfigError otherwise."""
    s = answer.strip().replace(",", "").replace("，", "").replace(" ", "").replace("　", "")
    s = s.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    m = _NUMBER.match(s)
    if not m:
        raise ConfigError(f"answer：无法识别为数值：{answer.strip()!r}（请只填数字，如 96.2）")
    value = float(m.group(0))
    rest = s[m.end():]
    if rest[:1] in _MULT:
        value *= _MULT[rest[0]]
    return value


def _letter(question: Question, answer: str) -> int:
    s = answer.strip().upper().rstrip(".、）)")
    n = len(question.options)
    if question.options == ["正确", "错误"]:
        low = answer.strip().lower()
        if low in _TRUE:
            return 0
        if low in _FALSE:
            return 1
    if len(s) == 1 and s in LETTERS[:n]:
        return LETTERS.index(s)
    if s.isdigit() and 1 <= int(s) <= n:
        return int(s) - 1
    if answer.strip() in question.options:
        return question.options.index(answer.strip())
    raise ConfigError(f"answer：请回答 {'、'.join(LETTERS[:n])} 中的一个（收到 {answer.strip()!r}）")


def _order(question: Question, answer: str) -> str:
    s = re.sub(r"[\s,，、>→\-]+", "", answer.upper())
    letters = LETTERS[:len(question.options)]
    if sorted(s) != sorted(letters):
        raise ConfigError(f"answer：请把 {''.join(letters)} 每个字母各写一次，按先后顺序（收到 {answer.strip()!r}）")
    return s


def expected_value(question: Question) -> float:
    """The correct number: the calculator's result for formula questions, else the stored value."""
    if question.indicator:
        try:
            return calc(question.indicator, question.inputs).value
        except InputError as exc:  # the inputs were valid when the quiz was made
            raise ConfigError(f"题目 {question.id} 的输入无法计算：{exc}") from exc
    if question.value is None:
        raise ConfigError(f"题目 {question.id} 不是数值题")
    return question.value


def grade(question: Question, answer: str, *, prompts: Prompts | None = None) -> Grade:
    """Grade one answer: a letter (choice kinds), letters in order (procedure order), a number
    (formula, score). ConfigError (one line) for an answer of the wrong shape, so a caller can ask again."""
    prompts = prompts or Prompts()
    if question.numeric:
        want = expected_value(question)
        got = parse_number(answer)
        scale = max(abs(want), 1e-9)
        correct = abs(got - want) <= question.tolerance * scale + 1e-12
        expected = f"{fmt(want, 4)} {question.unit}".strip()
        if question.tolerance:
            expected += f"（允许相对误差 {fmt(question.tolerance * 100)}%）"
    elif question.form == "order":
        correct = _order(question, answer) == question.answer
        expected = question.answer + "：" + " → ".join(
            question.options[LETTERS.index(ch)] for ch in question.answer)
    else:
        idx = _letter(question, answer)
        correct = idx == question.answer_index
        expected = f"{LETTERS[question.answer_index or 0]}. {question.answer}"
    name = "trainer/grade_correct" if correct else "trainer/grade_wrong"
    values = {"expected": expected.rstrip("。"), "explanation": question.explanation}
    if not correct:
        values["given"] = answer.strip()
    return Grade(question_id=question.id, correct=correct, answer=answer.strip(), expected=expected,
                 explanation=prompts.render(name, **values), citation=question.citation)
