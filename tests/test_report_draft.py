"""Report drafting offline: both kinds for both sample profiles, against the outline, the checker and
the index; placeholders for missing facts; section selection and errors."""

from __future__ import annotations

import re

import pytest

from assistant.answer.citations import check_citation
from assistant.errors import ConfigError
from assistant.report import DraftRequest, draft_report, outline, profile_template, recheck_section
from assistant.report.numbers import Ledger, uncovered
from assistant.scoring import check, list_schemes
from assistant.scoring.profile import profile_from_dict
from tests.fixtures.report import SAMPLES, corpus_assistant, sample


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return corpus_assistant(tmp_path_factory.mktemp("report") / "home")


def _draft(helper, profile, kind, **kw):  # type: ignore[no-untyped-def]
    return draft_report(DraftRequest(profile=profile, kind=kind, **kw), index=helper.index,
                        retriever=helper.retriever, settings=helper.settings)


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("kind", ["self-evaluation", "third-party"])
def test_draft_is_complete_checked_and_cited(helper, name: str, kind: str) -> None:
    d = _draft(helper, sample(name), kind)
    assert [(s.id, s.title) for s in d.sections] == outline(kind)
    assert all(s.markdown.strip() for s in d.sections)
    assert d.verification and all(n.status == "verified" for n in d.verification), \
        [(n.section, n.text, n.detail) for n in d.verification if n.status != "verified"]
    cits = [c for s in d.sections for c in s.citations]
    assert cits
    for c in cits:
        assert check_citation(c, helper.index.sparse.by_key(c.key)) is None, c.key
    for s in d.sections:  # every marker in the text is one of the section's validated citations
        markers = set(re.findall(r"\[([^\[\]§]+?) §([^\[\]]+?)\]", s.markdown))
        assert markers <= {(c.doc_id, c.clause) for c in s.citations}, s.id


def test_self_evaluation_states_each_indicator_with_formula_and_clause(helper) -> None:  # type: ignore[no-untyped-def]
    d = _draft(helper, sample("copper-smelter"), "self-evaluation")
    resource = d.section("resource").markdown
    assert "工业用水重复利用率为 96%（附录B 式 B.10）[GB/T 36132-2025 §B.10]" in resource
    assert "计算式：Rw = Vr/(V+Vr) × 100%" in resource
    scoring = d.section("scoring").markdown
    assert "总分为 60.85 分" in scoring and "| 7 | 工业用水重复利用率 |" in scoring
    assert "| 4.2a |" in d.section("requirements").markdown


def test_third_party_has_both_tables_and_the_evidence_methods(helper) -> None:  # type: ignore[no-untyped-def]
    d = _draft(helper, sample("computer-assembly"), "third-party")
    assert "表1 基本要求符合情况表" in d.section("requirements").markdown
    ind = d.section("indicators").markdown
    assert "表2 指标评价表" in ind and "是否达到要求" in ind
    process = d.section("process").markdown
    for method in ("查阅文件和报告", "核对统计报表", "追溯原始记录", "座谈", "现场查看", "抽样检测"):
        assert method in process
    refs = d.section("references").markdown
    assert "[GB/T 36132-2025 §4.2]" in refs


def test_missing_facts_become_placeholders_never_values(helper) -> None:  # type: ignore[no-untyped-def]
    data = sample("copper-smelter").model_dump(exclude_none=True)
    for field in ("credit_code", "address", "level"):
        data["basics"].pop(field)
    d = _draft(helper, profile_from_dict(data), "self-evaluation", sections=["basic"])
    text = d.sections[0].markdown
    for need in ("统一社会信用代码", "工厂地址", "申报级别（国家级/省级/市级）"):
        assert f"【待补充：{need}】" in text and f"【待补充：{need}】" in d.placeholders
    full = _draft(helper, sample("copper-smelter"), "self-evaluation", sections=["basic"])
    assert "91340000EXAMPLE001" in full.sections[0].markdown
    assert "【待补充：统一社会信用代码】" not in full.placeholders


