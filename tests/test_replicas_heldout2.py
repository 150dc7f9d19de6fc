"""The second blind set of replicas (evals/replicas, set "heldout2") looks like the real documents
it imitates, and its truth lists the clauses those documents have. The PDFs are checked here, the
DOCX and Markdown files in test_replicas_heldout2_docx.py.

Generator faithfulness only: nothing here parses the files with the product's ingest. The set is
kept out of specs("all"), which the ingest tests hold to the parser's quality.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from evals.replicas import load_truth
from evals.replicas.content import SETS, specs
from evals.replicas.model import squash
from evals.replicas.pdfgen import FONT

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")

FILES = ["t-gmpa-autonumber.docx", "db33-t-2999-2024.pdf", "journal-two-column.pdf", "t-gdes-032-2025.pdf",
         "notice-provincial-red.pdf", "web-policy-qa.md", "training-slides.pdf", "t-cgsc-bilingual.pdf",
         "selfeval-template.docx", "procedure-under-review.docx"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from evals.replicas.__main__ import main

    d = tmp_path_factory.mktemp("heldout2")
    assert main([str(d), "--set", "heldout2"]) == 0
    return d


@pytest.fixture(scope="module")
def truth(out: Path) -> dict[str, dict]:
    return {t["file"]: t for t in json.loads((out / "truth.json").read_text(encoding="utf-8"))}


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [pg.extract_text() for pg in PdfReader(path).pages]


def _runs(path: Path, page: int) -> list[tuple[float, float, str]]:
    """(x, y, text) of every non-blank text run on ``page``, in content order."""
    from pypdf import PdfReader

    runs: list[tuple[float, float, str]] = []

    def visit(t, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if t.strip():
            runs.append((tm[4], tm[5], t))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def _docx_xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


# --- registration and truth -----------------------------------------------------------------------
def test_heldout2_is_registered_but_not_in_all(out: Path) -> None:
    assert "heldout2" in SETS
    assert {s.set for s in specs("all")} == {"tune", "check", "heldout"}
    assert [s.file for s in specs("heldout2")] == FILES
    assert not set(FILES) & {s.file for s in specs("all")}
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "truth.json"])
    written = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert [t.model_dump() for t in load_truth("heldout2")] == written  # same truth, rendered in memory
    assert {t["set"] for t in written} == {"heldout2"}


def test_every_document_has_eight_clauses_and_unique_markers(out: Path, truth: dict[str, dict]) -> None:
    assert sorted(truth) == sorted(FILES)
    by_file = {s.file: s for s in specs("heldout2")}
    for name, t in truth.items():
        assert len(t["clauses"]) >= 8, name
        assert len(t["clauses"]) == len(set(t["clauses"])), name
        everything = by_file[name].all_text()
        for label, marker in t["markers"].items():
            assert label in t["clauses"] + t["front_matter"] and everything.count(marker) == 1, (name, label)
        text = squash(_file_text(out / name))  # and the rendered file prints each marker once
        assert [k for k, m in t["markers"].items() if text.count(m) != 1] == [], name


def _file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "".join(_pages(path))
    if path.suffix == ".docx":  # every w:t, also inside tracked insertions (python-docx skips those)
        return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", _docx_xml(path, "word/document.xml")))
    return path.read_text(encoding="utf-8")


def test_truth_lists_the_expected_clause_labels(truth: dict[str, dict]) -> None:
    assert truth["t-gmpa-autonumber.docx"]["clauses"][:5] == ["1", "2", "3", "3.1", "3.2"]
    assert truth["t-gmpa-autonumber.docx"]["clauses"][-3:] == ["附录A", "A.1", "A.2"]
    assert truth["t-gmpa-autonumber.docx"]["front_matter"] == ["封面", "前言"]
    db = truth["db33-t-2999-2024.pdf"]
    assert db["front_matter"] == ["封面", "目次", "前言"]
    assert db["clauses"][-7:] == ["附录A", "A.1", "表A.1", "附录B", "B.1", "B.2", "参考文献"]
    assert "5.1.2" in db["clauses"] and "5.1.2" in db["markers"]
    assert truth["journal-two-column.pdf"]["clauses"][:4] == ["一", "一（一）", "一（二）", "二"]
    assert "二（一）3" in truth["journal-two-column.pdf"]["clauses"]
    na = truth["t-gdes-032-2025.pdf"]["clauses"]
    assert ["A.1.2.3", "A.1.2.3.1"] == na[na.index("A.1.2.3"):na.index("A.1.2.3") + 2]
    assert na[-5:] == ["附录NA", "NA.1", "表NA.1", "NA.2", "参考文献"]
    assert truth["notice-provincial-red.pdf"]["clauses"] == [
        "一", "二", "二（一）", "二（二）", "二（三）", "三", "四", "附件1", "附件2", "附件2一", "附件2二", "附件2三"]
    assert truth["web-policy-qa.md"]["clauses"] == [
        "一", "一（一）", "一（二）", "二", "二（一）", "二（二）", "二（三）", "三", "三（一）", "三（二）"]
    assert truth["training-slides.pdf"]["clauses"] == [
        "第一部分", "1.1", "1.2", "1.3", "第二部分", "2.1", "2.2", "2.3", "第三部分", "3.1", "3.2"]
    assert truth["training-slides.pdf"]["front_matter"] == ["封面", "目次"]
    assert truth["t-cgsc-bilingual.pdf"]["clauses"] == [
        "1", "2", "3", "3.1", "4", "4.1", "4.2", "5", "5.1", "5.2", "6", "7", "附录A"]
    assert truth["selfeval-template.docx"]["clauses"][:4] == ["填写说明", "企业基本信息表", "真实性声明", "一"]
    assert truth["selfeval-template.docx"]["clauses"][-2:] == ["附表1", "附表2"]
    review = truth["procedure-under-review.docx"]
    assert review["clauses"] == ["1", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "5", "5.1", "5.2", "5.3", "6"]
    assert review["markers"]["4.2"] == "供应商发生重大环境污染事"  # from the inserted text, not the deleted 4.2


# --- local standard: two-page 目次, Roman front matter, footnotes, 续表 -----------------------------
def test_local_standard_toc_roman_pages_and_labels(out: Path) -> None:
    from pypdf import PdfReader

    path = out / "db33-t-2999-2024.pdf"
    pages = _pages(path)
    assert "浙 江 省 地 方 标 准" in pages[0] and "DB33/T 2999\u20142024" in pages[0].splitlines()
    toc1, toc2 = pages[1].splitlines(), pages[2].splitlines()
    assert toc1[1] == "目 次" and toc1[-1] == "I" and toc2[-1] == "II" and "目 次" not in toc2
    assert re.fullmatch(r"前言\s*…+\s*III", toc1[2]) and any(re.fullmatch(r"5\.1\.2 碳排放强度\s*…+\s*2", x) for x in toc1)
    assert re.fullmatch(r"参考文献\s*…+\s*7", toc2[-2])
    assert "前 言" in pages[3] and pages[3].splitlines()[-1] == "III" and pages[4].splitlines()[-1] == "1"
    assert PdfReader(path).page_labels == ["封面", "I", "II", "III", *[str(k) for k in range(1, 8)]]


def test_local_standard_footnotes_at_the_foot_of_the_page(out: Path) -> None:
    path = out / "db33-t-2999-2024.pdf"
    pages = _pages(path)
    k = next(i for i, pg in enumerate(pages) if "排放因子1)。" in squash(pg))
    lines = pages[k].splitlines()
    notes = [i for i, ln in enumerate(lines) if re.match(r"[12]\) ", ln)]
    assert len(notes) == 2 and notes[-1] == len(lines) - 2  # last lines, above the page number
    assert lines[notes[0]].startswith("1) 评价时应注明所用排放因子的年份")
    runs = _runs(path, k)
    foot_y = min(y for x, y, t in runs if t.startswith("1) "))
    body_y = min(y for x, y, t in runs if t.startswith("单位用地面积产值、建筑密度"))  # the last body line
    assert foot_y < body_y and foot_y < 120  # printed under the body, near the bottom margin


def test_local_standard_table_continued_as_xubiao(out: Path) -> None:
    pages = _pages(out / "db33-t-2999-2024.pdf")
    head = "一级指标 序号 二级指标 指标类型 单位 引领值 基准值 评分规则"
    first = [i for i, pg in enumerate(pages) if "\n表 A.1 绿色低碳工厂评价指标\n" in pg]
    assert len(first) == 1
    nxt = pages[first[0] + 1].splitlines()
    assert nxt[1:3] == ["续表 A.1", head] and "（续）" not in "".join(pages)
    assert nxt[3].startswith("10 一般工业固体废物综")  # the merged 一级指标 cell goes on, empty
    assert pages[-1].splitlines()[1] == "参 考 文 献"


# --- two-column article -------------------------------------------------------------------------------
def test_journal_article_in_two_columns(out: Path) -> None:
    path = out / "journal-two-column.pdf"
    pages = _pages(path)
    lines = pages[0].splitlines()
    assert lines[:2] == ["绿色制造与标准　2026年第1期", "36"] and pages[1].splitlines()[1] == "37"
    assert lines.index("主要技术变化解读") < lines.index("一、修订背景")
    assert lines[-1].startswith("收稿日期：2025-12-20")  # first-page footnote
    runs = _runs(path, 0)
    mid = 595.28 / 2
    top = next(y for x, y, t in runs if t.startswith("一、修订背景"))
    foot = next(y for x, y, t in runs if t.startswith("收稿日期"))
    left = [(x, y, t) for x, y, t in runs if x < mid and foot + 1 < y <= top]
    right = [(x, y, t) for x, y, t in runs if x >= mid and foot + 1 < y < top + 5]
    assert len(left) > 50 and len(right) > 50
    assert max(x for x, _, _ in left) < mid - 10 and min(x for x, _, _ in right) > mid  # a gutter between
    assert max(y for _, y, _ in right) == pytest.approx(top, abs=4.0)  # both columns start under the abstract
    k_left = runs.index(left[-1])
    assert all(runs.index(r) > k_left for r in right)  # the left column is written (and extracted) first
    text = "\n".join(pages)
    assert "\n1.五类一级指标 评价指标分为" in text and "\n（三）增加评分规则和评价结果\n" in text
    assert pages[1].splitlines()[2] == "合利用项目。"  # a paragraph that breaks across pages


# --- group standard with 附录NA ------------------------------------------------------------------------
def test_group_standard_national_annex_and_deep_numbers(out: Path) -> None:
    text = "\n".join(_pages(out / "t-gdes-032-2025.pdf"))
    assert "修改采用 ISO 14067:2018" in text
    assert "\n附录 NA\n（资料性）\n本文件与 ISO 14067:2018 的章条编号对照\n" in text
    for line in ("A.1.2.3 辅助材料", "A.1.2.3.1 年度消耗量以仓库领用台账为准，退库部分应扣除。",
                 "Es = Ms × EFs （A.1）", "CFP = (Es + Ec + Ea + En + Ee + Ef) / Pn （A.4）",
                 "4.2.1 系统边界应包括原材料获取、零部件加工、装配和出厂检验阶段，不包括使用和废弃阶段。",
                 "表 NA.1 本文件与 ISO 14067:2018 的章条编号对照情况", "4.2 6.3.2~6.3.4", "附录A 6.4.9"):
        assert f"\n{line}\n" in text, line
    assert re.search(r"\n附录 NA（资料性） 本文件与 ISO 14067:2018 的章条编号对照 ·+ \d\n", text)


# --- red-header provincial notice ----------------------------------------------------------------------
def test_notice_red_header_attachments_and_banji(out: Path) -> None:
    from pypdf import PdfReader

    path = out / "notice-provincial-red.pdf"
    reader = PdfReader(path)
    stream = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert "0.7843 0.0627 0.0627 rg" in stream and "0.7843 0.0627 0.0627 RG" in stream  # red text, red rule
    assert "0.7843 0.0627 0.0627" not in reader.pages[2].get_contents().get_data().decode("latin-1")
    pages = _pages(path)
    first = pages[0].splitlines()
    assert first[1] == "×经信节能〔2025〕27号" and first[-1] == "\u2014 1 \u2014"
    assert "\n（一） 近三年未发生安全" in pages[0]
    assert pages[2].startswith("附件1\n××省绿色工厂评价细则（2025年版）")
    assert pages[3].splitlines()[:2] == ["续表", "一级指标 评价内容 评价要求 分值 佐证材料"]
    assert pages[4].startswith("附件2\n××省省级绿色工厂申报书") and "申报单位（盖章）：____" in pages[4]
    assert "\n三、真实性承诺\n" in pages[5]
    last = pages[-1].splitlines()
    assert last[0].startswith("抄送：") and last[1].endswith("印发") and len(last) == 3
    assert min(y for _, y, _ in _runs(path, len(pages) - 1)[:2]) < 260  # the 版记 sits at the page foot


# --- slides exported to PDF ---------------------------------------------------------------------------
def test_slides_one_per_landscape_page_with_corner_numbers(out: Path) -> None:
    from pypdf import PdfReader

    path = out / "training-slides.pdf"
    reader = PdfReader(path)
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == (720.0, 405.0) for p in reader.pages)
    pages = _pages(path)
    assert len(pages) == 15 and "\u2014" in pages[0] and not re.search(r"\d+$", pages[0].strip())
    for k in range(1, 15):
        assert pages[k].splitlines()[-1] == f"绿色工厂评价实务培训 | ××绿色制造评价中心 {k + 1}", k
        x_no = max(x for x, _, t in _runs(path, k) if t.strip() == str(k + 1))
        assert x_no > 650  # bottom right corner
    assert pages[1].splitlines()[:4] == ["目录 CONTENTS", "01　绿色制造体系概述", "02　新版评价通则要点", "03　自评价报告编写"]
    assert pages[2].splitlines()[:2] == ["第一部分　绿色制造体系概述", "PART 01"]
    divider_y = next(y for _, y, t in _runs(path, 2) if t.startswith("第一部分"))
    title_y = next(y for _, y, t in _runs(path, 3) if t.startswith("1.1"))
    assert 180 < divider_y < 280 and title_y > 310  # divider title mid-slide, slide titles at the top
    assert pages[5].startswith("1.3 评价流程\n") and pages[6].startswith("1.3 评价流程（续）\n• 列入名单后")
    assert "\n– 连续三次抽查合格：五年内免于抽查\n" in pages[6] and pages[14].startswith("谢谢！")
    sizes = {round(s) for s in _sizes(path, 3)}
    assert {24, 16, 14} <= sizes  # title, bullet, sub-bullet


def _sizes(path: Path, page: int) -> list[float]:
    from pypdf import PdfReader

    out: list[float] = []
    PdfReader(path).pages[page].extract_text(
        visitor_text=lambda t, cm, tm, font, size: out.append(size * tm[0]) if t.strip() else None)
    return out


# --- bilingual standard --------------------------------------------------------------------------------
def test_bilingual_headings_repeat_the_number_in_english(out: Path) -> None:
    pages = _pages(out / "t-cgsc-bilingual.pdf")
    text = "\n".join(pages)
    for zh, en in (("1 范围", "1 Scope"), ("3.1 供应商碳数据", "3.1 supplier carbon data"),
                   ("5.2 排放因子", "5.2 Emission factors"), ("7 数据审核", "7 Data review")):
        assert f"\n{zh}\n{en}\n" in text, zh
    assert pages[1].splitlines()[1:3] == ["目 次", "Contents"] and "\n前 言\nForeword\n" in pages[2]
    assert "\n附录 A\n（资料性）\n供应商碳数据报送表示例\nAnnex A (informative)" in text
    assert "\nThis document specifies the content, accounting requirements" in text
    assert "\n5.1 and 5.2 shall be returned to the supplier for correction.\n" in text  # a wrapped reference
