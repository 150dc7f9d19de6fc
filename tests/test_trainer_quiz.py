"""Trainer quizzes from the real corpus: every kind, graded right and wrong, answers in the cited
clause, distractors from sibling clauses, difficulty, determinism, bad requests."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.scoring import calc, linear_points
from assistant.settings import Settings
from assistant.trainer import KINDS, QuizRequest, grade, make_quiz, parse_number
from assistant.trainer.source import clauses, siblings, term_of
from tests.fixtures.trainer_corpus import answers, corpus_home


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant.index.indexer import Index

    home = corpus_home(tmp_path_factory.mktemp("trainer-quiz"))
    index = Index(Settings(home=home, embedder="hash"))
    return index.chunks(), index.editions()


@pytest.fixture(scope="module")
def by_key(corpus):  # type: ignore[no-untyped-def]
    return {c.key: c for c in clauses(corpus[0])}


def quiz(corpus, **kw):  # type: ignore[no-untyped-def]
    return make_quiz(QuizRequest(**kw), corpus[0], editions=corpus[1])


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_generated_and_graded_right_and_wrong(corpus, by_key, kind, difficulty) -> None:  # type: ignore[no-untyped-def]
    q = quiz(corpus, n=4, kinds=[kind], difficulty=difficulty, seed=3)
    assert q.questions, (kind, difficulty)
    for question in q.questions:
        assert question.kind == kind and question.difficulty == difficulty
        clause = by_key[question.citation.key]
        assert question.citation.quote and question.citation.quote in clause.text
        assert question.citation.doc_title == clause.doc_title and question.chapter == clause.chapter
        right, wrong = answers(question)
        good, bad = grade(question, right), grade(question, wrong)
        assert good.correct and not bad.correct, question.stem
        assert good.citation.key == bad.citation.key == question.citation.key
        assert good.explanation.startswith("回答正确") and bad.explanation.startswith("回答错误")
        assert question.citation.quote in bad.explanation and question.citation.key in bad.explanation


def test_the_correct_answer_is_in_the_cited_clause(corpus, by_key) -> None:  # type: ignore[no-untyped-def]
    rows = {r["change"] for link in corpus[1] for r in link["clause_map"]}
    for difficulty in ("easy", "medium", "hard"):
        for q in quiz(corpus, n=40, difficulty=difficulty, seed=11).questions:
            text = by_key[q.citation.key].text
            if q.kind in ("definition", "choice"):
                assert q.answer in text
            elif q.kind == "true_false":
                statement = re.search(r"「(.+)」$", q.stem).group(1)  # type: ignore[union-attr]
                assert (statement in text) == (q.answer == "正确"), statement
            elif q.kind == "edition" and q.form == "change":
                assert q.answer in rows
            elif q.form == "order":
                positions = [text.index(q.options["ABCDEFGH".index(ch)]) for ch in q.answer]
                assert positions == sorted(positions)
            elif q.kind == "formula":
                assert q.value == pytest.approx(calc(q.indicator, q.inputs).value)
                assert q.citation.key == calc(q.indicator, q.inputs).citation_key


def test_distractors_come_from_sibling_clauses_and_differ_from_the_answer(corpus, by_key) -> None:  # type: ignore[no-untyped-def]
    pool = list(by_key.values())
    q = quiz(corpus, n=30, kinds=["definition", "choice"], doc_ids=["绿色制造术语表", "绿色制造体系政策要点"], seed=5)
    assert {x.kind for x in q.questions} == {"definition", "choice"}
    for question in q.questions:
        clause = by_key[question.citation.key]
        sibs = siblings(clause, pool)
        others = [o for i, o in enumerate(question.options) if i != question.answer_index]
        assert others and question.answer not in others and len(set(question.options)) == len(question.options)
        for option in others:
            if question.kind == "definition":
                assert option in {term_of(s.title) for s in sibs}
            else:
                assert any(option in s.text for s in sibs) and option not in clause.text


def test_difficulty_changes_options_closeness_and_units(corpus) -> None:  # type: ignore[no-untyped-def]
    counts = {d: {len(x.options) for x in quiz(corpus, n=6, kinds=["definition", "choice"], difficulty=d).questions}
              for d in ("easy", "medium", "hard")}
    assert counts == {"easy": {3}, "medium": {4}, "hard": {5}}
    easy = quiz(corpus, n=8, kinds=["formula"], difficulty="easy").questions
    hard = quiz(corpus, n=8, kinds=["formula"], difficulty="hard").questions
    assert all(" = " in x.stem.split("计算")[0] for x in easy)  # the formula is shown
    assert not any("的公式" in x.stem for x in hard)
    converted = [v for x in hard for v in x.inputs.values() if re.search(r"万m3|万t|kgce|亿元|公顷|万tCO2", v)]
    assert converted
    assert max(x.tolerance for x in hard) < min(x.tolerance for x in easy)


def test_same_documents_and_seed_give_the_same_quiz(corpus) -> None:  # type: ignore[no-untyped-def]
    a = quiz(corpus, n=12, seed=42)
    shuffled = list(corpus[0])
    random.Random(1).shuffle(shuffled)
    b = make_quiz(QuizRequest(n=12, seed=42), shuffled, editions=corpus[1])
    assert a.model_dump() == b.model_dump() and len(a.questions) == 12
    c = quiz(corpus, n=12, seed=43)
    assert c.id != a.id and [x.id for x in c.questions] != [x.id for x in a.questions]
    assert len({x.kind for x in a.questions}) == len(KINDS)  # kinds take turns
    fewer = make_quiz(QuizRequest(n=12, seed=42), [c for c in corpus[0] if c.clause != "B.10"], editions=corpus[1])
    assert fewer.fingerprint != a.fingerprint and fewer.id != a.id


def test_formula_grading_uses_the_calculator_with_a_tolerance(corpus) -> None:  # type: ignore[no-untyped-def]
    for difficulty, inside, outside in (("medium", 1.009, 1.02), ("hard", 1.004, 1.008)):
        for q in quiz(corpus, n=5, kinds=["formula"], difficulty=difficulty, seed=9).questions:
            value = calc(q.indicator, q.inputs).value
            assert grade(q, f"{value * inside}").correct and grade(q, f"{value / inside}").correct
            assert not grade(q, f"{value * outside}").correct
            assert "计算过程" in grade(q, "0").explanation and q.citation.quote in grade(q, "0").explanation


def test_the_score_rule_is_graded_by_clause_5_2(corpus) -> None:  # type: ignore[no-untyped-def]
    qs = [x for x in quiz(corpus, n=20, kinds=["procedure"], doc_ids=["GB/T 36132-2025"], chapters=["5"],
                            difficulty="hard", seed=2).questions]
    assert qs and all(x.form == "score" and x.citation.key == "GB/T 36132-2025§5.2" for x in qs)
    for x in qs:
        nums = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", x.stem.split("方法")[1])]
        points, base, lead, actual = nums
        assert x.value == pytest.approx(linear_points(points, actual, lead, base, "正向" in x.stem))


def test_answers_of_the_wrong_shape_are_one_line_errors(corpus) -> None:  # type: ignore[no-untyped-def]
    q = quiz(corpus, n=1, kinds=["choice"]).questions[0]
    with pytest.raises(ConfigError, match="请回答 A、B、C、D 中的一个"):
        grade(q, "Z")
    order = next(x for x in quiz(corpus, n=5, kinds=["procedure"]).questions if x.form == "order")
    with pytest.raises(ConfigError, match="每个字母各写一次"):
        grade(order, "AAB")
    assert parse_number("96.2%") == 96.2 and parse_number("1,234.5") == 1234.5 and parse_number("1.2万") == 12000
    with pytest.raises(ConfigError, match="无法识别为数值"):
        parse_number("九十")


def test_bad_requests_name_the_field(corpus) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="doc_ids：索引中没有文件 GB/T 9999"):
        quiz(corpus, doc_ids=["GB/T 9999"])
    with pytest.raises(ConfigError, match="chapters：所选文件中没有第 99 章"):
        quiz(corpus, chapters=["99"])
    with pytest.raises(ConfigError, match="无法生成公式计算题目"):
        quiz(corpus, doc_ids=["绿色制造术语表"], kinds=["formula"])
    with pytest.raises(ConfigError, match="索引中没有文件"):
        make_quiz(QuizRequest(), [], editions=[])
    few = quiz(corpus, n=50, kinds=["formula"])
    assert len(few.questions) < 50 and few.notes


def test_chapters_filter_and_normalise(corpus) -> None:  # type: ignore[no-untyped-def]
    q = quiz(corpus, n=10, doc_ids=["GB/T 36132-2025"], chapters=["B"])
    assert q.questions and {x.chapter for x in q.questions} == {"附录B"}
    assert quiz(corpus, n=10, doc_ids=["GB/T 36132-2025"], chapters=["附录 B"]).id != q.id  # request differs
    assert {x.chapter for x in quiz(corpus, n=6, chapters=["第4章"]).questions} == {"4"}


def test_handout_has_no_answers(corpus) -> None:  # type: ignore[no-untyped-def]
    sheet = quiz(corpus, n=6).handout()
    for q in sheet["questions"]:
        assert not {"answer", "answer_index", "value", "explanation", "citation"} & set(q)
        assert q["stem"] and q["chapter"] and q["doc_id"]


def test_superseded_edition_is_used_for_edition_questions_only(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    q = quiz(corpus, n=40, kinds=["definition", "true_false", "choice", "procedure"])
    assert all(x.doc_id != "GB/T 36132-2018" for x in q.questions)
    e = quiz(corpus, n=10, kinds=["edition"])
    assert any(x.doc_id == "GB/T 36132-2018" for x in e.questions)


def test_the_quiz_is_the_same_in_another_process(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import subprocess
    import sys

    data = tmp_path / "chunks.json"
    data.write_text(json.dumps({"chunks": [c.model_dump() for c in corpus[0]], "editions": corpus[1]},
                               ensure_ascii=False), encoding="utf-8")
    code = ("import json,sys; from assistant.types import Chunk; from assistant.trainer import QuizRequest, make_quiz;"
            "d=json.load(open(sys.argv[1], encoding='utf-8'));"
            "q=make_quiz(QuizRequest(n=12, seed=42, difficulty='hard'), [Chunk(**c) for c in d['chunks']], editions=d['editions']);"
            "print(q.model_dump_json())")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(Path(__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    here = quiz(corpus, n=12, seed=42, difficulty="hard")
    assert json.loads(out) == json.loads(here.model_dump_json())


def test_outline_lists_documents_and_chapters(corpus) -> None:  # type: ignore[no-untyped-def]
    from assistant.trainer import chapter_label, outline

    chapters = outline(corpus[0])
    assert chapters["GB/T 36132-2025"][:4] == ["说明", "前言", "1", "2"]
    assert "附录B" in chapters["GB/T 36132-2025"] and chapter_label("4") == "第 4 章"
