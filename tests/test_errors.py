"""One error hierarchy: the stage errors derive from assistant.errors without changing their messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import errors
from assistant.errors import AssistantError, ConfigError, ModelError, ToolError
from assistant.index.embedders import build_embedder
from assistant.index.store import ChromaStore
from assistant.ingest.errors import IngestError
from assistant.scoring.errors import InputError, ProfileError, SchemeError, ScoringError
from assistant.settings import Settings


def test_stage_errors_are_assistant_errors() -> None:
    assert issubclass(IngestError, errors.IngestError) and issubclass(IngestError, AssistantError)
    assert issubclass(ScoringError, errors.ScoringError) and issubclass(ScoringError, AssistantError)
    assert issubclass(ScoringError, ValueError)
    for cls in (ConfigError, ModelError, ToolError, errors.IngestError, errors.ScoringError):
        assert issubclass(cls, AssistantError)


def test_ingest_error_keeps_its_constructor_and_message() -> None:
    e = IngestError(Path("a/b.pdf"), "encrypted\n  PDF")
    assert str(e) == "a/b.pdf: encrypted PDF"
    assert e.path == Path("a/b.pdf") and e.args == (Path("a/b.pdf"), "encrypted PDF")


def test_scoring_errors_keep_value_error_behaviour() -> None:
    e = InputError("Q", "产量必须为正数")
    assert (str(e), e.field, e.message, e.args) == ("产量必须为正数", "Q", "产量必须为正数", ("产量必须为正数",))
    assert str(SchemeError("s", ["a", "b"])) == "评分方案 s 校验未通过：a；b"
    multi = "工厂画像 p.yaml 格式错误：mapping values\n  in line 2"
    assert str(ProfileError(multi)) == multi  # str() exactly as before; the CLI folds it
    with pytest.raises(ValueError):
        raise ProfileError("x")


def test_assistant_errors_are_one_line() -> None:
    assert str(ConfigError("ASSISTANT_X：\n  坏值")) == "ASSISTANT_X： 坏值"
    assert str(ToolError("a\tb\n")) == "a b"
    assert errors.one_line("a\n b\r\nc") == "a b c"


def test_unknown_embedder_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"^ASSISTANT_EMBEDDER 'nope' 未知"):
        build_embedder("nope", Settings(embedder="nope"))
    with pytest.raises(ConfigError, match=r"^嵌入模型 'nope' 未知"):  # named by eval --embedders
        build_embedder("nope", Settings())


def test_embedder_folder_without_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a sentence-transformers model folder"):
        build_embedder(str(tmp_path), Settings(embedder=str(tmp_path)))


def test_bad_chroma_url_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^ASSISTANT_STORE__CHROMA_URL 不是有效的网址：'notaurl'"):
        ChromaStore(Settings(home=tmp_path, store={"chroma_url": "notaurl"}), "hash", 8)
