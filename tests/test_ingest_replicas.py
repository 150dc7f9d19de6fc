"""Ingest against faithful replicas of real documents (evals/replicas), and the replicas themselves.

The per-document ingest tests state what a faithful parse must give (clause recall and precision,
markers in their own clause, nothing of the body under front matter, id/title/kind). They are
expected to fail against the current parser; the generator tests prove the replicas look like the
real documents (pypdf text of leaders, Roman page numbers, running headers, spaced glyphs, ...).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from fixtures.replica_checks import check_front_matter, check_keys, check_markers, check_metadata

from assistant.ingest import parse_file
from assistant.types import ParsedDocument
from evals.replicas import DocTruth, build, load_truth
from evals.replicas.content import specs
from evals.replicas.model import squash
from evals.replicas.pdfgen import FONT

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")

FILES = [s.file for s in specs()]  # every set: tune, check and heldout (written blind to the parser)
HELDOUT = ["gb-30252-like.pdf", "hj-xxxx-2022.pdf", "pasted-standard.txt", "web-article.md",
           "policy-articles.pdf", "styled-wrong.docx", "report-third-party.docx"]
STD = "gbt36132-2025.pdf"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, DocTruth]]:
    out = tmp_path_factory.mktemp("replicas")
    return out, {t.file: t for t in build(out)}


@pytest.fixture(scope="module")
def parsed(built: tuple[Path, dict[str, DocTruth]]) -> dict[str, ParsedDocument]:
    out, truths = built
    return {f: parse_file(out / f) for f in truths}


def _pages(built: tuple[Path, dict[str, DocTruth]], name: str = STD) -> list[str]:
    from pypdf import PdfReader

    return [pg.extract_text() for pg in PdfReader(built[0] / name).pages]


# --- ingest fidelity ------------------------------------------------------------------------
@pytest.mark.parametrize("name", FILES)
def test_replica_clause_keys(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_keys(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_replica_markers_in_their_clause(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_markers(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_replica_front_matter_holds_no_body(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_front_matter(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_replica_metadata(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_metadata(parsed[name], built[1][name])


# --- the generator itself ---------------------------------------------------------------------
def test_build_is_deterministic_and_matches_load_truth(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, truths = built
    again = build(tmp_path)
    for t in again:
        assert hashlib.sha256((out / t.file).read_bytes()).digest() == \
            hashlib.sha256((tmp_path / t.file).read_bytes()).digest(), t.file
    assert [t.model_dump() for t in load_truth()] == [t.model_dump() for t in truths.values()]
    assert {t.set for t in truths.values()} == {"tune", "check", "heldout"} and len(truths) == 16
    assert [s.file for s in specs("heldout")] == HELDOUT


@pytest.mark.parametrize("spec", specs(), ids=FILES)
def test_truth_markers_are_sound(spec, built) -> None:  # type: ignore[no-untyped-def]
    truth = built[1][spec.file]
    everything = spec.all_text()
    with_body = [n.label for n in spec.nodes if spec.body_texts(n) and n.label not in ("封面", "目次")]
    assert [c for c in with_body if c not in truth.markers] == []
    for label, marker in truth.markers.items():
        assert 8 <= len(marker) <= 20 and everything.count(marker) == 1, (label, marker)
    assert len(set(truth.clauses)) == len(truth.clauses)


def _file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_markers_are_printed_once(name: str, built) -> None:  # type: ignore[no-untyped-def]
    out, truths = built
    text = squash(_file_text(out / name))
    for label, marker in truths[name].markers.items():
        assert text.count(marker) == 1, (label, marker)


def test_standard_cover(built) -> None:  # type: ignore[no-untyped-def]
    lines = _pages(built)[0].splitlines()
    for want in ("ICS 13.020.01", "CCS Z 04", "GB/T 36132\u20142025", "代替 GB/T 36132\u20142018",
                 "绿色工厂评价通则", "General principle for assessment of green factory"):
        assert want in lines, want
    assert "中 华 人 民 共 和 国 国 家 标 准" in lines
    assert any(re.fullmatch(r"2025-12-31 发布\s+2025-12-31 实施", ln) for ln in lines)


def test_standard_toc_has_dotted_leaders_and_page_numbers(built) -> None:  # type: ignore[no-untyped-def]
    toc = _pages(built)[1].splitlines()
    assert "目 次" in toc
    leader = r"\s*…{5,}\s*"
    for pat in (rf"前言{leader}III", rf"1 范围{leader}1", rf"4\.3 评价指标{leader}\d+",
                rf"附录 A（规范性） 绿色工厂评价标准的文件结构{leader}\d+", rf"表 A\.1 绿色工厂评价指标格式{leader}\d+"):
        assert any(re.fullmatch(pat, ln) for ln in toc), pat
    rest = _pages(built)[2].splitlines()
    assert any(re.fullmatch(rf"表 C\.1 绿色工厂评价指标示例{leader}\d+", ln) for ln in rest)
    assert any(re.fullmatch(rf"参考文献{leader}\d+", ln) for ln in rest)


def test_standard_roman_front_pages_and_running_header(built) -> None:  # type: ignore[no-untyped-def]
    pages = _pages(built)
    assert [pg.splitlines()[-1] for pg in pages[1:4]] == ["I", "II", "III"]
    assert "前 言" in pages[3].splitlines()
    body = pages[4:]
    assert all(pg.splitlines()[0] == "GB/T 36132\u20142025" for pg in pages[1:])
    assert [pg.splitlines()[-1] for pg in body] == [str(k) for k in range(1, len(body) + 1)]
    assert "a) 更改了范围（见第1章，2018年版的第1章）；" in pages[3].splitlines()


def test_standard_spaced_glyphs_and_bare_term(built) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(_pages(built)[4:])
    assert "1 范 围" in text.splitlines()
    assert "绿 色 工 厂 至 少 应 满 足 以 下 基 本 要 求 ：" in text
    assert "\n3.1\n绿色工厂 green factory\n" in text
    assert re.search(r"^4\.3\.1\.1 能源消耗强度应以", text, re.M)
    assert re.search(r"^2018年版的3\.1强调", text, re.M) and re.search(r"^4\.2 规定的基本要求", text, re.M)
    assert "附录 A\n（规范性）\n绿色工厂评价标准的文件结构" in text


def test_standard_annex_b_formulas(built) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(_pages(built))
    lines = text.splitlines()
    assert "Eu = E / Q (B.1)" in lines and "R = Ab / A (B.28)" in lines and "ki = ti / t0 (B.25)" in lines
    assert "Eu——单位产品综合能耗，单位为吨标准煤每产品单位（tce/产品单位）；" in lines
    assert sum(ln == "式中：" for ln in lines) >= 28
    assert [ln for ln in lines if re.fullmatch(r"B\.\d+ \S+", ln)][-1] == "B.27 容积率"


def test_standard_table_c1_continues_with_header(built) -> None:  # type: ignore[no-untyped-def]
    pages = _pages(built)
    first = [i for i, pg in enumerate(pages) if "\n表 C.1 绿色工厂评价指标示例\n" in pg]
    cont = [i for i, pg in enumerate(pages) if "表 C.1 绿色工厂评价指标示例（续）" in pg]
    assert len(first) == 1 and cont == [first[0] + 1]
    assert "序号 二级指标 指标类型 单位 引领值 基准值 分值" in pages[cont[0]]


def test_check_standard_layout(built) -> None:  # type: ignore[no-untyped-def]
    pages = _pages(built, "jbt-green-factory-computer.pdf")
    assert any(re.fullmatch(r"1 范围\s*·{5,}\s*1", ln) for ln in pages[1].splitlines())
    assert "A.1 单位产品综合能耗" in pages[1].splitlines()  # a TOC line without a page number
    firsts = [pg.splitlines()[0] for pg in pages[1:]]  # page number at the top, the number at the foot
    assert firsts[:2] == ["I", "II"] and firsts[2:5] == ["第 1 页", "第 2 页", "第 3 页"]
    assert all(pg.splitlines()[-1] == "SJ/T 11744\u20142019" for pg in pages[1:])
    assert any("表 1 电子计算机制造绿色工厂评价指标（续）" in pg for pg in pages)


def test_letter_and_notice_pdfs(built) -> None:  # type: ignore[no-untyped-def]
    letter = _pages(built, "t-cisa-low-carbon-steel.pdf")
    assert letter[0].splitlines()[1:4] == ["钢协科〔2024〕32号", "关于征求《低碳排放钢评价方法》中国钢铁",
                                          "工业协会团体标准（征求意见稿）意见的通知"]
    assert "T/CISA XXXX\u2014XXXX" in letter[2].splitlines() and "（征求意见稿）" in letter[2]
    notice = _pages(built, "notice-586.pdf")
    assert notice[0].splitlines()[1] == "工信厅节函〔2016〕586号" and notice[0].splitlines()[-1] == "\u2014 1 \u2014"


def test_docx_and_web_pages(built) -> None:  # type: ignore[no-untyped-def]
    import docx

    out = built[0]
    styles = {p.style.name for p in docx.Document(str(out / "guide-with-styles.docx")).paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles
    for name in ("notice-2024-13.docx", "report-outline-plain.docx"):
        assert {p.style.name for p in docx.Document(str(out / name)).paragraphs} == {"Normal"}
    tw = (out / "web-green-factory-tw.txt").read_text(encoding="utf-8")
    assert tw.startswith("首頁 | 新聞中心 | 政策法規") and "建設(shè)" in tw and "版權所有 ©" in tw
    assert "\n綠色工廠評價方式\n" in tw
