"""Nested chat/agent settings: environment names with __, the unknown-name check, errors, the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import (
    DEFAULT_GGUF,
    AgentSettings,
    AppSettings,
    ChatSettings,
    EmbeddingSettings,
    IngestSettings,
    RetrievalSettings,
    Settings,
    StoreSettings,
    check_environment,
    env_names,
    leaf_fields,
    settings_table,
)


def test_defaults() -> None:
    s = Settings()
    assert s.chat == ChatSettings() and s.agent == AgentSettings()
    assert (s.chat.backend, s.chat.model, s.chat.base_url, s.chat.api_key_env) == ("offline", "", None, "OPENAI_API_KEY")
    assert (s.chat.temperature, s.chat.max_tokens, s.chat.timeout, s.chat.threads, s.chat.context) == \
        (0.1, 512, 120.0, 2, 4096)
    assert (s.agent.max_steps, s.agent.history_turns, s.agent.store, s.agent.max_question_chars) == \
        (4, 6, "conversations.sqlite", 2000)
    assert s.gguf_file == s.models_dir / DEFAULT_GGUF
    assert s.conversations_path == s.home / "conversations.sqlite"


def test_nested_environment_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSISTANT_CHAT__BACKEND", "openai")
    monkeypatch.setenv("ASSISTANT_CHAT__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("assistant_chat__max_tokens", "64")
    monkeypatch.setenv("ASSISTANT_AGENT__MAX_STEPS", "2")
    monkeypatch.setenv("ASSISTANT_CHAT__GGUF_PATH", str(tmp_path / "m.gguf"))
    s = Settings(chat={"model": "qwen"})  # keywords and environment merge within a group
    assert (s.chat.backend, s.chat.base_url, s.chat.max_tokens, s.chat.model) == \
        ("openai", "http://127.0.0.1:9/v1", 64, "qwen")
    assert s.agent.max_steps == 2 and s.gguf_file == tmp_path / "m.gguf"


def test_a_whole_group_as_json_and_fake_responses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CHAT", '{"backend": "fake", "fake_responses": ["一", "二"]}')
    s = Settings()
    assert s.chat.backend == "fake" and s.chat.fake_responses == ["一", "二"]


def test_unknown_nested_names_suggest_the_closest(monkeypatch: pytest.MonkeyPatch) -> None:
    check_environment({"ASSISTANT_CHAT__BACKEND": "openai", "ASSISTANT_AGENT__STORE": "x", "ASSISTANT_CHAT": "{}"})
    with pytest.raises(ConfigError, match=r"ASSISTANT_CHAT__BAKEND（最接近的有效设置是 ASSISTANT_CHAT__BACKEND）"):
        check_environment({"ASSISTANT_CHAT__BAKEND": "openai"})
    monkeypatch.setenv("ASSISTANT_AGENT__MAX_STEP", "3")
    with pytest.raises(ConfigError, match="ASSISTANT_AGENT__MAX_STEPS"):
        Settings()


def test_bad_nested_values_name_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CHAT__TEMPERATURE", "hot")
    with pytest.raises(ConfigError, match=r"^设置 ASSISTANT_CHAT__TEMPERATURE 的值 'hot' 无效") as info:
        Settings()
    assert "\n" not in str(info.value)
    monkeypatch.delenv("ASSISTANT_CHAT__TEMPERATURE")
    with pytest.raises(ConfigError, match=r"设置 chat\.max_tokens 的值 0 无效"):
        Settings(chat={"max_tokens": 0})
    with pytest.raises(ConfigError, match=r"未知的设置 chat\.bakend（最接近的有效设置是 backend）"):
        Settings(chat={"bakend": "x"})


def test_every_nested_field_has_a_description_and_a_row() -> None:
    table = settings_table()
    nested = [(f, sub, info) for f, sub, info in leaf_fields() if sub]
    assert len(nested) == sum(len(m.model_fields) for m in (ChatSettings, AgentSettings, AppSettings,
                                                               RetrievalSettings, StoreSettings,
                                                               EmbeddingSettings, IngestSettings))
    for field, sub, info in leaf_fields():
        assert info.description, (field, sub)
    assert "| `ASSISTANT_CHAT__BACKEND` | `offline` |" in table
    assert '| `ASSISTANT_CHAT__MODEL` | `""` |' in table
    assert "| `ASSISTANT_CHAT__FAKE_RESPONSES` | `[]` |" in table
    assert "| `ASSISTANT_AGENT__STORE` | `conversations.sqlite` |" in table
    assert "`ASSISTANT_CHAT` " not in table  # the group itself is not a row
    assert {"ASSISTANT_CHAT", "ASSISTANT_AGENT", "ASSISTANT_CHAT__BACKEND"} <= set(env_names())
