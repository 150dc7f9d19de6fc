"""The drafting page (AppTest, hash embedder): a sample profile drafted into sections with clauses,
checked numbers and placeholders, DOCX and Markdown downloads, a section edited and re-checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.apptest import app, texts, use_home


@pytest.fixture
def home(core_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_home(monkeypatch, core_home)
    return core_home


def test_draft_sections_and_downloads(home: Path) -> None:
    at = app("app_pages/drafting.py")
    assert [b.label for b in at.get("download_button")] == ["下载空白模板"]
    at.selectbox(key="draft_sample").select_index(1).run()  # copper-smelter
    at.multiselect(key="dsec-self-evaluation").select("requirements").select("resource").run()
    at.button(key="draft_go").click().run()
    assert not at.exception, [e.value for e in at.exception]
    headings = [m.value for m in at.main.markdown if m.value.startswith("### ")]
    assert headings == ["### 二、基本要求符合情况", "### 四、资源高效化"]
    body = next(m.value for m in at.markdown if "第4.2条规定" in m.value)
    assert "[1]" in body and "§4.2]" not in body  # the citation key became its numbered marker
    page = texts(at)
    assert "数字" in page and "已核对" in page and "引用条款" in page
    assert any(m.value.startswith("**[1] GB/T 36132-2025 §4.2") for m in at.markdown)  # the clause and quote
    assert [b.label for b in at.get("download_button")] == ["下载空白模板", "下载 DOCX", "下载 Markdown"]


def test_edit_a_section_and_recheck(home: Path) -> None:
    at = app("app_pages/drafting.py")
    at.selectbox(key="draft_sample").select_index(1).run()
    at.multiselect(key="dsec-self-evaluation").select("resource").run()
    at.button(key="draft_go").click().run()
    box = next(t for t in at.text_area if t.key and t.key.startswith("edit-0-"))
    box.input("经自查，本工厂工业用水重复利用率为 50%。[GB/T 36132-2025 §B.10]").run()
    at.button(key="recheck-0").click().run()
    assert not at.exception
    assert any("50%" in m.value and m.value.startswith("经自查") for m in at.markdown)
    assert len(at.error) >= 1 and "不一致" in texts(at)  # 50 % is not what the profile computes


def test_blank_template_drafts_placeholders_and_bad_yaml_is_one_line(home: Path) -> None:
    at = app("app_pages/drafting.py")
    at.radio(key="draft_source").set_value("空白模板").run()
    at.multiselect(key="dsec-self-evaluation").select("basic").run()
    at.button(key="draft_go").click().run()
    assert not at.exception
    assert any(w.value.startswith("【待补充") for w in at.warning)  # gaps are marked, never invented
    at.text_area(key="pf-blank-水").input("water: [unclosed").run()
    assert len(at.error) == 1 and at.error[0].value.startswith("水：YAML 格式错误") and "\n" not in at.error[0].value
