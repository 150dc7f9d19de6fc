"""Trainer mode (培训测验): quizzes drawn from the indexed clauses, graded at once with the deciding
clause quoted, results kept per trainee in SQLite.

    from assistant.trainer import QuizRequest, make_quiz, grade, ResultStore
    quiz = make_quiz(QuizRequest(doc_ids=["GB/T 36132-2025"], n=5, seed=7), chunks, editions=editions)
    g = grade(quiz.questions[0], "B")        # Grade(correct, expected, explanation, citation)
    ResultStore(home / "trainer.sqlite").record("张三", quiz, quiz.questions[0], g)

Kinds: definition, formula, true_false, choice, edition, procedure (see README "Trainer mode").
Wording comes from the clause text and the templates in prompts/trainer/.
"""

from __future__ import annotations

from .grading import grade, parse_number
from .quiz import KIND_NAMES, make_quiz
from .results import ResultRow, ResultStore, SummaryRow, results_path
from .source import chapter_label, outline
from .types import KINDS, Grade, Question, Quiz, QuizCitation, QuizRequest

__all__ = [
    "KINDS", "KIND_NAMES", "Grade", "Question", "Quiz", "QuizCitation", "QuizRequest", "ResultRow",
    "ResultStore", "SummaryRow", "chapter_label", "grade", "make_quiz", "outline", "parse_number",
    "results_path",
]
