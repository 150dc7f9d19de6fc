"""Layout repair of extracted text: headers, page numbers, broken lines, formulas, superscripts."""

from __future__ import annotations

from collections.abc import Callable

from assistant.ingest.layout import Line, join_lines
from assistant.ingest.pagerun import clean_pdf_pages

BODY = "资源高效化指标包括原材料消耗强度、取水强度、工业用水重复利用率和一般工业固体废物综合利"


def _pages(n: int, footer: Callable[[int], str], header: str = "GB/T 36132—2025") -> list[str]:
    pages = []
    for i in range(1, n + 1):
        body = [f"第{i}页正文开始，{BODY}", "用率。这是第二行。", "3"]  # a body line that is just a digit
        pages.append("\n".join([header, "绿色工厂评价通则", *body, footer(i)]))
    return pages


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


def test_running_headers_and_page_numbers_removed() -> None:
    lines, removed = clean_pdf_pages(_pages(6, str))
    texts = _texts(lines)
    assert texts[:2] == ["GB/T 36132—2025", "绿色工厂评价通则"]  # page 1 keeps its top lines
    texts = texts[2:]
    assert "GB/T 36132—2025" not in texts
    assert "绿色工厂评价通则" not in texts  # the running title too
    assert "GB/T 36132—2025" in removed
    assert not any(t in {"1", "2", "4", "5", "6"} for t in texts)
    assert [ln.page for ln in lines if ln.text.startswith("第")] == [1, 2, 3, 4, 5, 6]


def test_body_digit_line_outside_the_margins_is_kept() -> None:
    pages = ["\n".join(["GB/T 36132—2025", "正文第一行", "8", "正文第三行", "正文第四行", str(i)])
             for i in range(1, 5)]
    texts = _texts(clean_pdf_pages(pages)[0])
    assert texts.count("8") == 4
    assert not any(t in {"1", "2", "3", "4"} for t in texts)


def test_page_number_styles() -> None:
    for footer in (lambda i: f"- {i} -", lambda i: f"第 {i} 页", lambda i: f"— {i} —",
                   lambda i: f"{i}/6", lambda i: f"第 {i} 页 共 6 页"):
        texts = _texts(clean_pdf_pages(_pages(6, footer))[0])
        assert not any(t.startswith(("- ", "— ")) or t.endswith(("页", "/6")) for t in texts), texts


def test_page_numbers_with_offset_roman_and_reversed() -> None:
    # Front matter numbered I, II; the body starts at 1 on physical page 3; page 10 extracted as "01".
    def footer(i: int) -> str:
        if i <= 2:
            return "I" * i
        n = i - 2
        return str(n)[::-1] if n >= 10 else str(n)

    texts = _texts(clean_pdf_pages(_pages(14, footer))[0])
    assert not any(t in {"I", "II", "01", "11", "21", "1", "2", "9"} for t in texts), texts


def test_full_width_page_numbers() -> None:
    texts = _texts(clean_pdf_pages(_pages(4, lambda i: "－" + chr(0xFF10 + i) + "－"))[0])
    assert all("－" not in t for t in texts)


def test_no_header_removal_on_a_single_page() -> None:
    lines, removed = clean_pdf_pages(["GB/T 36132—2025\n绿色工厂评价通则\n正文。\n1"])
    assert _texts(lines) == ["GB/T 36132—2025", "绿色工厂评价通则", "正文。"]
    assert removed == []


def test_spaced_cjk_glyphs_rejoined_in_pdf_text() -> None:
    lines, _ = clean_pdf_pages(["基 本 要 求\n4.3.2　资源 高效化 指标\nGB/T 19001 质 量 管 理"])
    assert _texts(lines) == ["基本要求", "4.3.2　资源高效化指标", "GB/T 19001 质量管理"]


def _join(texts: list[str], mode: str = "pdf") -> list[str]:
    return _texts(join_lines([Line(t, page=1) for t in texts], mode))  # type: ignore[arg-type]


WRAP = [
    "4.2 基本要求",
    "绿色工厂至少应满足以下基本要求，并在规划、建设和运行全过程中持续满足相关法律法规和标准要",
    "求，近三年内未发生安全、质量、环境方面的违法违规行为，明确绿色制造相关的管理职责并制定中",
    "长期绿色低碳发展规划。",
    "a) 近三年无违法违规行为；",
    "b) 明确管理职责。",
    "4.3 评价指标",
    "评价指标分为五类一级指标，包括能源低碳化、资源高效化、生产洁净化、产品绿色化（见 GB/T",
    "36132）和用地集约化。",
]


def test_paragraph_lines_joined_without_space_between_cjk() -> None:
    out = _join(WRAP)
    assert out[0] == "4.2 基本要求"
    assert out[1].startswith("绿色工厂至少") and out[1].endswith("中长期绿色低碳发展规划。")
    assert "标准要求，近三年" in out[1]
    assert out[2:5] == ["a) 近三年无违法违规行为；", "b) 明确管理职责。", "4.3 评价指标"]
    assert out[5].endswith("产品绿色化（见 GB/T 36132）和用地集约化。")  # Latin and numbers keep a space
    assert len(out) == 6


def test_split_fraction_rejoined() -> None:
    for lines in (["Rw = Vr", "V + Vr", "× 100% （B.10）"],
                  ["Rw =", "Vr", "V + Vr", "× 100%", "（B.10）"],
                  ["Rw = Vr /", "(V + Vr) × 100% （B.10）"]):
        out = _join(["工业用水重复利用率按式（B.10）计算：", *lines, "式中："])
        assert out[1] in {"Rw = Vr / (V + Vr) × 100% （B.10）"}, out
        assert out[2] == "式中："


def test_consecutive_formulas_stay_apart() -> None:
    out = _join(["Eu = E / Q", "Eg = E / G", "Kr = Zr", "Z + Zw"])
    assert out == ["Eu = E / Q", "Eg = E / G", "Kr = Zr / (Z + Zw)"]


def test_superscripts_rejoined_with_their_base() -> None:
    assert _join(["取水量（m", "3)"]) == ["取水量（m3)"]
    assert _join(["单位为 m", "3", "/万元。"]) == ["单位为 m3/万元。"]
    assert _join(["二氧化碳（CO", "2", "）排放量"]) == ["二氧化碳（CO2）排放量"]
    # A number that merely follows a word is not a superscript.
    assert _join(["执行 GB/T", "36132 的要求。"]) == ["执行 GB/T 36132 的要求。"]


def test_markdown_mode_joins_only_wrapped_cjk() -> None:
    assert _join(["绿色工厂是指实现用地集约化、", "生产洁净化的工厂。"], "md") == [
        "绿色工厂是指实现用地集约化、生产洁净化的工厂。"]
    assert _join(["第一段结束。", "第二段开始"], "md") == ["第一段结束。", "第二段开始"]
    assert _join(["See the", "standard text"], "md") == ["See the", "standard text"]
    assert _join(["4.3.2 资源高效化指标", "资源高效化指标包括"], "md") == [
        "4.3.2 资源高效化指标", "资源高效化指标包括"]


def test_page_span_of_a_joined_paragraph() -> None:
    lines = [Line(t, page=1 if i < 3 else 2) for i, t in enumerate(WRAP)]
    out = join_lines(lines, "pdf")
    assert out[1].pages == [1, 2]
    assert out[2].pages == [2]
