"""The DOCX and Markdown replicas of the second blind set (heldout2) look like the real files:
Word automatic numbering, template styles with outline levels, merged cells, tracked changes and
comments, a web page's furniture. Generator faithfulness only: no parser involved.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from evals.replicas.build import render
from evals.replicas.content import specs


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Only the DOCX and Markdown files of the set (the PDFs are test_replicas_heldout2.py's)."""
    d = tmp_path_factory.mktemp("heldout2-docx")
    for spec in specs("heldout2"):
        if spec.fmt != "pdf":
            (d / spec.file).write_bytes(render(spec)[0])
    return d


def _docx_xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


# --- DOCX with Word automatic numbering -----------------------------------------------------------
def test_autonumbered_docx_numbers_live_in_numbering_xml(out: Path) -> None:
    import docx

    path = out / "t-gmpa-autonumber.docx"
    numbering = _docx_xml(path, "word/numbering.xml")
    for text in ("%1", "%1.%2", "%1.%2.%3", "附录%1", "%1)"):
        assert f'w:lvlText w:val="{text}"' in numbering, text
    assert 'w:numFmt w:val="upperLetter"' in numbering and 'w:numFmt w:val="lowerLetter"' in numbering
    assert numbering.rindex("<w:abstractNum ") < numbering.index("<w:num ")  # schema order
    d = docx.Document(str(path))
    heads = [p for p in d.paragraphs if p.style.name.startswith("Heading")]
    numbered = [p for p in heads if p._p.pPr.numPr is not None]
    assert len(numbered) == 21 and [p.text for p in heads if p._p.pPr.numPr is None] == ["前言"]
    assert not any(re.match(r"\s*([0-9]|[A-Z]\.|附录)", p.text) for p in numbered)  # no number in the text
    levels = {p.text: (p._p.pPr.numPr.numId.val, p._p.pPr.numPr.ilvl.val, p.style.name) for p in numbered}
    assert levels["范围"] == (71, 0, "Heading 1") and levels["数字化能碳管理中心"] == (71, 1, "Heading 2")
    assert levels["数据补遗"] == (71, 2, "Heading 3") and levels["功能覆盖评估"] == (72, 1, "Heading 2")
    assert any(t.endswith("能碳管理中心建设成效自评估要点") and v[:2] == (72, 0) for t, v in levels.items())
    items = [p for p in d.paragraphs if p.style.name == "List Paragraph"]
    assert len(items) == 5 and not any(p.text.startswith(("a)", "b)")) for p in items)
    assert len({p._p.pPr.numPr.numId.val for p in items}) == 2  # the letters restart in each clause


