"""The backend registry: every name builds or fails with one clear line; nothing heavy at import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import ConfigError, ModelError
from assistant.llm import backends, build_chat_model, register
from assistant.llm import registry as registry_module
from assistant.settings import Settings

LOCAL = "http://127.0.0.1:8765/v1"


def chat(**values: object) -> Settings:
    return Settings(chat=values)


def test_the_backends() -> None:
    assert {"offline", "openai", "ollama", "local", "fake"} <= set(backends())
    assert build_chat_model(Settings()) is None


def test_an_unknown_backend_lists_the_valid_names() -> None:
    with pytest.raises(ConfigError) as info:
        build_chat_model(chat(backend="gpt"))
    message = str(info.value)
    assert "未知的对话模型后端 'gpt'" in message and "ASSISTANT_CHAT__BACKEND" in message
    assert all(name in message for name in ("offline", "openai", "ollama", "local", "fake"))
    assert "\n" not in message


def test_importing_the_package_loads_no_model_client() -> None:
    code = ("import sys, assistant.llm as L; from assistant.settings import Settings; "
            "assert L.build_chat_model(Settings()) is None; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'langchain_openai', 'langchain_ollama', 'llama_cpp', 'openai', 'ollama', 'langchain'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_openai_against_a_local_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_openai import ChatOpenAI

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    model = build_chat_model(chat(backend="openai", base_url=LOCAL, temperature=0.0, max_tokens=32, timeout=5))
    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_key is not None and model.openai_api_key.get_secret_value() == "not-needed"
    assert (model.openai_api_base, model.temperature, model.max_tokens, model.request_timeout) == \
        (LOCAL, 0.0, 32, 5.0)
    assert model.disabled_params == {"parallel_tool_calls": None}
    assert model.extra_body == {"max_tokens": 32}  # llama_cpp.server ignores max_completion_tokens


def test_openai_reads_the_key_from_the_named_variable_and_never_shows_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_LLM_KEY", "sk-secret-123")
    model = build_chat_model(chat(backend="openai", base_url="https://llm.example.com/v1", model="m",
                                  api_key_env="MY_LLM_KEY"))
    assert model is not None and model.openai_api_key.get_secret_value() == "sk-secret-123"  # type: ignore[attr-defined]
    assert "sk-secret-123" not in repr(model) and "sk-secret-123" not in str(model.dict())


def test_openai_without_a_key_for_a_remote_server_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MY_LLM_KEY", raising=False)
    with pytest.raises(ConfigError, match="环境变量 MY_LLM_KEY 未设置") as info:
        build_chat_model(chat(backend="openai", base_url="https://llm.example.com/v1", model="m",
                              api_key_env="MY_LLM_KEY"))
    assert "\n" not in str(info.value)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        build_chat_model(chat(backend="openai", model="gpt-4o-mini"))


def test_openai_remote_needs_a_model_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    with pytest.raises(ConfigError, match="ASSISTANT_CHAT__MODEL"):
        build_chat_model(chat(backend="openai", base_url="https://llm.example.com/v1"))


def test_a_missing_client_library_is_a_one_line_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langchain_openai", None)
    with pytest.raises(ModelError, match=r"未安装 langchain_openai：请运行 pip install -e \.") as info:
        build_chat_model(chat(backend="openai", base_url=LOCAL))
    assert "\n" not in str(info.value)


def test_ollama_builds_with_url_and_model() -> None:
    from langchain_ollama import ChatOllama

    model = build_chat_model(chat(backend="ollama", base_url="http://127.0.0.1:11999", model="qwen2.5:1.5b",
                                  max_tokens=40))
    assert isinstance(model, ChatOllama)
    assert (model.base_url, model.model, model.num_predict) == ("http://127.0.0.1:11999", "qwen2.5:1.5b", 40)
    with pytest.raises(ConfigError, match="ollama 后端需要模型名称"):
        build_chat_model(chat(backend="ollama"))


def test_local_without_llama_cpp_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    with pytest.raises(ModelError, match=r"需要 llama-cpp-python.*make llm") as info:
        build_chat_model(chat(backend="local", gguf_path=tmp_path / "m.gguf"))
    assert "\n" not in str(info.value)


def test_local_without_the_model_file_says_how_to_build_it(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    with pytest.raises(ModelError, match=r"本地模型文件不存在：.*nothing\.gguf（运行 make llm"):
        build_chat_model(chat(backend="local", gguf_path=tmp_path / "nothing.gguf"))


def test_register_adds_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_module, "_BUILDERS", dict(registry_module._BUILDERS))
    seen = []

    @register("echo")
    def _echo(settings: Settings) -> None:
        seen.append(settings.chat.backend)

    assert "echo" in backends()
    assert build_chat_model(chat(backend="ECHO")) is None and seen == ["ECHO"]


@pytest.mark.parametrize(("url", "local"), [
    ("http://127.0.0.1:8080/v1", True), ("http://localhost/v1", True), ("http://[::1]:1/v1", True),
    ("http://127.3.0.1/v1", True), ("https://api.openai.com/v1", False), (None, False), ("", False),
])
def test_is_local_url(url: str | None, local: bool) -> None:
    assert registry_module.is_local_url(url) is local
