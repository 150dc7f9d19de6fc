"""LLM mode with the queue-driven fake chat model: a wrong number is corrected or flagged and listed
in the verification appendix, an invented citation is removed, a failing model leaves the offline text."""

from __future__ import annotations

import pytest

from assistant.llm.fake import FakeChatModel
from assistant.report import DraftRequest, draft_report, to_markdown
from tests.fixtures.report import corpus_assistant, sample


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return corpus_assistant(tmp_path_factory.mktemp("report-llm") / "home")


def _draft(helper, kind: str, section: str, *replies: str):  # type: ignore[no-untyped-def]
    fake = FakeChatModel(responses=list(replies))
    d = draft_report(DraftRequest(profile=sample("copper-smelter"), kind=kind, sections=[section]),
                     index=helper.index, retriever=helper.retriever, settings=helper.settings, chat_model=fake)
    return d, fake


def test_a_wrong_number_is_corrected_and_listed(helper) -> None:  # type: ignore[no-untyped-def]
    d, fake = _draft(helper, "self-evaluation", "resource",
                     "工厂重视节水，工业用水重复利用率为 90%[GB/T 36132-2025 §B.10]，"
                     "一般工业固体废物综合利用率为 91.38%。")
    s = d.sections[0]
    assert s.mode == "llm"
    prompt = fake.calls[0][0].content
    assert "工业用水重复利用率：96%" in prompt and "[GB/T 36132-2025 §B.10]" in prompt
    assert "96%【已更正，原为 90%】" in s.markdown
    wrong = next(n for n in d.verification if n.text == "90%")
    assert wrong.status == "mismatch" and "已更正" in wrong.detail and wrong.source == "模型撰写"
    assert any(n.text == "91.38%" and n.status == "verified" for n in d.verification)
    assert "| 7 | 工业用水重复利用率 |" in s.markdown  # the computed table stays
    assert "90%" in to_markdown(d).split("附录 数值核对表")[1]


def test_a_wrong_number_without_a_calculation_is_flagged(helper) -> None:  # type: ignore[no-untyped-def]
    d, _ = _draft(helper, "third-party", "conclusion", "经评价，各一级指标得分之和为 75.00 分[GB/T 36132-2025 §6.1]。")
    s = d.sections[0]
    assert "⚠" in s.markdown or "【已更正" in s.markdown
    row = next(n for n in d.verification if n.text.startswith("75"))
    assert row.status == "mismatch"


def test_an_invented_citation_is_removed(helper) -> None:  # type: ignore[no-untyped-def]
    d, _ = _draft(helper, "self-evaluation", "energy",
                  "依据 [GB/T 36132-2025 §4.3.1] 和 [GB/T 88888-2031 §7.7]，工厂推进能源低碳化。")
    s = d.sections[0]
    assert "GB/T 88888-2031" not in s.markdown and "[GB/T 36132-2025 §4.3.1]" in s.markdown
    assert "GB/T 36132-2025§4.3.1" in [c.key for c in s.citations]
    assert any("已删除无效引用" in f and "88888" in f for f in s.flags)


def test_a_failing_model_leaves_the_checked_offline_text(helper) -> None:  # type: ignore[no-untyped-def]
    d, _ = _draft(helper, "self-evaluation", "land")  # empty queue: the fake raises ModelError
    s = d.sections[0]
    assert s.mode == "offline" and s.flags[0].startswith("模型调用失败")
    assert all(n.status == "verified" for n in s.numbers)
