"""The offline agent: each route, follow-ups, persistence across Agent instances, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.errors import ToolError
from assistant.settings import Settings

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def home(core_home: Path) -> Path:
    return core_home


@pytest.fixture
def assistant(home: Path, tmp_path: Path) -> Assistant:
    store = tmp_path / "conv.sqlite"
    a = Assistant(Settings(home=home, embedder="hash", agent={"store": str(store)}))
    return a


def tools(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.name for t in answer.tool_calls]


def test_calculation_with_values_and_units(assistant: Assistant) -> None:
    a = assistant.chat("取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？")
    assert tools(a) == ["calc_indicator"]
    assert a.tool_calls[0].args["indicator"] == "water_reuse_rate"
    assert a.tool_calls[0].args["inputs"] == {"V": "1000m3", "Vr": "9000m3"}
    assert "90 %" in a.text and "【未核对】" not in a.text
    assert [c.key for c in a.citations] == ["GB/T 36132-2025§B.10"]
    assert a.grounded and a.turn == 1 and a.conversation_id


def test_clause_by_number(assistant: Assistant) -> None:
    for q, key in (("B.10 是什么", "GB/T 36132-2025§B.10"), ("4.2条讲什么", "GB/T 36132-2025§4.2"),
                   ("GB/T 36132-2025 5.2", "GB/T 36132-2025§5.2")):
        a = assistant.chat(q)
        assert tools(a) == ["get_clause"], q
        assert a.citations[0].key == key
        assert a.citations[0].quote in a.text


def test_documents_editions_and_retrieval(assistant: Assistant) -> None:
    a = assistant.chat("有哪些文件")
    assert tools(a) == ["list_documents"] and "GB/T 36132-2018" in a.text and "已废止" in a.text
    a = assistant.chat("2018版和2025版有什么区别")
    assert tools(a) == ["compare_editions"]
    assert "第6条" in a.text and "第4.2条" in a.text and "删除" in a.text
    a = assistant.chat("取水量包括消防用水吗？")
    assert tools(a) == ["search_standards"] and a.citations[0].key == "GB/T 36132-2025§B.8"
    a = assistant.chat("今天天气怎么样")
    assert not a.grounded and "未能在已收录的文件中找到" in a.text


def test_profile_scoring_and_checking(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    a = assistant.chat("评分 corpus/examples/copper-smelter.yaml")
    assert tools(a) == ["score_profile"] and "总分" in a.text and "⚠" not in a.text
    b = assistant.chat("核对：工业用水重复利用率为96%，单位产品综合能耗0.35 tce/t", a.conversation_id)
    assert tools(b) == ["check_numbers"]
    assert b.tool_calls[0].args["profile"] == "corpus/examples/copper-smelter.yaml"  # from the conversation
    assert "[一致]" in b.text and "[不一致]" in b.text


def test_follow_ups(assistant: Assistant) -> None:
    a = assistant.chat("取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？")
    cid = a.conversation_id
    b = assistant.chat("换成 8000 m³ 再算一次", cid)
    assert b.tool_calls[0].args["inputs"] == {"V": "1000m3", "Vr": "8000m3"}  # the closer in size
    assert "88.88889 %" in b.text and "Vr（重复利用水量）由 9000m3 改为 8000m3" in b.text
    c = assistant.chat("取水量改为 2000 m³ 呢", cid)
    assert c.tool_calls[0].args["inputs"] == {"V": "2000m3", "Vr": "8000m3"}  # named input wins
    d = assistant.chat("它的基准值怎么定？", cid)
    assert tools(d) == ["search_standards"]
    assert d.tool_calls[0].args["query"].startswith("工业用水重复利用率的基准值")
    e = assistant.chat("4.2条讲什么", cid)
    f = assistant.chat("那2018版呢？", cid)
    assert tools(f) == ["get_clause"] and f.citations[0].key == "GB/T 36132-2018§6"
    assert "已废止" in f.text and e.turn + 1 == f.turn
    g = assistant.chat("B.10呢？", cid)
    assert g.citations[0].key == "GB/T 36132-2025§B.10"


def test_persistence_across_agent_instances(home: Path, tmp_path: Path) -> None:
    settings = Settings(home=home, embedder="hash", agent={"store": str(tmp_path / "c.sqlite")})
    first = Assistant(settings).chat("取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？")
    again = Assistant(settings)  # a new process would do the same
    b = again.chat("换成 8000 m³ 再算一次", first.conversation_id)
    assert b.turn == 2 and "88.88889 %" in b.text
    convs = again.conversations()
    assert [c.id for c in convs] == [first.conversation_id] and convs[0].turns == 4


def test_errors_are_one_line_tool_errors(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    limit = assistant.settings.agent.max_question_chars
    with pytest.raises(ToolError, match="问题过长"):
        assistant.chat("取" * (limit + 1))
    with pytest.raises(ToolError, match="找不到工厂画像文件"):
        assistant.chat("评分 no/such/profile.yaml")
    with pytest.raises(ToolError, match="未知指标"):
        assistant.agent().tools.call("calc_indicator", {"indicator": "不存在的指标", "inputs": {"V": 1}})
    with pytest.raises(ToolError, match="计算失败"):
        assistant.chat("工业用水重复利用率 V=1000 Vr=-5")
    with pytest.raises(ToolError, match="找不到对话"):
        assistant.chat("B.10 是什么", "nope")


def test_follow_up_swaps_a_term_of_the_same_kind(assistant: Assistant) -> None:
    a = assistant.chat("绿色工厂评价中，能源低碳化的权重是多少？")
    b = assistant.chat("那资源高效化呢？", a.conversation_id)
    assert b.tool_calls[0].args["query"] == "绿色工厂评价中，资源高效化的权重是多少？"
    assert "把“能源低碳化”换成“资源高效化”" in b.text
    c = assistant.chat("那用地集约化呢？", a.conversation_id)  # chains on the resolved question
    assert c.tool_calls[0].args["query"] == "绿色工厂评价中，用地集约化的权重是多少？"
    d = assistant.chat("单位产品综合能耗的引领值怎么确定？", a.conversation_id)
    e = assistant.chat("那基准值呢", d.conversation_id)
    assert e.tool_calls[0].args["query"] == "单位产品综合能耗的基准值怎么确定？"


def test_swap_leaves_other_follow_ups_alone() -> None:
    from assistant.agent.followup import swap_term

    before = "能源低碳化包括哪些指标"
    assert swap_term("那为什么要这样规定呢？", before) is None  # a question of its own
    assert swap_term("那2018版呢", before) is None  # an edition: the edition route's
    assert swap_term("那资源高效化里原材料消耗强度的定义呢？", before) is None  # more than a term
    assert swap_term("那能源低碳化呢？", before) is None  # the same term
    assert swap_term("那资源高效化呢？", "") is None  # nothing to follow
