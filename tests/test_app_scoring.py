"""The calculator and scoring page (AppTest): an indicator computed from labelled inputs with its
steps and clause; a sample profile scored with the table, the charts, the total and the CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.apptest import app, texts, use_home


@pytest.fixture
def home(core_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_home(monkeypatch, core_home)
    return core_home


def test_every_indicator_is_offered_with_labelled_inputs(home: Path) -> None:
    at = app("app_pages/scoring.py")
    options = at.selectbox(key="calc_indicator").options
    assert len(options) >= 30 and "B.10 工业用水重复利用率" in options
    at.selectbox(key="calc_indicator").select_index(options.index("B.10 工业用水重复利用率")).run()
    labels = [t.label for t in at.text_input]
    assert "V — 取水量（m3）" in labels and "Vr — 重复利用水量（m3）" in labels


def test_calculate_shows_value_steps_and_clause(home: Path) -> None:
    at = app("app_pages/scoring.py")
    options = at.selectbox(key="calc_indicator").options
    at.selectbox(key="calc_indicator").select_index(options.index("B.10 工业用水重复利用率")).run()
    at.text_input(key="in-water_reuse_rate-V").input("1000").run()
    at.text_input(key="in-water_reuse_rate-Vr").input("9000").run()
    at.button(key="calc_go").click().run()
    assert not at.exception
    assert at.metric[0].value == "90 %"
    page = texts(at)
    assert "计算步骤" in page and "依据：GB/T 36132-2025 §B.10" in page
    assert any("9000" in m.value for m in at.markdown)  # a step with the inputs
    at.text_input(key="in-water_reuse_rate-V").input("abc").run()
    at.button(key="calc_go").click().run()
    assert not at.exception and len(at.error) == 1 and "V" in at.error[0].value


def test_score_a_sample_profile(home: Path) -> None:
    at = app("app_pages/scoring.py")
    at.selectbox(key="profile_sample").select_index(1).run()  # copper-smelter
    assert next(s for s in at.selectbox if s.label == "评分方案").value == "illustrative-copper-smelting"
    at.button(key="score_go").click().run()
    assert not at.exception
    table = at.dataframe[0].value
    assert {"数值", "引领值", "基准值", "得分", "满分"} <= set(table.columns) and len(table) > 10
    total = float(at.metric[0].value.removesuffix(" 分"))
    classes = [e.label for e in at.expander if " 分" in e.label and "/" in e.label]
    assert len(classes) == table["一级指标"].nunique()
    assert abs(total - sum(float(lbl.split("：")[1].split(" / ")[0]) for lbl in classes)) < 0.02
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1 + len(classes)
    assert [b.label for b in at.get("download_button")] == ["下载 CSV"]
