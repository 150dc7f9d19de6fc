"""`assistant chat` (a REPL over piped stdin, in a subprocess) and `assistant ask --agent`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main


@pytest.fixture
def env(tmp_path: Path, core_docs: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")
    assert main(["ingest", "-q", str(core_docs)]) == 0
    return {**os.environ, "ASSISTANT_HOME": str(tmp_path / "home"), "ASSISTANT_EMBEDDER": "hash"}


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)


def test_repl_with_piped_stdin_and_resume(env: dict[str, str]) -> None:
    proc = run(["chat"], env, "取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？\n\n换成 8000 m³ 再算一次\n"
                             + "取" * 2500 + "\nexit\nB.10 是什么\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.count("你：") == 5 and out.count("助手：") == 2
    assert "90 %" in out and "88.88889 %" in out and "[GB/T 36132-2025 §B.10]" in out
    assert "问题过长" in proc.stderr  # one bad line does not end the session
    assert "B.10 是什么" not in out  # nothing after exit is read
    cid = out.rsplit("对话已保存：", 1)[1].split("（", 1)[0].strip()
    listed = run(["chat", "--list", "--json"], env)
    assert [c["id"] for c in json.loads(listed.stdout)] == [cid]
    again = run(["chat", "--conversation", cid, "--json"], env, "取水量改为 2000 m³ 呢\n")
    answer = json.loads(again.stdout.strip().splitlines()[-1])
    assert answer["turn"] == 3 and answer["tool_calls"][0]["args"]["inputs"]["V"] == "2000m3"


def test_ask_agent(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "B.10 是什么", "--agent", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["citations"][0]["key"] == "GB/T 36132-2025§B.10"
    assert main(["ask", "那2018版呢？", "--agent", "--conversation", data["conversation_id"]]) == 0
    assert "助手：" in capsys.readouterr().out
    assert main(["ask", "评分 missing.yaml", "--agent"]) == 2
    assert "错误：找不到工厂画像文件 missing.yaml" in capsys.readouterr().err
    assert main(["chat", "--conversation", "nope"]) == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_llm_turn_at_a_terminal_shows_its_tool_steps_as_they_happen(
        core_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A local model takes a minute per turn: a person at the terminal sees each tool step on stderr
    before the answer; piped or offline turns print only the answer (as before)."""
    from assistant.agent.cli import repl
    from assistant.api import Assistant
    from assistant.settings import Settings

    replies = ['{"tool": "search_standards", "args": {"query": "取水量包括消防用水吗"}}',
               "不包括。取水量不包括基建、消防和对外供水 [GB/T 36132-2025 §B.8]。"]
    llm = Assistant(Settings(home=core_home, embedder="hash", agent={"store": str(tmp_path / "c.sqlite")},
                             chat={"backend": "fake", "fake_responses": replies}))
    assert repl(llm, stdin=_Terminal("取水量包括消防用水吗？\n")) == 0
    out, err = capsys.readouterr()
    assert "正在思考" in err and "· search_standards：" in err and '"tool"' not in out + err
    assert "助手：不包括" in out and err.index("正在思考") < err.index("· search_standards：")
    offline = Assistant(Settings(home=core_home, embedder="hash", agent={"store": str(tmp_path / "d.sqlite")}))
    assert repl(offline, stdin=_Terminal("取水量包括消防用水吗？\n")) == 0
    out, err = capsys.readouterr()
    assert err == "" and "助手：" in out
