"""The offline agent's edition follow-up (那2018版呢？): the earlier edition is asked the previous
question, and the answer says whether it answers it: its clause, cited, or that it does not state
it, with its nearest clauses as reference only. Two small editions written for these tests."""

from __future__ import annotations

import pytest
from conftest import write_docs

from assistant.api import Assistant
from assistant.prompts import render
from assistant.settings import Settings

NEW = """# GB/T 99999-2030 测试评价通则

## 4 要求

### 4.3 管理体系

工厂应建立能源管理体系，并定期开展内部审核。

## 附录B 计算方法

### B.8 取水量

取水量是工厂从各种水源取得的水量，不包括消防用水和对外供水。
"""

OLD = """# GB/T 99999-2020 测试评价通则（已废止）

## 6 管理体系

### 6.1 体系要求

工厂应建立质量管理体系和能源管理体系，并通过第三方认证。

## 7 资源投入

### 7.2 水资源

工厂应减少取水量，提高水的重复利用率。
"""

MANIFEST = """version: 1
documents:
  - file: new.md
    doc_id: GB/T 99999-2030
    title: 测试评价通则
    kind: standard
    edition_year: 2030
    status: current
    supersedes: GB/T 99999-2020
  - file: old.md
    doc_id: GB/T 99999-2020
    title: 测试评价通则（2020）
    kind: standard
    edition_year: 2020
    status: superseded
    superseded_by: GB/T 99999-2030
editions:
  - old: GB/T 99999-2020
    new: GB/T 99999-2030
    effective_date: "2030-01-01"
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    base = tmp_path_factory.mktemp("edition-followup")
    a = Assistant(Settings(home=base / "home", embedder="hash", agent={"store": str(base / "c.sqlite")}))
    a.ingest([write_docs(base / "docs", {"new.md": NEW, "old.md": OLD}, MANIFEST)])
    return a


def test_the_earlier_edition_that_does_not_state_it_says_so(assistant: Assistant) -> None:
    first = assistant.chat("取水量包括消防用水吗？")
    assert first.grounded and first.citations[0].key == "GB/T 99999-2030§B.8"
    follow = assistant.chat("那2020版呢？", first.conversation_id)
    call = follow.tool_calls[0]
    assert call.name == "search_standards" and call.args["doc_id"] == "GB/T 99999-2020"
    assert call.args["query"] == "取水量包括消防用水吗？"  # the question, not the subject 取水量
    assert not follow.grounded and not follow.citations
    said = render("answer/edition_not_stated", doc_id="GB/T 99999-2020", question="取水量包括消防用水吗？")
    assert said in follow.text and "“消防用水”" in follow.text  # the word the 2020 clause lacks
    # what the edition says nearby, as reference: its water clause, which does not mention 消防
    assert "第7.2条「水资源」" in follow.text and "仅供参考" in follow.text


def test_the_earlier_edition_that_states_it_is_cited(assistant: Assistant) -> None:
    first = assistant.chat("工厂应建立哪些管理体系？")
    assert first.grounded and first.citations[0].key == "GB/T 99999-2030§4.3"
    follow = assistant.chat("那2020版呢？", first.conversation_id)
    assert follow.tool_calls[0].args["query"] == "工厂应建立哪些管理体系？"
    assert follow.grounded and follow.citations[0].key == "GB/T 99999-2020§6.1"
    assert "没有找到能回答" not in follow.text


def test_an_edition_named_in_the_previous_question_is_left_out(assistant: Assistant) -> None:
    first = assistant.chat("GB/T 99999-2030 里取水量包括消防用水吗？")
    follow = assistant.chat("那2020版呢？", first.conversation_id)
    assert follow.tool_calls[0].args["query"] == "里取水量包括消防用水吗？"
