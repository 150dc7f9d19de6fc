"""chromadb and LangChain adapters, with the 'hash' embedder (fast)."""

from __future__ import annotations

from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.index.adapters import (
    ChromaEmbeddingFunction,
    LangchainEmbeddings,
    persisted_embedder,
)
from assistant.index.embedders import build_embedder
from assistant.settings import Settings

DOCS = {
    "water": "工业用水重复利用率是指重复利用水量与总用水量之比",
    "energy": "单位产品综合能耗按照GB/T 2589计算",
    "waste": "工业固体废物综合利用率等于综合利用量除以产生量",
}


def _client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


@pytest.fixture
def ef() -> ChromaEmbeddingFunction:
    settings = Settings()
    return ChromaEmbeddingFunction(build_embedder("hash", settings), settings)


def test_config_round_trip(ef: ChromaEmbeddingFunction) -> None:
    config = ef.get_config()
    assert config["spec"] == "hash" and config["embedder"] == "hash-ngram256@1" and config["dim"] == 256
    rebuilt = ChromaEmbeddingFunction.build_from_config(config)
    assert rebuilt.embedder.name == ef.embedder.name
    assert not ef.is_legacy()
    with pytest.raises(ValueError, match="re-index"):
        ef.validate_config_update(config, {**config, "embedder": "other@1"})


def test_chroma_persists_and_reopens(tmp_path: Path, ef: ChromaEmbeddingFunction) -> None:
    col = _client(tmp_path).create_collection("chunks", embedding_function=ef)
    col.add(ids=list(DOCS), documents=list(DOCS.values()))
    assert col.configuration_json["hnsw"]["space"] == "cosine"
    assert col.query(query_texts=["工业用水重复利用率"], n_results=1)["ids"] == [["water"]]

    reopened = _client(tmp_path).get_collection("chunks", embedding_function=ef)
    assert reopened.count() == 3
    assert reopened.query(query_texts=["综合能耗计算"], n_results=1)["ids"] == [["energy"]]
    assert persisted_embedder(reopened) == "hash-ngram256@1"


def test_chroma_without_function_never_uses_default(tmp_path: Path, ef: ChromaEmbeddingFunction) -> None:
    _client(tmp_path).create_collection("chunks", embedding_function=ef).add(
        ids=list(DOCS), documents=list(DOCS.values()))
    # fetched without an embedding function: the registered one is rebuilt from the config
    bare = _client(tmp_path).get_collection("chunks")
    assert bare.query(query_texts=["固体废物综合利用"], n_results=1)["ids"] == [["waste"]]
    bare.add(ids=["extra"], documents=["绿色工厂评价通则"])
    assert bare.query(query_texts=["绿色工厂评价"], n_results=1)["ids"] == [["extra"]]


def test_langchain_embeddings_types() -> None:
    lc = LangchainEmbeddings(build_embedder("hash", Settings()))
    docs = lc.embed_documents(list(DOCS.values()))
    assert isinstance(docs, list) and len(docs) == 3
    assert all(isinstance(v, list) and len(v) == 256 and isinstance(v[0], float) for v in docs)
    q = lc.embed_query("工业用水")
    assert isinstance(q, list) and len(q) == 256 and isinstance(q[0], float)
    assert lc.embed_documents([]) == []


def test_langchain_chroma_baseline(tmp_path: Path) -> None:
    from langchain_chroma import Chroma

    store = Chroma(collection_name="baseline", embedding_function=LangchainEmbeddings(build_embedder("hash", Settings())),
                   persist_directory=str(tmp_path), client_settings=ChromaSettings(anonymized_telemetry=False,
                                                                                  is_persistent=True))
    store.add_texts(list(DOCS.values()), ids=list(DOCS))
    hits = store.similarity_search("工业用水重复利用率", k=1)
    assert hits[0].page_content == DOCS["water"]
