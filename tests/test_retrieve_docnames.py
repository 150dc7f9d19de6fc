"""Documents named by a title fragment, an abbreviation, a bare policy number or a yearless number."""

from __future__ import annotations

from assistant.retrieve.docnames import DocNames
from assistant.retrieve.refs import RefResolver
from assistant.types import Chunk


def _chunk(doc_id: str, title: str, text: str, status: str = "current", n: int = 0) -> Chunk:
    return Chunk(id=f"{doc_id}-{n}", key=f"{doc_id}§{n}", doc_id=doc_id, source_id=doc_id, clause=str(n),
                 text=text, index_text=text, doc_title=title, status=status)  # type: ignore[arg-type]


CHUNKS = [
    _chunk("SJ/T 11744-2019", "绿色工厂评价要求 电子计算机制造", "计算机整机的单位产品综合能耗按附录A计算。"),
    _chunk("工信部节〔2024〕13号", "工业和信息化部关于印发《绿色工厂梯度培育及管理暂行办法》的通知", "第一条 为推进梯度培育。"),
    _chunk("绿色工厂创建实施指南", "绿色工厂创建实施指南", "创建工作分为诊断、方案和实施三个阶段。"),
    _chunk("GB/T 2589-2020", "综合能耗计算通则", "综合能耗是规定的耗能体在统计期内消耗的各种能源的总和。"),
    _chunk("GB/T 36132-2025", "绿色工厂评价通则", "单位产品综合能耗按式（B.1）计算。", n=1),
    _chunk("GB/T 36132-2025", "绿色工厂评价通则", "综合能耗包括主要生产系统的能耗。", n=2),
    _chunk("GB/T 36132-2018", "绿色工厂评价通则", "综合能耗按GB/T 2589计算。", status="superseded"),
]


def _named(text: str) -> set[str]:
    return set().union(*(docs for _, docs in DocNames(CHUNKS).find(text))) if DocNames(CHUNKS).find(text) else set()


def test_names_by_title_fragment_abbreviation_and_number() -> None:
    assert _named("计算机制造的评价结果满分多少") == {"SJ/T 11744-2019"}
    assert _named("梯度培育办法什么时候施行") == {"工信部节〔2024〕13号"}  # 梯度培育及管理暂行办法
    assert _named("创建指南说列入名单以后还要干什么") == {"绿色工厂创建实施指南"}
    assert _named("13号文里绿色工厂是怎么定义的") == {"工信部节〔2024〕13号"}


def test_terms_and_shared_words_name_nothing() -> None:
    assert _named("单位产品综合能耗怎么算") == set()  # 综合能耗: in GB/T 2589's title, a term elsewhere
    assert _named("绿色工厂有哪些基本要求") == set()
    assert _named("通则里怎么规定的") == set()  # two documents are 通则


def test_current_edition_only_and_yearless_numbers() -> None:
    refs = RefResolver(CHUNKS)
    assert refs.named_docs("绿色工厂评价通则的基本要求") == {"GB/T 36132-2025"}
    assert refs.named_docs("GB/T 36132 这次是第几次修订") == {"GB/T 36132-2025"}
    # The name is taken out of the searched text (it matches every clause of the document) ...
    assert "计算机制造" not in refs.without_doc_ids("计算机制造的评价结果满分多少")
    # ... unless the question is about the named thing itself.
    assert refs.without_doc_ids("啥叫电子计算机制造") == "啥叫电子计算机制造"


def test_english_terms_ship_with_the_package() -> None:
    from assistant.retrieve.query import QueryAnalyzer

    q = QueryAnalyzer(CHUNKS).analyze("How is the industrial water reuse rate calculated?")
    assert "工业用水重复利用率" in " ".join(q.tokens)  # no glossary indexed: the shipped list maps it


def test_a_clear_lexical_winner_weighs_the_dense_ranking_less(helper, core_docs) -> None:  # type: ignore[no-untyped-def]
    """With the dense factor at 0 and every margin counted, hybrid ranks exactly as BM25 (plus the
    query analysis); with the margin rule off, the dense ranking takes part."""
    helper.ingest([core_docs])
    query = "工业用水重复利用率 计算"
    off = helper.settings.model_copy(update={"retrieval": helper.settings.retrieval.model_copy(
        update={"lexical_margin": 0.0, "lexical_dense_factor": 0.0})})
    from assistant.retrieve.hybrid import Retriever, SearchRequest

    hybrid = Retriever(helper.index, off).run(SearchRequest(query=query, k=5, mode="hybrid"))
    sparse = Retriever(helper.index, off).run(SearchRequest(query=query, k=5, mode="sparse"))
    scored = [h.chunk.key for h in hybrid.hits if h.score > 0]
    assert scored and scored == [h.chunk.key for h in sparse.hits][: len(scored)]
    assert any(h.dense_rank is not None for h in hybrid.hits)  # dense still ran; it only weighs 0
