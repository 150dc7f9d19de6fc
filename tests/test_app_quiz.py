"""The trainer page (AppTest, hash embedder): a quiz generated from the index for a seed, a trainee's
answer graded at once with the deciding clause, results by chapter for the trainer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixtures.apptest import ROOT, app, texts, use_home

from assistant.api import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def full_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole core fixture set (with the official 2025 text, whose formulas the quiz draws)."""
    base = tmp_path_factory.mktemp("quiz-home")
    shutil.copytree(ROOT / "tests" / "fixtures" / "core", base / "docs")
    Assistant(Settings(home=base / "home", embedder="hash")).add_documents([base / "docs"])
    return base / "home"


@pytest.fixture
def home(full_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    use_home(monkeypatch, full_home, ASSISTANT_AGENT__STORE=str(tmp_path / "c.sqlite"))
    return full_home


def test_quiz_answer_graded_with_its_clause(home: Path) -> None:
    at = app("app_pages/quiz.py")
    at.multiselect(key="quiz_kinds").select("formula").run()
    at.number_input(key="quiz_n").set_value(2).run()
    at.button(key="quiz_go").click().run()
    assert not at.exception
    quiz = at.session_state["quiz"]
    assert quiz.questions and all(q.kind == "formula" for q in quiz.questions)
    q = quiz.questions[0]
    at.text_input(key="trainee").input("张三").run()
    at.text_input(key=f"ans-{q.id}").input(q.answer).run()
    at.button(key=f"submit-{q.id}").click().run()
    assert not at.exception
    assert any(s.value == "回答正确" for s in at.success)
    label = f"依据：{q.citation.doc_id} §{q.citation.clause}"
    assert any(e.label.startswith(label) for e in at.expander)
    assert any(m.value.startswith("<div class='clause-text'>") and "<mark>" in m.value for m in at.markdown)
    at.run()
    table = at.dataframe[0].value
    assert list(table["学员"]) == ["张三"] and list(table["答对"]) == [1]
    assert "导出 CSV" in [b.label for b in at.get("download_button")]


def test_wrong_choice_is_graded_wrong_with_the_answer(home: Path) -> None:
    at = app("app_pages/quiz.py")
    at.multiselect(key="quiz_kinds").select("true_false").run()
    at.button(key="quiz_go").click().run()
    q = at.session_state["quiz"].questions[0]
    wrong = next(f"{chr(65 + i)}. {o}" for i, o in enumerate(q.options) if o != q.answer)
    at.radio(key=f"ans-{q.id}").set_value(wrong).run()
    at.button(key=f"submit-{q.id}").click().run()
    assert not at.exception
    assert any(e.value.startswith("回答错误，正确答案：") for e in at.error)
    assert "依据：" in texts(at)
    same = app("app_pages/quiz.py")  # the same settings in another session: the same quiz
    same.multiselect(key="quiz_kinds").select("true_false").run()
    same.button(key="quiz_go").click().run()
    assert [x.id for x in same.session_state["quiz"].questions] == [x.id for x in at.session_state["quiz"].questions]
