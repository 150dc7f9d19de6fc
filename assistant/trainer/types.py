"""Data types of the trainer mode: a quiz request, its questions, a grade.

A Question carries what grading needs (the correct option or value, the tolerance) besides what a
trainee sees; :meth:`Question.handout` is the trainee's view, without answers.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import ConfigError
from assistant.types import Citation

Kind = Literal["definition", "formula", "true_false", "choice", "edition", "procedure"]
Difficulty = Literal["easy", "medium", "hard"]
KINDS: tuple[str, ...] = ("definition", "formula", "true_false", "choice", "edition", "procedure")
# Fields a trainee must not see before answering (the citation's quote is the true statement of a
# true/false or choice question, so the deciding clause is shown with the grade only).
ANSWER_FIELDS = frozenset({"answer", "answer_index", "value", "tolerance", "indicator", "explanation",
                           "citation"})


class QuizRequest(BaseModel):
    """What a trainer asks for; the same request over the same documents gives the same quiz."""

    model_config = ConfigDict(extra="forbid")

    doc_ids: list[str] | None = Field(default=None, description="Documents to draw from; None: all indexed.")
    chapters: list[str] | None = Field(default=None, description="Chapters ('4', 'B' or '附录B', '前言'); None: all.")
    n: int = Field(default=10, ge=1, le=200, description="Number of questions.")
    difficulty: Difficulty = "medium"
    kinds: list[Kind] | None = Field(default=None, description="Question kinds; None: every kind.")
    seed: int = 0


class QuizCitation(Citation):
    """The deciding clause: a Citation plus the document's title."""

    doc_title: str = ""


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Stable id: kind, clause key and the drawn content.")
    quiz_id: str = ""
    seed: int = 0
    kind: Kind
    form: str = Field(default="", description="Sub-form of the kind: 'order', 'score', 'blank', 'term' ...")
    difficulty: Difficulty = "medium"
    doc_id: str
    chapter: str = Field(description="Chapter label of the deciding clause: '4', '附录B', '前言'.")
    stem: str
    template_stem: str = Field(default="", description="The stem from the template (kept when an LLM rewording is rejected).")
    reworded: bool = False
    options: list[str] = Field(default_factory=list, description="Choices (labelled A, B, ... when shown); empty for numeric.")
    inputs: dict[str, str] = Field(default_factory=dict, description="Formula inputs shown to the trainee, symbol -> value with unit.")
    unit: str = Field(default="", description="Unit the numeric answer is expected in.")
    citation: QuizCitation
    # --- answers (hidden from the trainee) ---
    answer: str = Field(description="The correct answer as shown after grading (option text, order or value).")
    answer_index: int | None = Field(default=None, description="Index of the correct option (choice kinds).")
    value: float | None = Field(default=None, description="Correct value (numeric questions).")
    tolerance: float = Field(default=0.0, description="Relative tolerance of a numeric answer.")
    indicator: str = Field(default="", description="Indicator id the calculator grades with (formula).")
    explanation: str = ""

    @property
    def numeric(self) -> bool:
        return self.value is not None

    def handout(self) -> dict:
        """The trainee's view: everything but the answers and the deciding clause."""
        return self.model_dump(exclude=set(ANSWER_FIELDS))


class Quiz(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Derived from the request and the fingerprint of the clauses used.")
    request: QuizRequest
    fingerprint: str = Field(description="sha256 (short) of the clauses the quiz was drawn from.")
    questions: list[Question] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Why fewer questions than asked, etc.")

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise ConfigError(f"测验 {self.id} 中没有题目 {question_id}")

    def handout(self) -> dict:
        return {"id": self.id, "request": self.request.model_dump(), "fingerprint": self.fingerprint,
                "questions": [q.handout() for q in self.questions], "notes": self.notes}


class Grade(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question_id: str
    correct: bool
    answer: str = Field(description="The trainee's answer as given.")
    expected: str
    explanation: str
    citation: QuizCitation
