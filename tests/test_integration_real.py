"""Integration on real components: the default e5-small model, embedded Chroma, the shipped corpus,
a generated Chinese PDF through pypdf, and a small real eval with a hit@5 floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parent.parent

# Measured (README, Evaluation): hybrid hit@5 0.961 on the 180 answerable dev questions, 0.914 on the
# 40-question dev subset below, 1.000 on the 60 answerable held-out questions. The floors leave room
# for noise, not for regressions.
HIT5_FLOORS = {"dev": 0.85, "heldout": 0.93}


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    a = Assistant(Settings(home=tmp_path_factory.mktemp("real-home")))
    report = a.ingest([ROOT / "corpus"])
    assert report.ok, report.errors
    return a


@pytest.mark.parametrize(("question", "key", "fact"), [
    ("取水量包括消防用水吗？", "GB/T 36132-2025§B.8", "消防"),
    ("绿色工厂评价的基本要求有哪些？", "GB/T 36132-2025§4.2", "管理体系"),
    ("工业用水重复利用率怎么计算？", "GB/T 36132-2025§B.10", "Vr"),
])
def test_demo_questions_get_cited_answers(real: Assistant, question: str, key: str, fact: str) -> None:
    ans = real.ask(question)
    assert ans.grounded
    assert key in [c.key for c in ans.citations]
    assert fact in ans.answer
    chunks = {c.key: c.text for c in real.chunks()}
    for cit in ans.citations:
        assert cit.quote.replace(" ", "") in chunks[cit.key].replace(" ", "")


def test_superseded_edition_answer_is_labelled(real: Assistant) -> None:
    ans = real.ask("2018版绿色工厂的定义是什么？")
    assert ans.grounded and "GB/T 36132-2018" in ans.superseded
    assert "已废止" in ans.answer and "GB/T 36132-2025" in ans.answer


def test_out_of_scope_refused_with_real_model(real: Assistant) -> None:
    for q in ("今天上海天气怎么样？", "贵州茅台今天股价多少", "How do I reverse a list in Python?"):
        assert not real.ask(q).grounded, q


def test_english_and_traditional_questions(real: Assistant) -> None:
    question = "Does water withdrawal include fire-fighting water?"
    keys = [h.chunk.key for h in real.search(question, k=3)]
    # the clauses that state the exclusion (the dev set's gold for this question, a082)
    assert {"GB/T 36132-2025§B.8", "GB/T 36132-2025§B.9", "绿色制造术语表§2.28"} & set(keys[:1]), keys
    ans = real.ask(question)
    assert ans.grounded and "消防" in ans.citations[0].quote
    assert "GB/T 36132-2025§B.27" in [h.chunk.key for h in real.search("容積率怎麼計算", k=3)]


def test_generated_pdf_is_found_by_clause_key(real: Assistant, tmp_path: Path) -> None:
    from test_ingest_pdf import FONT, _make_pdf

    if not FONT.exists():
        pytest.fail("CJK font missing: `make font` installs fonts-droid-fallback")
    pdf = tmp_path / "pdf" / "gbt36132.pdf"
    pdf.parent.mkdir()
    _make_pdf(pdf)
    a = Assistant(Settings(home=tmp_path / "pdf-home"))
    report = a.ingest([pdf])
    assert report.ok, report.errors
    assert report.pages and report.pages > 1
    hits = a.search("工业用水重复利用率 计算公式", k=3)
    assert hits[0].chunk.key == "GB/T 36132-2025§B.10"
    assert hits[0].chunk.pages


@pytest.mark.parametrize(("set_name", "limit"), [("dev", 40), ("heldout", None)])
def test_eval_set_meets_the_floor(tmp_path: Path, set_name: str, limit: int | None) -> None:
    from assistant.evaluation.runner import run_eval

    report = run_eval(Settings(home=tmp_path / "eval-home"), set_name, include_checker=False, limit=limit,
                      write=False, progress=False)
    hybrid = report.variant("d")
    baseline = report.variant("a")
    assert hybrid is not None and hybrid.scores.hit5 is not None
    assert hybrid.scores.hit5 >= HIT5_FLOORS[set_name], report.failures
    assert baseline is not None and baseline.scores.hit5 is not None
    assert hybrid.scores.hit5 > baseline.scores.hit5
    assert report.answers is not None and report.answers.citation_validity == 1.0
