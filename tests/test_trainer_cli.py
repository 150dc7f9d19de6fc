"""`assistant quiz`: an interactive run driven by stdin, the handout, results and CSV, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.settings import Settings
from assistant.trainer import QuizRequest, make_quiz
from tests.fixtures.trainer_corpus import answers, corpus_home


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_home(tmp_path_factory.mktemp("trainer-cli"))


@pytest.fixture
def env(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASSISTANT_HOME", str(home))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")
    (home / "trainer.sqlite").unlink(missing_ok=True)
    return home


def expected_quiz(home: Path, **kw):  # type: ignore[no-untyped-def]
    from assistant.index.indexer import Index

    index = Index(Settings(home=home, embedder="hash"))
    return make_quiz(QuizRequest(**kw), index.chunks(), editions=index.editions())


def test_an_interactive_quiz_grades_each_answer_and_records(env: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    quiz = expected_quiz(env, n=4, seed=5, doc_ids=["GB/T 36132-2025"])
    replies = []
    for i, q in enumerate(quiz.questions):
        if i == 0:
            replies.append("不是答案")  # asked again, not counted
        replies.append(answers(q)[0 if i % 2 == 0 else 1])
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(replies) + "\n"))
    assert main(["quiz", "--doc", "GB/T 36132-2025", "-n", "4", "--seed", "5", "--trainee", "王五"]) == 0
    out = capsys.readouterr().out
    assert f"测验 {quiz.id}" in out and out.count("回答正确") == 2 and out.count("回答错误") == 2
    assert out.count("错误：answer：") == 1
    for q in quiz.questions:
        assert q.stem in out and q.citation.key in out
    assert "答对 2/4 题" in out and "成绩已记录（学员：王五）" in out

    assert main(["quiz", "--results"]) == 0
    table = capsys.readouterr().out
    assert "王五" in table and "GB/T 36132-2025" in table
    target = env / "out.csv"
    assert main(["quiz", "--results", "--csv", str(target), "--detail"]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["question_id"] for r in rows] == [q.id for q in quiz.questions]
    assert [r["correct"] for r in rows] == ["1", "0", "1", "0"]


def test_an_empty_line_ends_the_quiz(env: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    quiz = expected_quiz(env, n=3, seed=0)
    monkeypatch.setattr("sys.stdin", io.StringIO(answers(quiz.questions[0])[0] + "\n\n"))
    assert main(["quiz", "-n", "3", "--trainee", "赵六"]) == 0
    assert "测验结束：答对 1/1 题" in capsys.readouterr().out
    main(["quiz", "--results", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert sum(r["answered"] for r in rows) == 1


def test_json_prints_the_quiz_without_answers(env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["quiz", "--json", "-n", "5", "--seed", "7", "--difficulty", "hard"]) == 0
    sheet = json.loads(capsys.readouterr().out)
    assert sheet["id"] == expected_quiz(env, n=5, seed=7, difficulty="hard").id
    assert len(sheet["questions"]) == 5
    assert all("answer" not in q and "explanation" not in q and "citation" not in q for q in sheet["questions"])


@pytest.mark.parametrize("argv, message", [
    (["quiz", "--doc", "GB/T 0000"], "doc_ids：索引中没有文件 GB/T 0000"),
    (["quiz", "--chapter", "42"], "chapters：所选文件中没有第 42 章"),
    (["quiz", "--doc", "绿色制造术语表", "--kind", "formula"], "无法生成公式计算题目"),
    (["quiz", "--csv", "x.csv"], "--csv 和 --detail 只能与 --results 一起使用"),
])
def test_bad_input_is_a_one_line_error(env: Path, capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and message in err and err.count("\n") == 1


def test_a_non_positive_count_is_refused_by_the_parser(env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        main(["quiz", "-n", "0"])
    assert info.value.code == 2 and "应为正整数" in capsys.readouterr().err