# --- web page saved as Markdown -----------------------------------------------------------------------
def test_web_qa_page_keeps_the_site_furniture(out: Path) -> None:
    text = (out / "web-policy-qa.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "- [首页](http://gxt.example.gov.cn/0/)" and lines[6].startswith("- [互动交流]")
    assert "当前位置：[首页](http://gxt.example.gov.cn/) > [政策解读]" in text
    assert "\n# 绿色工厂梯度培育政策问答\n" in text and "【字号：大 中 小】【打印本页】【关闭窗口】" in text
    for heading in ("## 一、基本概念", "**（一）什么是绿色工厂梯度培育？**", "**（三）申报材料包括哪些？**"):
        assert f"\n{heading}\n" in text, heading
    assert "\n| --- | --- |\n| 能源低碳化 |" in text and "\n1. 企业对照标准开展创建并完成自评价；\n2. " in text
    share = next(i for i, x in enumerate(lines) if x.startswith("分享到："))
    prev = next(i for i, x in enumerate(lines) if x.startswith("上一篇："))
    nxt = next(i for i, x in enumerate(lines) if x.startswith("下一篇："))
    assert lines.index("抽查不合格的移出名单；连续三次抽查合格的，五年内可免于抽查。") < share < prev < nxt
    filled = [x for x in lines if x]
    assert filled[-3].startswith("主办单位：") and "版权所有" in filled[-2] and filled[-1].startswith("备案号：")


# --- DOCX self-evaluation template -------------------------------------------------------------------
def test_selfeval_template_styles_merged_cells_and_annex_tables(out: Path) -> None:
    import docx

    path = out / "selfeval-template.docx"
    d = docx.Document(str(path))
    used = {p.style.name for p in d.paragraphs}
    assert {"一级标题", "二级标题", "三级标题"} <= used and not any(s.startswith("Heading") for s in used)
    styles = _docx_xml(path, "word/styles.xml")
    for name, lvl in (("一级标题", 0), ("二级标题", 1), ("三级标题", 2)):
        block = styles[styles.index(f'<w:name w:val="{name}"/>'):]
        block = block[:block.index("</w:style>")]
        assert f'<w:outlineLvl w:val="{lvl}"/>' in block and '<w:basedOn w:val="Normal"/>' in block
    heads = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.endswith("标题")]
    assert heads[3:7] == [("一级标题", "一、概述"), ("二级标题", "（一）评价目的、范围及准则"),
                          ("二级标题", "（二）企业基本情况"), ("一级标题", "二、评价内容")]
    assert ("三级标题", "1. 能源低碳化") in heads
    info, score, evid = d.tables
    xml = info._tbl.xml
    assert xml.count('w:gridSpan w:val="4"') == 1 and xml.count('w:gridSpan w:val="3"') == 1
    assert xml.count("<w:vMerge") == 2 and info.cell(5, 0).text == "联系人" and info.cell(0, 3).text == "企业基本信息"
    assert [score.cell(r, 0).text for r in (1, 2, 3)] == ["能源低碳化"] * 3 and score.cell(9, 2).text == "合计"
    assert '<w:gridSpan w:val="3"/>' in score._tbl.xml and len(info.cell(4, 0).paragraphs) == 1
    texts = [p.text for p in d.paragraphs]
    assert "附表1 绿色工厂自评价指标得分表" in texts and texts[-1] == "附表2 现场评价证明材料清单"
    assert evid.rows[0].cells[1].text == "证明材料名称"


# --- DOCX under review: tracked changes and comments --------------------------------------------------
def test_review_draft_keeps_tracked_changes_and_comments(out: Path) -> None:
    import docx

    path = out / "procedure-under-review.docx"
    body = _docx_xml(path, "word/document.xml")
    ins = re.findall(r"<w:ins [^>]*>(.*?)</w:ins>", body)
    dels = re.findall(r"<w:del [^>]*>(.*?)</w:del>", body)
    ins_text = ["".join(re.findall(r"<w:t>([^<]*)</w:t>", x)) for x in ins]
    del_text = ["".join(re.findall(r"<w:delText>([^<]*)</w:delText>", x)) for x in dels]
    assert ins_text == ["4.2 供应商退出", "供应商发生重大环境污染事件或碳数据弄虚作假的，取消其合格供应商资格，三年内不得重新准入。",
                        "百分之七十", "5.3 碳数据报送", "主要供应商每年第一季度报送上一年度的产品碳数据，外购电力排放因子注明年份和来源。"]
    assert del_text == ["生产部配合开展供应商现场审核，每年不少于一次。", "4.2 供应商年度评优",
                        "每年评选绿色供应商十家，给予订单倾斜和公开表彰。", "百分之六十"]
    assert 'w:author="审阅人" w:date="2025-11-20T09:00:00Z"' in body and "<w:commentRangeStart " in body
    comments = _docx_xml(path, "word/comments.xml")
    assert comments.count("<w:comment ") == 2 and "培训次数是否改为两次" in comments
    assert "⟦" not in body and "⟦" not in comments
    d = docx.Document(str(path))
    heads = [(p.style.name, p._p.xpath("string(.)")) for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 2", "4.2 供应商年度评优") in heads and ("Heading 2", "4.2 供应商退出") in heads
    marks = [p._p.xpath("string(w:pPr/w:rPr/*[1]/@w:id)") != "" for p in d.paragraphs
             if p.style.name == "Heading 2" and p._p.xpath("string(.)").startswith("4.2")]
    assert marks == [True, True]  # the paragraph marks are tracked too
