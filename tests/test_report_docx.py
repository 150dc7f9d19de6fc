"""DOCX read back with python-docx: cover and section break, headings, tables with repeated header
rows, eastAsia fonts (styles and runs), the PAGE field, and numbers that re-check."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from assistant.report import DraftRequest, draft_report, to_docx, to_markdown
from assistant.report.markdown import APPENDIX_TITLE
from assistant.report.numbers import Ledger, uncovered
from assistant.scoring import check
from tests.fixtures.report import corpus_assistant, sample


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("docx")
    helper = corpus_assistant(base / "home")
    profile = sample("copper-smelter")
    out = {}
    for kind in ("self-evaluation", "third-party"):
        d = draft_report(DraftRequest(profile=profile, kind=kind), index=helper.index, retriever=helper.retriever,
                         settings=helper.settings)
        out[kind] = (d, Document(str(to_docx(d, base / f"{kind}.docx"))))
    return profile, out


def _east_asia(element) -> str | None:  # type: ignore[no-untyped-def]
    fonts = element.find(qn("w:rPr") + "/" + qn("w:rFonts")) if element.tag != qn("w:rPr") else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


@pytest.mark.parametrize("kind", ["self-evaluation", "third-party"])
def test_structure_reads_back(written, kind: str) -> None:  # type: ignore[no-untyped-def]
    _, out = written
    draft, doc = out[kind]
    assert len(doc.sections) == 2  # the cover, then a section break
    assert draft.title in [p.text for p in doc.paragraphs[:10]]
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[:len(draft.sections)] == [s.title for s in draft.sections] and APPENDIX_TITLE in h1
    assert any(p.style.name == "Heading 2" for p in doc.paragraphs)
    assert len(doc.tables) >= 3
    for t in doc.tables:
        tr_pr = t.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        assert all(r.bold for c in t.rows[0].cells for r in c.paragraphs[0].runs)
    footer = doc.sections[1].footer._element.xml
    assert "PAGE" in footer and "fldChar" in footer


def test_east_asian_fonts_in_styles_and_runs(written) -> None:  # type: ignore[no-untyped-def]
    _, out = written
    _, doc = out["self-evaluation"]
    assert _east_asia(doc.styles["Normal"].element) == "宋体"
    for name in ("Heading 1", "Heading 2", "Title"):
        assert _east_asia(doc.styles[name].element) == "黑体"
        # a theme font would override the explicit one in Word
        assert "eastAsiaTheme" not in doc.styles[name].element.rPr.rFonts.xml
    heading = next(p for p in doc.paragraphs if p.style.name == "Heading 1")
    body = next(p for p in doc.paragraphs if p.style.name == "Normal" and p.text.strip())
    assert {_east_asia(r._element) for r in heading.runs} == {"黑体"}
    assert {_east_asia(r._element) for r in body.runs} == {"宋体"}


@pytest.mark.parametrize("kind", ["self-evaluation", "third-party"])
def test_every_number_in_the_docx_rechecks(written, kind: str) -> None:  # type: ignore[no-untyped-def]
    profile, out = written
    draft, doc = out[kind]
    appendix = doc.tables[-1]
    rows = [[c.text for c in r.cells] for r in appendix.rows[1:]]
    assert len(rows) == len(draft.verification) and all(r[-1] == "一致" for r in rows)
    # independent of the drafting code: the checker on each appendix row's own statement
    checked = profile.model_copy(update={"scheme": draft.scheme})
    for _, _, text, label, *_ in rows:
        if "能碳管理平台" in label:
            continue
        assert check(f"{label}为 {text}", checked)[-1].status == "verified", (label, text)
    # and every number in the body (paragraphs and tables before the appendix) is one of those rows
    ledger = Ledger("docx")
    ledger.items = draft.verification
    ledger.verbatim = [v for s in draft.sections for v in _verbatim(s.markdown, profile, draft)]
    body = [p.text for p in doc.paragraphs] + ["| " + " | ".join(c.text for c in r.cells) + " |"
                                              for t in doc.tables[:-1] for r in t.rows]
    cut = next(i for i, t in enumerate(body) if t == APPENDIX_TITLE)
    text = "\n".join(body[:cut] + body[len(doc.paragraphs):])
    assert uncovered(text, ledger) == []


def _verbatim(markdown: str, profile, draft) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts a draft copies from the profile, the scheme or a clause (not claims)."""
    b = profile.basics
    out = [b.name, b.address or "", b.main_products or "", f"{b.industry.code} {b.industry.name}", draft.scheme_title,
           draft.factory, draft.date, b.credit_code or ""]
    out += [x.name for x in profile.products] + [e for r in profile.basic_requirements.values() for e in r.evidence]
    out += [e for d in profile.declarations.values() for e in d.evidence] + list(profile.retrofit.projects)
    out += [f"{m.standard}（证书编号 {m.certificate_no}）" for m in profile.management_systems]
    out += [c.quote for s in draft.sections for c in s.citations]
    if b.contact:
        out.append(b.contact.phone)
    return [x for x in out if x]


def test_markdown_has_the_same_sections_and_appendix(written) -> None:  # type: ignore[no-untyped-def]
    _, out = written
    draft, _ = out["third-party"]
    md = to_markdown(draft)
    assert md.startswith("# 绿色工厂第三方评价报告")
    assert [ln[3:] for ln in md.splitlines() if ln.startswith("## ")][:len(draft.sections)] == \
        [s.title for s in draft.sections]
    assert f"## {APPENDIX_TITLE}" in md and "| 序号 | 章节 | 数值 |" in md
