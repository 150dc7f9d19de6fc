"""LLM mode against the real local model on llama_cpp.server (slow): one third-party section drafted
by the model, then checked: every citation valid, no number left verified that the checker did not
verify, the computed table kept."""

from __future__ import annotations

import pytest

from assistant.answer.citations import check_citation
from assistant.report import DraftRequest, draft_report
from tests.fixtures.report import corpus_assistant, sample

pytestmark = pytest.mark.slow


def test_local_model_section_is_checked(llama_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.llm import build_chat_model

    helper = corpus_assistant(tmp_path / "home")
    settings = helper.settings.model_copy(update={"chat": helper.settings.chat.model_copy(update={
        "backend": "openai", "base_url": llama_server, "temperature": 0.0, "max_tokens": 256, "timeout": 1800.0})})
    d = draft_report(DraftRequest(profile=sample("copper-smelter"), kind="third-party", sections=["conclusion"]),
                     index=helper.index, retriever=helper.retriever, settings=settings,
                     chat_model=build_chat_model(settings))
    s = d.sections[0]
    assert s.mode == "llm" and s.markdown.strip()
    assert "| 能源低碳化 | 30 | 15.69 分 |" in s.markdown
    for c in s.citations:
        assert check_citation(c, helper.index.sparse.by_key(c.key)) is None
    for n in s.numbers:
        assert n.status in ("verified", "mismatch", "unchecked")
        if n.status != "verified":
            assert "【未核对】" in s.markdown or "⚠" in s.markdown or "【已更正" in s.markdown
