"""`assistant search` after the deepest-clause reordering: a sub-clause kept next to its parent sits
above better-scored hits, and the listing says so instead of showing unexplained falling and rising
scores."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant import cli, cli_search
from assistant.ingest import to_index_form
from assistant.retrieve.merge import deepest_first, order_notes
from assistant.types import Chunk, Hit


def _hit(key: str, path: str, score: float) -> Hit:
    doc, clause = key.split("§")
    text = path.split(" > ")[-1]
    return Hit(chunk=Chunk(id=key, key=key, doc_id=doc, source_id=doc, clause=clause, title=text,
                           clause_path=path, text=text, index_text=to_index_form(text)), score=score)


PARENT = _hit("S§4", "4 资源投入", 0.16)
OTHER = _hit("T§2", "2 水资源", 0.12)
CHILD = _hit("S§4.2", "4 资源投入 > 4.2 取水", 0.09)
LAST = _hit("T§3", "3 能源", 0.05)


def test_a_parent_that_says_more_keeps_its_child_next_to_it() -> None:
    ranked = deepest_first([PARENT, OTHER, CHILD, LAST], cover=lambda c: {"S§4": 1.0}.get(c.key, 0.2))
    assert [h.score for h in ranked] == [0.16, 0.09, 0.12, 0.05]
    assert order_notes(ranked) == {1: "S§4"}


def test_plain_score_order_has_no_notes() -> None:
    assert order_notes([PARENT, OTHER, LAST]) == {}
    # a descendant below a better-scored hit is in order: nothing to explain
    assert order_notes([PARENT, OTHER, CHILD, LAST]) == {}


def test_search_listing_explains_the_order(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    hits = [PARENT, CHILD, OTHER, LAST]
    monkeypatch.setattr(cli_search, "_search", lambda args: SimpleNamespace(hits=hits))
    assert cli.main(["search", "取水"]) == 0
    out = capsys.readouterr().out
    assert "再把下级条款提到其上级条款旁" in out
    line = next(x for x in out.splitlines() if x.startswith("2. "))
    assert "S§4.2" in line and "0.0900，S§4 的下级条款" in line
    assert "下级条款" not in next(x for x in out.splitlines() if x.startswith("3. "))


def test_search_listing_in_score_order_has_no_note(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_search, "_search", lambda args: SimpleNamespace(hits=[PARENT, OTHER, LAST]))
    assert cli.main(["search", "取水"]) == 0
    assert "下级条款" not in capsys.readouterr().out
