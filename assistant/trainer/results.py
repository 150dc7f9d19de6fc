"""Trainees' results in SQLite under the home: one row per answered question. One connection
guarded by a lock, so the Streamlit process (many threads) and tests with threads share one store.

A trainee's first answer to a question of a quiz is the one kept: answering it again (a page rerun,
a retry) records nothing and returns False, so nothing is counted twice.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from assistant.errors import ConfigError
from assistant.settings import Settings

from .types import Grade, Question, Quiz

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  trainee TEXT NOT NULL, quiz_id TEXT NOT NULL, seed INTEGER NOT NULL, question_id TEXT NOT NULL,
  doc_id TEXT NOT NULL, chapter TEXT NOT NULL, kind TEXT NOT NULL, difficulty TEXT NOT NULL,
  correct INTEGER NOT NULL, answer TEXT NOT NULL, expected TEXT NOT NULL, clause_key TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  UNIQUE (trainee, quiz_id, question_id));
CREATE INDEX IF NOT EXISTS results_by_trainee ON results(trainee, doc_id, chapter);
"""
COLUMNS = ["trainee", "quiz_id", "seed", "question_id", "doc_id", "chapter", "kind", "difficulty",
           "correct", "answer", "expected", "clause_key", "answered_at"]


def results_path(settings: Settings) -> Path:
    """Where the results live: ``trainer.sqlite`` under the home."""
    return settings.home / "trainer.sqlite"


class ResultRow(BaseModel):
    trainee: str
    quiz_id: str
    seed: int
    question_id: str
    doc_id: str
    chapter: str
    kind: str
    difficulty: str
    correct: bool
    answer: str
    expected: str
    clause_key: str
    answered_at: str


class SummaryRow(BaseModel):
    """One trainee's results in one chapter of one document."""

    trainee: str
    doc_id: str
    chapter: str
    answered: int
    correct: int

    @property
    def rate(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


class ResultStore:
    """The results of one SQLite file (created with its folder when missing)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._conn.row_factory = sqlite3.Row
        with self._lock, self._conn:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def record(self, trainee: str, quiz: Quiz | None, question: Question, grade: Grade) -> bool:
        """Store one graded answer; False when this trainee already answered it in this quiz."""
        name = trainee.strip()
        if not name:
            raise ConfigError("trainee：学员姓名不能为空")
        if grade.question_id != question.id:
            raise ConfigError(f"grade：评分属于题目 {grade.question_id}，不是 {question.id}")
        quiz_id = quiz.id if quiz is not None else question.quiz_id
        seed = quiz.request.seed if quiz is not None else question.seed
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self._conn:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO results (trainee, quiz_id, seed, question_id, doc_id, chapter, kind,"
                " difficulty, correct, answer, expected, clause_key, answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (name, quiz_id, seed, question.id, question.doc_id, question.chapter, question.kind,
                 question.difficulty, int(grade.correct), grade.answer, grade.expected,
                 question.citation.key, now))
        return cur.rowcount == 1

    def rows(self, trainee: str | None = None) -> list[ResultRow]:
        sql = "SELECT * FROM results" + (" WHERE trainee = ?" if trainee else "") + " ORDER BY id"
        with self._lock:
            found = self._conn.execute(sql, (trainee,) if trainee else ()).fetchall()
        return [ResultRow(**{k: r[k] for k in COLUMNS}) for r in found]

    def summary(self, trainee: str | None = None) -> list[SummaryRow]:
        """Answered and correct counts by trainee x document x chapter."""
        sql = ("SELECT trainee, doc_id, chapter, COUNT(*) AS answered, SUM(correct) AS correct FROM results"
               + (" WHERE trainee = ?" if trainee else "")
               + " GROUP BY trainee, doc_id, chapter ORDER BY trainee, doc_id, chapter")
        with self._lock:
            found = self._conn.execute(sql, (trainee,) if trainee else ()).fetchall()
        return [SummaryRow(**dict(r)) for r in found]

    def trainees(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT DISTINCT trainee FROM results ORDER BY trainee")]

    def to_csv(self, trainee: str | None = None, *, detail: bool = False) -> str:
        """CSV (UTF-8, header row): the summary by trainee and chapter, or every answer (``detail``)."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        if detail:
            w.writerow(COLUMNS)
            for r in self.rows(trainee):
                d = r.model_dump()
                w.writerow([int(d[c]) if c == "correct" else d[c] for c in COLUMNS])
        else:
            w.writerow(["trainee", "doc_id", "chapter", "answered", "correct", "rate"])
            for s in self.summary(trainee):
                w.writerow([s.trainee, s.doc_id, s.chapter, s.answered, s.correct, f"{s.rate:.3f}"])
        return out.getvalue()
