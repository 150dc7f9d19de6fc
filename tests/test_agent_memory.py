"""The conversation store: create, list, get, rename, delete, export, and two threads writing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.agent.memory import ConversationStore
from assistant.errors import ToolError


def test_crud_and_export(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite")
    cid = store.create("水的问题")
    store.add_turn(cid, "user", "B.10 是什么")
    store.add_turn(cid, "assistant", "「……」[GB/T 36132-2025 §B.10]",
                   tool_calls=[{"name": "get_clause", "summary": "B.10"}],
                   citations=[{"doc_id": "GB/T 36132-2025", "clause": "B.10", "title": "工业用水重复利用率",
                               "quote": "……"}], meta={"keys": ["GB/T 36132-2025§B.10"]})
    conv = store.get(cid)
    assert [t.role for t in conv.history] == ["user", "assistant"]
    assert conv.history[1].meta["keys"] == ["GB/T 36132-2025§B.10"]
    store.rename(cid, "重复利用率")
    assert store.list()[0].title == "重复利用率" and store.list()[0].turns == 2
    md = store.export_markdown(cid)
    assert md.startswith("# 重复利用率") and "## 你（第 1 轮）" in md and "get_clause" in md
    assert ConversationStore(tmp_path / "c.sqlite").get(cid).turns == 2  # reopened
    assert store.delete(cid) and store.list() == []
    with pytest.raises(ToolError):
        store.get(cid)
    with pytest.raises(ToolError):
        store.rename(cid, "x")


def test_two_threads_writing(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite")
    ids = [store.create(f"对话{i}") for i in range(2)]
    errors: list[BaseException] = []

    def work(cid: str) -> None:
        try:
            for n in range(50):
                store.add_turn(cid, "user" if n % 2 == 0 else "assistant", f"第{n}条")
                store.list()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(cid,)) for cid in ids for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for cid in ids:
        turns = store.get(cid).history
        assert len(turns) == 100 and sorted(t.n for t in turns) == list(range(1, 101))
