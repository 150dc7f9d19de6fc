"""LLM mode: a chat model may reword a question's stem; grading never sees the model.

A reworded stem is kept only when it still holds every number, every 「quoted」 passage, the
document id and the clause number of the template stem, adds no number of its own, and does not
reveal the answer.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.prompts import Prompts

from .types import Question

_NUM = re.compile(r"\d+(?:\.\d+)?")
_QUOTED = re.compile(r"「[^」]*」")


def must_keep(question: Question) -> list[str]:
    stem = question.template_stem or question.stem
    keep = [*_QUOTED.findall(stem)]
    rest = _QUOTED.sub(" ", stem)
    keep += _NUM.findall(rest)
    for token in (question.doc_id, question.citation.clause):
        if token in stem:
            keep.append(token)
    return list(dict.fromkeys(keep))


def acceptable(question: Question, text: str) -> bool:
    stem = question.template_stem or question.stem
    if not text or len(text) > 3 * len(stem) + 40:
        return False
    if any(k not in text for k in must_keep(question)):
        return False
    # every number a trainee reads was computed or quoted: the model may not add one
    if set(_NUM.findall(text)) - set(_NUM.findall(stem)):
        return False
    # the model must not leak the answer (unless the template already shows it, e.g. a T/F statement)
    leak = question.answer if len(question.answer) >= 2 else ""
    return not (leak and leak in text and leak not in stem)


def _content(reply: Any) -> str:
    content = getattr(reply, "content", reply)
    if isinstance(content, list):
        content = "".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return str(content).strip().strip("“”\"")


def reword(question: Question, chat_model: Any, prompts: Prompts) -> Question:
    """The question with the model's stem, or unchanged when the reply is rejected or fails."""
    prompt = prompts.render("trainer/reword", stem=question.template_stem or question.stem)
    try:
        text = _content(chat_model.invoke(prompt))
    except Exception:  # a model that fails (ModelError, a network error) leaves the template stem
        return question
    if not acceptable(question, text):
        return question
    return question.model_copy(update={"stem": text, "reworded": True})
