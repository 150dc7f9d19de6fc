"""Trainer results: SQLite store across threads, summaries, CSV; the API records graded answers;
the LLM mode rewords stems only (fake chat model)."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.errors import ConfigError
from assistant.llm.fake import FakeChatModel
from assistant.settings import Settings
from assistant.trainer import QuizRequest, ResultStore, grade, make_quiz
from assistant.trainer.reword import must_keep
from tests.fixtures.trainer_corpus import answers, corpus_home


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_home(tmp_path_factory.mktemp("trainer-results"))


@pytest.fixture
def assistant(home: Path, tmp_path: Path) -> Assistant:
    a = Assistant(Settings(home=home, embedder="hash"))
    a._results = ResultStore(tmp_path / "results.sqlite")  # a fresh store per test
    return a


def test_results_across_threads_summary_and_csv(assistant: Assistant, tmp_path: Path) -> None:
    quiz = assistant.quiz(QuizRequest(n=10, seed=1))
    store = ResultStore(tmp_path / "r.sqlite")
    graded = [(q, grade(q, answers(q)[i % 2])) for i, q in enumerate(quiz.questions)]
    recorded: list[bool] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        for q, g in graded:
            ok = store.record(name, quiz, q, g)
            with lock:
                recorded.append(ok)

    threads = [threading.Thread(target=work, args=(f"学员{i % 4}",)) for i in range(8)]  # each name twice
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert recorded.count(True) == 4 * len(graded) and recorded.count(False) == 4 * len(graded)
    assert store.trainees() == ["学员0", "学员1", "学员2", "学员3"]
    rows = store.summary("学员0")
    assert sum(r.answered for r in rows) == len(graded)
    assert sum(r.correct for r in rows) == sum(g.correct for _, g in graded) == 5
    chapters = {(q.doc_id, q.chapter) for q, _ in graded}
    assert {(r.doc_id, r.chapter) for r in rows} == chapters
    summary = list(csv.DictReader(io.StringIO(store.to_csv())))
    assert len(summary) == 4 * len(chapters) and set(summary[0]) == {"trainee", "doc_id", "chapter", "answered", "correct", "rate"}
    detail = list(csv.DictReader(io.StringIO(store.to_csv("学员1", detail=True))))
    assert len(detail) == len(graded) and {d["quiz_id"] for d in detail} == {quiz.id}
    assert sum(int(d["correct"]) for d in detail) == 5
    store.close()
    again = ResultStore(tmp_path / "r.sqlite")  # persisted
    assert len(again.rows()) == 4 * len(graded)


def test_record_rejects_a_blank_trainee_or_a_foreign_grade(assistant: Assistant, tmp_path: Path) -> None:
    quiz = assistant.quiz(QuizRequest(n=2))
    a, b = quiz.questions
    store = ResultStore(tmp_path / "r.sqlite")
    with pytest.raises(ConfigError, match="trainee"):
        store.record("  ", quiz, a, grade(a, answers(a)[0]))
    with pytest.raises(ConfigError, match="不是"):
        store.record("张三", quiz, a, grade(b, answers(b)[0]))
    assert store.rows() == []


def test_the_api_grades_and_records_for_a_trainee(assistant: Assistant) -> None:
    quiz = assistant.quiz(QuizRequest(n=3, seed=4, doc_ids=["GB/T 36132-2025"]))
    q = quiz.questions[0]
    g = assistant.grade_answer(quiz, answers(q)[0], question_id=q.id, trainee="李四")
    assert g.correct
    assert not assistant.grade_answer(quiz.questions[1], answers(quiz.questions[1])[1]).correct  # not recorded
    rows = assistant.quiz_results().rows()
    assert [(r.trainee, r.question_id, r.correct, r.quiz_id) for r in rows] == [("李四", q.id, True, quiz.id)]
    with pytest.raises(ConfigError, match="没有题目"):
        assistant.grade_answer(quiz, "A", question_id="nope")


def test_llm_rewording_keeps_numbers_and_grading(home: Path) -> None:
    from assistant.index.indexer import Index

    index = Index(Settings(home=home, embedder="hash"))
    request = QuizRequest(n=2, kinds=["formula"], seed=8)
    plain = make_quiz(request, index.chunks(), editions=index.editions())
    a, b = plain.questions
    good = "请计算：" + a.stem.replace("按 ", "依据 ")
    dropped = "请算一下这个工厂的指标。"  # drops every number
    model = FakeChatModel(responses=[good, dropped])
    quiz = make_quiz(request, index.chunks(), editions=index.editions(), chat_model=model)
    x, y = quiz.questions
    assert x.reworded and x.stem == good and x.template_stem == a.stem
    assert not y.reworded and y.stem == b.stem
    assert all(k in x.stem for k in must_keep(a)) and len(must_keep(a)) >= 3
    assert "计算" in model.calls[0][0].content and a.stem in model.calls[0][0].content
    for before, after in ((a, x), (b, y)):
        right, wrong = answers(before)
        assert grade(after, right).correct and not grade(after, wrong).correct
        assert grade(after, right).expected == grade(before, right).expected
    assert x.id == a.id and quiz.id == plain.id  # the same quiz, reworded
    empty = make_quiz(request, index.chunks(), editions=index.editions(), chat_model=FakeChatModel())
    assert [q.stem for q in empty.questions] == [a.stem, b.stem]  # a failing model keeps the templates


def test_a_reword_that_reveals_the_answer_or_adds_a_number_is_rejected(home: Path) -> None:
    from assistant.index.indexer import Index

    index = Index(Settings(home=home, embedder="hash"))
    request = QuizRequest(n=1, kinds=["definition"], seed=2)
    q = make_quiz(request, index.chunks(), editions=index.editions()).questions[0]
    leak = q.stem + f"（提示：答案是{q.answer}）"
    added = q.stem + "（共 3 个选项有误）"  # a number the template does not have
    for reply in (leak, added):
        out = make_quiz(request, index.chunks(), editions=index.editions(),
                        chat_model=FakeChatModel(responses=[reply]))
        assert out.questions[0].stem == q.stem and not out.questions[0].reworded
    fine = make_quiz(request, index.chunks(), editions=index.editions(),
                     chat_model=FakeChatModel(responses=["请选择：" + q.stem]))
    assert fine.questions[0].reworded


def test_the_api_rewords_with_the_configured_chat_model(home: Path) -> None:
    plain = Assistant(Settings(home=home, embedder="hash")).quiz(QuizRequest(n=1, kinds=["formula"], seed=6))
    q = plain.questions[0]
    reply = "小测验：" + q.stem
    a = Assistant(Settings(home=home, embedder="hash", chat={"backend": "fake", "fake_responses": [reply]}))
    reworded = a.quiz(QuizRequest(n=1, kinds=["formula"], seed=6)).questions[0]
    assert reworded.reworded and reworded.stem == reply and reworded.template_stem == q.stem
    again = a.quiz(QuizRequest(n=1, kinds=["formula"], seed=6)).questions[0]  # the same model, queue now empty
    assert not again.reworded and again.stem == q.stem
    assert a.grade_answer(again, repr(q.value)).correct
