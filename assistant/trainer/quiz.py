"""``make_quiz``: draw a deterministic quiz from the indexed clauses.

The random generator is seeded with the request's seed and the fingerprint of the clauses used, and
every candidate list is sorted, so the same documents and the same seed give the same quiz.
Kinds take turns (one question of each kind in the order of ``KINDS``, then again), so a short
quiz still mixes kinds.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from typing import Any

from assistant.errors import ConfigError
from assistant.prompts import Prompts
from assistant.types import Chunk

from . import kinds_calc, kinds_order, kinds_text
from .build import Builder, Context
from .reword import reword
from .source import clauses, fingerprint, select
from .types import KINDS, Question, Quiz, QuizRequest


def _procedures(ctx: Context) -> list[Builder]:
    return kinds_calc.score_rule(ctx) + kinds_order.procedure(ctx)


GENERATORS: dict[str, Callable[[Context], list[Builder]]] = {
    "definition": kinds_text.definition,
    "formula": kinds_calc.formula,
    "true_false": kinds_text.true_false,
    "choice": kinds_text.choice,
    "edition": kinds_order.edition,
    "procedure": _procedures,
}
KIND_NAMES = {"definition": "定义", "formula": "公式计算", "true_false": "判断", "choice": "条款选择",
              "edition": "版本变化", "procedure": "评价程序"}


def quiz_id(request: QuizRequest, fp: str) -> str:
    raw = request.model_dump_json() + "|" + fp
    return "q" + hashlib.sha256(raw.encode()).hexdigest()[:11]


def make_quiz(request: QuizRequest, chunks: Sequence[Chunk], *, editions: Sequence[dict] = (),
              chat_model: Any = None, prompts: Prompts | None = None) -> Quiz:
    """A quiz of ``request.n`` questions (fewer, with a note, when the clauses do not allow more).

    ConfigError (one line) for an unknown document, a chapter not in them, or no question at all.
    ``chat_model`` (optional) rewords stems; grading does not depend on it.
    """
    prompts = prompts or Prompts()
    pool = select(clauses(chunks), request.doc_ids, request.chapters)
    fp = fingerprint(pool, list(editions))
    qid = quiz_id(request, fp)
    ctx = Context(pool=pool, editions=list(editions), difficulty=request.difficulty, prompts=prompts,
                  explicit_docs=bool(request.doc_ids))
    kinds = [k for k in KINDS if k in (request.kinds or KINDS)]
    queues: dict[str, list[Builder]] = {}
    rngs: dict[str, random.Random] = {}
    for kind in kinds:
        rngs[kind] = random.Random(f"{request.seed}|{fp}|{request.difficulty}|{kind}")
        queue = GENERATORS[kind](ctx)
        rngs[kind].shuffle(queue)
        queues[kind] = queue
    questions: list[Question] = []
    seen: set[str] = set()
    while len(questions) < request.n and any(queues.values()):
        for kind in kinds:
            while queues[kind] and len(questions) < request.n:
                q = queues[kind].pop()(rngs[kind])
                if q is not None and q.id not in seen:
                    seen.add(q.id)
                    questions.append(q.model_copy(update={"quiz_id": qid, "seed": request.seed}))
                    break
    if not questions:
        where = "、".join(request.chapters or []) or "全部"
        raise ConfigError(f"所选文件和章节（{where}）中无法生成{'、'.join(KIND_NAMES[k] for k in kinds)}题目")
    notes = []
    if len(questions) < request.n:
        notes.append(f"所选范围只能生成 {len(questions)} 道题（要求 {request.n} 道）")
    missing = [KIND_NAMES[k] for k in kinds if not any(q.kind == k for q in questions)]
    if missing and len(questions) < request.n:
        notes.append(f"所选范围无法生成这些题型：{'、'.join(missing)}")
    if chat_model is not None:
        questions = [reword(q, chat_model, prompts) for q in questions]
    return Quiz(id=qid, request=request, fingerprint=fp, questions=questions, notes=notes)