def test_section_selection_and_one_line_errors(helper) -> None:  # type: ignore[no-untyped-def]
    d = _draft(helper, sample("copper-smelter"), "third-party", sections=["conclusion"])
    assert [s.id for s in d.sections] == ["conclusion"]
    with pytest.raises(ConfigError, match="没有章节 nope") as exc:
        _draft(helper, sample("copper-smelter"), "third-party", sections=["nope"])
    assert "\n" not in str(exc.value)
    with pytest.raises(ConfigError, match="未知报告类型"):
        outline("annual-report")


def test_without_an_index_nothing_is_cited_and_numbers_still_check() -> None:
    d = draft_report(DraftRequest(profile=sample("copper-smelter"), kind="self-evaluation", sections=["energy"]))
    s = d.sections[0]
    assert not s.citations and "§" not in s.markdown
    assert any("未找到条款" in f for f in s.flags)
    assert all(n.status == "verified" for n in s.numbers)


def test_an_unregistered_number_is_reported() -> None:
    ledger = Ledger("x")
    ledger.num(96.0, "96%", "工业用水重复利用率", "计算值")
    found = uncovered("工业用水重复利用率为 96%，取水强度为 13 m3/t（GB/T 36132-2025 B.8，2022 年）。", ledger)
    assert [n.text for n in found] == ["13 m3/t"]


def test_recheck_corrects_an_edited_number_and_drops_an_unknown_citation(helper) -> None:  # type: ignore[no-untyped-def]
    p = sample("copper-smelter")
    section = _draft(helper, p, "self-evaluation", sections=["resource"]).sections[0]
    edited = "工业用水重复利用率为 95%[GB/T 36132-2025 §B.10]，见 [GB/T 99999-2030 §1.1]。"
    new = helper.recheck_section(section, edited, p)
    assert "96%【已更正，原为 95%】" in new.markdown
    assert "GB/T 99999-2030" not in new.markdown and [c.key for c in new.citations] == ["GB/T 36132-2025§B.10"]
    assert any(n.text == "95%" and n.status == "mismatch" for n in new.numbers)
    assert new.mode == "edited" and any("已删除无效引用" in f for f in new.flags)
    same = recheck_section(section, section.markdown, p, index=helper.index, retriever=helper.retriever)
    assert not [n for n in same.numbers if n.status == "mismatch"]


def test_profile_template_is_commented_and_loads() -> None:
    import yaml

    text = profile_template()
    keyed = [ln for ln in text.splitlines() if re.match(r"^\s*(- )?[a-z_0-9]+:", ln)]
    assert keyed and all("#" in ln for ln in keyed if not ln.strip().startswith("schema_version"))
    profile = profile_from_dict(yaml.safe_load(text))
    d = draft_report(DraftRequest(profile=profile, kind="self-evaluation", sections=["basic"]))
    assert "【待补充：统一社会信用代码】" in d.placeholders and "【待补充：工厂地址】" in d.placeholders


def test_checker_agrees_with_the_statements_independently(helper) -> None:  # type: ignore[no-untyped-def]
    """The appendix rows re-checked here by the checker alone, not through the drafting code."""
    p = sample("computer-assembly")
    d = _draft(helper, p, "self-evaluation", sections=["resource", "land"])
    plain = [n for n in d.verification if "能碳管理平台" not in n.label]
    for n in plain:
        results = check(f"{n.label}为 {n.text}", p.model_copy(update={"scheme": d.scheme}))
        assert results and results[-1].status == "verified", (n.label, n.text, results[-1].explanation)


@pytest.mark.parametrize("scheme", list_schemes())
def test_every_shipped_scheme_drafts_with_all_numbers_verified(scheme: str) -> None:
    d = draft_report(DraftRequest(profile=sample("copper-smelter"), kind="self-evaluation", scheme=scheme))
    assert d.scheme == scheme
    assert all(n.status == "verified" for n in d.verification), \
        [(n.section, n.text, n.detail) for n in d.verification if n.status != "verified"]


def test_the_api_drafts_over_its_own_index(helper) -> None:  # type: ignore[no-untyped-def]
    d = helper.draft(DraftRequest(profile=sample("computer-assembly"), kind="self-evaluation", sections=["scoring"]))
    assert [s.id for s in d.sections] == ["scoring"] and d.sections[0].mode == "offline"
    assert "总分为 70.41 分" in d.sections[0].markdown and d.sections[0].citations
