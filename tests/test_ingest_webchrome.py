"""A numbered government notice copied from its web page: the page's bars and footer are not text.

The page below is modelled on a ministry notice page (breadcrumb, font-size and print bar, a meta line
with a hit counter, the notice with 一、/（一） numbering, the signature, then a link bar and the
copyright / ICP footer). Its true structure: 封面 (title, 文号, 主送, opening), 一 (（一）, （二）), 二, 三.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import parse_file, parse_stream
from assistant.ingest.layout import Line
from assistant.ingest.webchrome import is_chrome, strip_chrome

PAGE = """首页 > 政务公开 > 通知公告
字号：大 中 小    打印本页    关闭窗口
发布时间：2025-03-18 10:20    来源：节能与综合利用司    浏览次数：3521

关于组织开展绿色制造名单推荐工作的通知
工信厅节函〔2025〕88号

各省、自治区、直辖市工业和信息化主管部门：
为加快构建绿色制造体系，现就组织开展绿色制造名单推荐工作有关事项通知如下：

一、推荐范围
（一）绿色工厂。申报企业应为在中华人民共和国境内注册、具有独立法人资格的工业企业。
（二）绿色工业园区。园区应为省级及以上工业园区，主办单位：园区管理机构。
二、工作程序
企业对照评价要求开展自评价，形成自评价报告，第三方评价机构出具评价报告。
三、联系方式
联系人：张三  电话：010-68200000

工业和信息化部办公厅
2025年3月15日

【相关链接】 | 【我要纠错】 | 【打印】 | 【关闭】
上一篇：关于公布绿色制造名单的通知
版权所有：中华人民共和国工业和信息化部   京ICP备04000001号
"""

CHROME = ("首页 >", "字号", "浏览次数", "我要纠错", "上一篇", "版权所有", "ICP备")


def _chunks(path: Path) -> dict[str, str]:
    doc = parse_file(path)
    out: dict[str, str] = {}
    for c in doc.chunks:
        out[c.clause] = out.get(c.clause, "") + c.text
    return out


def test_a_numbered_notice_page_keeps_its_text_and_drops_the_page(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(PAGE, encoding="utf-8")
    chunks = _chunks(path)
    assert list(chunks) == ["封面", "一", "一（一）", "一（二）", "二", "三"]
    every = "".join(chunks.values())
    assert not [m for m in CHROME if m in every]
    assert chunks["封面"].startswith("关于组织开展绿色制造名单推荐工作的通知")
    # the signature and the body's own 主办单位 stay: only the page's edges are chrome
    assert chunks["三"].endswith("工业和信息化部办公厅\n2025年3月15日")
    assert "主办单位：园区管理机构" in chunks["一（二）"]


def test_the_page_date_still_reaches_the_metadata_head(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path)
    assert doc.meta.doc_id == "工信厅节函〔2025〕88号"
    assert doc.meta.title == "关于组织开展绿色制造名单推荐工作的通知"


def test_a_streamed_page_is_parsed_whole_with_the_same_chunks(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(PAGE, encoding="utf-8")
    stream = parse_stream(path, min_bytes=1, window=5)
    got = [c for b in stream.batches for c in b]
    assert not stream.streamed
    assert [c.text for c in got] == [c.text for c in parse_file(path).chunks]


@pytest.mark.parametrize(("tail", "kept"), [
    ("主办单位：中国电子技术标准化研究院", True),   # a training notice's last line is its organiser
    ("主办单位：某某网\n版权所有 © 2025 某某网", False),  # beside a copyright line it is the site's
])
def test_an_organiser_line_at_the_end_is_content_unless_the_footer_is_there(tail: str, kept: bool) -> None:
    lines = [Line("一、培训安排"), Line("培训时间为两天，内容包括绿色工厂评价要求和自评价报告编写。"),
             *[Line(t) for t in tail.split("\n")]]
    out = [ln.text for ln in strip_chrome(lines)]
    assert ("主办单位" in out[-1]) is kept


def test_page_controls_are_chrome_and_sentences_about_pages_are_not() -> None:
    assert is_chrome("字号：【大 中 小】 打印本页 关闭窗口")
    assert is_chrome("当前位置：首页 > 政策文件")
    assert not is_chrome("评价报告应包括现场核查情况、数据核算过程和评价结论。")
    assert not is_chrome("主办单位：中国电子技术标准化研究院", top=True)
    assert not is_chrome("版权所有：某协会", top=True)  # a first line naming the rights holder is kept


def test_a_file_of_nothing_but_chrome_is_left_as_it_is() -> None:
    lines = [Line("首页 > 通知公告"), Line("版权所有 © 2025 某某网")]
    assert strip_chrome(lines) == lines
