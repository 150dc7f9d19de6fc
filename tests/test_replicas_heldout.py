"""The held-out replicas (evals/replicas, set "heldout") look like the real documents they imitate.

Generator faithfulness only: the ingest fidelity of these files is measured by the parametrised
cases of tests/test_ingest_replicas.py, like every other replica.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evals.replicas import build
from evals.replicas.pdfgen import FONT

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("heldout")
    build(d, "heldout")
    return d


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [pg.extract_text() for pg in PdfReader(path).pages]


def _x_of(path: Path, page: int, text: str) -> float:
    """Left x (pt) of the first text run starting ``text`` on ``page`` (0-based)."""
    from pypdf import PdfReader

    xs: list[float] = []

    def visit(t, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if t.startswith(text):
            xs.append(tm[4])

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    assert xs, (page, text)
    return xs[0]


def test_quota_standard_toc_on_two_pages_and_front_matter(out: Path) -> None:
    pages = _pages(out / "gb-30252-like.pdf")
    cover = pages[0].splitlines()
    assert "GB 30251\u20142013" in cover and "中 华 人 民 共 和 国 国 家 标 准" in cover
    toc1, toc2 = pages[1].splitlines(), pages[2].splitlines()
    assert toc1[:2] == ["GB 30251\u20142013", "目 次"] and toc1[-1] == "I" and toc2[-1] == "II"
    assert "目 次" not in toc2 and re.fullmatch(r"B\.1 报表内容\s*…+\s*\d+", toc2[1])
    assert any(re.fullmatch(r"引言\s*…+\s*IV", ln) for ln in toc1)
    assert "本文件的第4章为强制性的，其余为推荐性的。" in pages[3].splitlines() and "前 言" in pages[3]
    assert "引 言" in pages[4].splitlines() and pages[4].splitlines()[-1] == "IV"


def test_quota_standard_table_continues_without_caption(out: Path) -> None:
    pages = _pages(out / "gb-30252-like.pdf")
    head = "焦炉类型 规格 等级 单位焦炭综合能耗（"
    first = [i for i, pg in enumerate(pages) if "\n表 1 炼焦单位产品能源消耗限额等级\n" in pg]
    with_head = [i for i, pg in enumerate(pages) if head in pg]
    assert len(first) == 1 and with_head == [first[0], first[0] + 1]
    assert "（续）" not in "".join(pages)
    nxt = pages[first[0] + 1].splitlines()
    assert nxt[0] == "GB 30251\u20142013" and nxt[1] == head  # the header row, straight under the running header


def test_quota_standard_formulas_notes_and_spaced_title(out: Path) -> None:
    lines = "\n".join(_pages(out / "gb-30252-like.pdf")).splitlines()
    for expr, no in (("E = Eg + Ee + Es - Er", "（1）"), ("e = E / P × 1000", "（2）")):
        assert lines[lines.index(expr) + 1] == no
    assert "4.1 总 则" in lines
    for start in ("注1：热回收焦炉", "注2：半焦炉", "注1：回收的焦炉煤气", "示例1：某企业", "示例2："):
        assert any(ln.startswith(start) for ln in lines), start


def test_environmental_standard_outer_header_and_page_numbers(out: Path) -> None:
    path = out / "hj-xxxx-2022.pdf"
    pages = _pages(path)
    for k in range(1, len(pages)):
        lines = pages[k].splitlines()
        assert lines[0] == "HJ 1234\u20142022"
        x_head, x_no = _x_of(path, k, "HJ 1234"), _x_of(path, k, lines[-1])
        if (k + 1) % 2 == 0:  # even physical page: the left corner
            assert x_head < 100 and x_no < 100, k
        else:
            assert x_head > 380 and x_no > 450, k


def test_environmental_standard_annexes_and_merged_table(out: Path) -> None:
    text = "\n".join(_pages(out / "hj-xxxx-2022.pdf"))
    assert "附录 A\n（规范性）\n核算数据来源和要求" in text and "附录 B\n（资料性）\n核算示例" in text
    for heading in ("A.2.1 活动数据", "A.2.1.1 产品产量", "A.2.2.2 手工监测数据", "B.2.1.1 与引领值比较"):
        assert f"\n{heading}\n" in text, heading
    assert "\n废水 废水产生量 车间排水口流量计\n或水平衡测试\n每日记录累计流量，\n月末汇总\n" in text
    assert "\n废水排放量 总排口在线监测 保存原始数据不少于三年\n" in text  # the merged first cell is empty


def test_pasted_text_wraps_and_page_furniture(out: Path) -> None:
    from evals.replicas.textgen import hard_wrap

    text = (out / "pasted-standard.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    widths = [sum(0.5 if ord(c) < 128 else 1.0 for c in ln.rstrip("，。；：、）》”！？")) for ln in lines]
    body = lines[lines.index("1 范 围"):]
    assert max(widths) <= 44 and sum(len(ln) >= 34 for ln in body) >= 15
    footers = [i for i, ln in enumerate(lines) if re.fullmatch(r"\u2014 \d+ \u2014", ln)]
    assert [lines[i] for i in footers] == [f"\u2014 {k} \u2014" for k in range(1, len(footers) + 1)]
    assert all(lines[i + 1] == "T/GMIA 021\u20142023" for i in footers[:-1])
    assert any(lines[i - 1][-1] not in "。；：" for i in footers)  # a page break inside a sentence
    assert "\n3 术 语 和 定 义\n" in text and "\n5.3.2\n供应商管理\n" in text
    assert "\n1 范围 1\n" in text and "\n5.3.2 供应商管理 2\n" in text and "…" not in text
    assert hard_wrap("一二三四五。", 2) == ["一二", "三四", "五。"]


def test_markdown_page(out: Path) -> None:
    text = (out / "web-article.md").read_text(encoding="utf-8")
    assert text.startswith("[首页](http://") and "\n# 2025年度绿色工厂申报要点解读\n" in text
    for heading in ("## 一、政策背景", "**二、申报条件**", "### （一）企业自评价", "**（二）线上填报**", "## 五、常见问题"):
        assert f"\n{heading}\n" in text, heading
    assert "；\n- 建立质量、环境" in text and "\n![图1 绿色工厂申报流程示意](images/flow-2025.png)\n" in text
    assert "[详情](http://www.example.org.cn/faq/green-factory.html)" in text and "---" not in text.splitlines()[0]


def test_provincial_policy_articles_and_attachment(out: Path) -> None:
    pages = _pages(out / "policy-articles.pdf")
    first = pages[0].splitlines()
    assert first[1] == "×工信规〔2025〕3号" and first[-1] == "\u2014 1 \u2014"
    text = "\n".join(pages)
    assert re.search(r"\n第四条 申报省级绿色工厂的企业应同时满足以下条件：\n（一）在本省", text)
    assert "\n第一章\u3000总\u3000\u3000则\n" in text
    last = pages[-1].splitlines()
    assert last[:3] == ["附件1", "××省省级绿色工厂申报材料清单", "申报材料按以下顺序装订成册，并同时提交电子版。"]
    assert "一、企业基本情况" in last and "三、证明材料" in last


def test_docx_with_misused_styles(out: Path) -> None:
    import docx

    d = docx.Document(str(out / "styled-wrong.docx"))
    styled = [(p.style.name, p.text, any(r.bold for r in p.runs)) for p in d.paragraphs]
    assert ("Heading 1", "能碳数据管理规范", False) in styled
    assert [s for s, t, _ in styled if s == "Heading 1"] == ["Heading 1"]
    assert ("Heading 2", "1 范围", False) in styled and ("Normal", "4.1 能源环保部", True) in styled
    heads = [(s, t) for s, t, _ in styled if s.startswith("Heading")]
    k = heads.index(("Heading 2", "6 数据核算"))
    assert heads[k + 1] == ("Heading 4", "6.1 综合能耗核算")  # Heading 3 skipped
    assert "w:tblHeader" in d.tables[0].rows[0]._tr.xml and d.tables[0].rows[0].cells[0].text == "数据项"


def test_docx_report_with_word_toc(out: Path) -> None:
    import docx

    d = docx.Document(str(out / "report-third-party.docx"))
    toc = [p for p in d.paragraphs if p.style.name.startswith("toc ")]
    assert [p.text for p in toc][:3] == ["1 评价概况\t1", "1.1 受评价单位概况\t1", "1.2 评价依据\t1"]
    assert {p.style.name for p in toc} == {"toc 1", "toc 2"}
    assert 'TOC \\o "1-2"' in toc[0]._p.xml and 'w:fldCharType="end"' in toc[-1]._p.xml
    assert 'w:leader="dot"' in toc[0]._p.xml
    texts = [(p.style.name, p.text) for p in d.paragraphs]
    assert ("TOC Heading", "目\u3000录") in texts and ("Heading 1", "1 评价概况") in texts
    assert ("Heading 2", "3.2 基本要求") in texts and ("Normal", "表2 指标评价表") in texts
    assert [t.rows[0].cells[1].text for t in d.tables] == ["基本要求", "二级指标"]
