"""Settings: unknown names are errors, bad values are one-line ConfigErrors, the README table is generated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import settings as settings_module
from assistant.errors import AssistantError, ConfigError
from assistant.settings import (
    TABLE_END,
    TABLE_START,
    Settings,
    check_environment,
    leaf_fields,
    settings_table,
    with_settings_table,
)

README = Path(__file__).parent.parent / "README.md"


def test_unknown_keyword_is_an_error_naming_the_closest_field() -> None:
    with pytest.raises(ConfigError, match=r"hom.*home") as info:
        Settings(hom=".")
    assert isinstance(info.value, AssistantError) and isinstance(info.value, ValueError)
    assert "\n" not in str(info.value)


def test_unknown_environment_variable_is_an_error_naming_the_closest_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__RRF_KK", "3")
    with pytest.raises(ConfigError) as info:
        Settings()
    message = str(info.value)
    assert "ASSISTANT_RETRIEVAL__RRF_KK" in message and "ASSISTANT_RETRIEVAL__RRF_K）" in message and "\n" not in message


def test_a_flat_name_that_moved_into_a_group_names_its_new_place(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=r"^未知的设置 top_k（该设置已移至 retrieval.top_k）$"):
        Settings(top_k=3)
    monkeypatch.setenv("ASSISTANT_RRF_K", "7")
    with pytest.raises(ConfigError, match=r"ASSISTANT_RRF_K（该设置已移至 ASSISTANT_RETRIEVAL__RRF_K）"):
        Settings()


@pytest.mark.parametrize(("old", "new"), [
    ("chroma_url", "store.chroma_url"), ("chunk_max_chars", "ingest.chunk_max_chars"), ("user", "ingest.user"),
    ("fast_queries", "embedding.fast_queries"), ("embed_threads", "embedding.threads"),
    ("embed_batch_size", "embedding.batch_size")])
def test_index_side_names_moved_into_store_embedding_and_ingest(old: str, new: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=rf"^未知的设置 {old}（该设置已移至 {new}）$"):
        Settings(**{old: 1})
    env_old, env_new = "ASSISTANT_" + old.upper(), "ASSISTANT_" + new.upper().replace(".", "__")
    monkeypatch.setenv(env_old, "1")
    with pytest.raises(ConfigError, match=rf"^未知的环境变量 {env_old}（该设置已移至 {env_new}）$"):
        Settings()
    monkeypatch.delenv(env_old)
    monkeypatch.setenv(env_new, "300" if "chunk" in new else "true" if "fast" in new else "3")
    group, field = new.split(".")
    assert getattr(getattr(Settings(), group), field) is not None


def test_environment_names_are_case_insensitive_like_pydantic_settings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("assistant_retrieval__top_k", "3")
    assert Settings().retrieval.top_k == 3
    monkeypatch.setenv("assistant_retrieval__topk", "3")
    with pytest.raises(ConfigError, match="ASSISTANT_RETRIEVAL__TOP_K"):
        Settings()


def test_a_name_close_to_nothing_lists_the_valid_names() -> None:
    with pytest.raises(ConfigError) as info:
        check_environment({"ASSISTANT_ZZZZZZZZZZ": "1"})
    assert "ASSISTANT_HOME" in str(info.value) and "ASSISTANT_RETRIEVAL__SUPERSEDED_FALLBACK_BELOW" in str(info.value)


def test_fields_other_variables_and_whitelisted_names_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    check_environment({"ASSISTANT_HOME": "h", "ASSISTANT_STORE__CHROMA_URL": "", "HOME": "/root", "PATH": ""})
    monkeypatch.setattr(settings_module.core, "OTHER_ENV_VARS", frozenset({"ASSISTANT_DEBUG"}))
    check_environment({"ASSISTANT_DEBUG": "1"})


def test_the_environment_is_read_at_construction(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path))
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__RRF_K", "7")
    s = Settings(agent={"max_steps": 3})
    assert (s.home, s.retrieval.rrf_k, s.agent.max_steps) == (tmp_path, 7, 3)
    monkeypatch.delenv("ASSISTANT_RETRIEVAL__RRF_K")
    assert Settings().retrieval.rrf_k == 10


def test_bad_environment_value_is_a_config_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__TOP_K", "many")
    with pytest.raises(ConfigError, match=r"^设置 ASSISTANT_RETRIEVAL__TOP_K 的值 'many' 无效：") as info:
        Settings()
    assert "\n" not in str(info.value)


def test_bad_keyword_value_names_the_keyword() -> None:
    with pytest.raises(ConfigError, match=r"设置 retrieval.top_k 的值 0 无效"):
        Settings(retrieval={"top_k": 0})


def test_settings_table_has_every_field_with_its_default() -> None:
    table = settings_table()
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) == len(leaf_fields())  # sub-model fields (chat, agent) one row each
    assert "| `ASSISTANT_RETRIEVAL__RRF_K` | `10` |" in table
    assert "| `ASSISTANT_STORE__CHROMA_URL` | unset |" in table
    assert "| `ASSISTANT_MODELS_DIR` | `~/.cache/green-mfg-assistant/models` |" in table
    assert "| `ASSISTANT_EMBEDDING__FAST_QUERIES` | `true` |" in table
    assert all(row.count(" | ") == 2 for row in rows)  # no unescaped pipe in a description


def test_readme_settings_table_matches_settings() -> None:
    text = README.read_text(encoding="utf-8")
    region = re.search(re.escape(TABLE_START) + r"\n(.*?)" + re.escape(TABLE_END), text, re.S)
    assert region, "README.md lacks the settings markers"
    assert region.group(1) == settings_table(), "README settings table is stale: run `make settings-doc`"


def test_readme_rewrite_replaces_only_the_marked_region(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# t\n\nbefore\n\n{TABLE_START}\n| old |\n{TABLE_END}\n\nafter\n", encoding="utf-8")
    assert settings_module.main([str(readme), "--check"]) == 1
    assert settings_module.main([str(readme)]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text == f"# t\n\nbefore\n\n{TABLE_START}\n{settings_table()}{TABLE_END}\n\nafter\n"
    assert settings_module.main([str(readme), "--check"]) == 0
    assert with_settings_table(text) == text
    with pytest.raises(ValueError, match="settings:start"):
        with_settings_table("no markers")
