"""Index-form normalisation and document ids (shared with query analysis)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.ingest import canonical_doc_id, to_index_form
from assistant.ingest.normalize import detect_language, id_kind, id_year, join_spaced_cjk


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("GB/T36132—2025", "GB/T 36132-2025"),
        ("GB／T ３６１３２－２０１８", "GB/T 36132-2018"),
        ("gb/t 36132–2025 的定义是什么", "GB/T 36132-2025"),
        ("按 GB 3095‐2012 执行", "GB 3095-2012"),
        ("GB / T 2589 — 2020", "GB/T 2589-2020"),
        ("GB/T 36132 2025", "GB/T 36132-2025"),  # the dash lost in PDF extraction
        ("GB/T 2589", "GB/T 2589"),
        ("HJ 2.2-2018", "HJ 2.2-2018"),
        ("DB11/T 1234-2020", "DB11/T 1234-2020"),
        ("依据工信部节〔2024〕13号文件", "工信部节〔2024〕13号"),
        ("（工信厅节函〔２０１６〕５８６号）", "工信厅节函〔2016〕586号"),
        ("工信厅节函[2025]390号", "工信厅节函〔2025〕390号"),
    ],
)
def test_canonical_doc_id(raw: str, expected: str) -> None:
    assert canonical_doc_id(raw) == expected


@pytest.mark.parametrize("raw", ["CO2 排放", "PM2.5", "0.5 tce/t", "2025 年", "第 3 页", ""])
def test_canonical_doc_id_none(raw: str) -> None:
    assert canonical_doc_id(raw) is None


def test_doc_id_kind_and_year() -> None:
    assert id_kind("GB/T 36132-2025") == "standard"
    assert id_kind("工信部节〔2024〕13号") == "policy"
    assert id_kind("绿色制造术语表") == "other"
    assert id_year("GB/T 36132-2018") == 2018
    assert id_year("工信部节〔2024〕13号") == 2024
    assert id_year("GB/T 2589") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＧＢ／Ｔ　３６１３２－２０２５", "gb/t 36132-2025"),
        ("GB/T36132—2025 绿色工厂", "gb/t 36132-2025 绿色工厂"),
        ("gb/t36132", "gb/t 36132"),
        ("单位为 m³/万元，面积 m²", "单位为 m3/万元,面积 m2"),
        ("基 本 要 求", "基本要求"),
        ("  Rw  =\tVr / (V + Vr)\n× 100% ", "rw = vr / (v + vr) × 100%"),
        ("綠色工廠評價通則", "绿色工厂评价通则"),
        ("工業用水重複利用率", "工业用水重复利用率"),
        ("", ""),
        ("水", "水"),
    ],
)
def test_to_index_form(raw: str, expected: str) -> None:
    assert to_index_form(raw) == expected


def test_traditional_and_simplified_clause_index_equal() -> None:
    trad = "4.3.2 資源高效化指標\n資源高效化指標包括原材料消耗強度、取水強度、工業用水重複利用率和一般工業固體廢物綜合利用率。"
    simp = "4.3.2 资源高效化指标\n资源高效化指标包括原材料消耗强度、取水强度、工业用水重复利用率和一般工业固体废物综合利用率。"
    assert to_index_form(trad) == to_index_form(simp)
    assert detect_language(trad) == "zh-Hant"
    assert detect_language(simp) == "zh-Hans"


_ALPHABET = st.sampled_from(
    list("绿色工厂评价通则綠廠評價資源於乾隆么麼GBTgbt/36132025—–－‐-.,，。:：()（）%³²０１ＡＢ 　\n\tRwVr=+×")
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
@example("0-\n0")  # a dash before a line break between digits (found by hypothesis)
def test_to_index_form_idempotent(text: str) -> None:
    once = to_index_form(text)
    assert to_index_form(once) == once


def test_join_spaced_cjk() -> None:
    assert join_spaced_cjk("基 本 要 求 与 GB/T 19001 标准", aggressive=False) == "基本要求与 GB/T 19001 标准"
    # Words separated on purpose stay apart unless the text is from a PDF.
    assert join_spaced_cjk("能源低碳化 资源高效化", aggressive=False) == "能源低碳化 资源高效化"
    assert join_spaced_cjk("绿色工 厂评价 4.3.2 资源 (m3)", aggressive=True) == "绿色工厂评价 4.3.2 资源 (m3)"


def test_to_index_form_converts_only_what_it_must(monkeypatch: pytest.MonkeyPatch) -> None:
    """What keeps it fast, asserted without a timer (per-call time is a benchmark's business): the
    Traditional -> Simplified converter is built once, Simplified text never reaches it, and a
    Traditional text does."""
    from assistant.ingest import normalize

    simp = ("绿色工厂评价通则规定了资源高效化指标与工业用水重复利用率的计算方法。" * 20)[:600]
    trad = ("綠色工廠評價通則規定了資源高效化指標與工業用水重複利用率的計算方法。" * 20)[:600]
    to_index_form(trad)
    built = normalize._t2s()
    assert normalize._t2s() is built
    calls: list[str] = []
    real = built["cc"]

    class Counting:
        def convert(self, seg: str) -> str:
            calls.append(seg)
            return real.convert(seg)

    monkeypatch.setitem(built, "cc", Counting())
    to_index_form(simp)
    assert calls == []
    assert to_index_form(trad) == to_index_form(simp) and calls
