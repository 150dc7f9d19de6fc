"""Heldout2 replica 8: a bilingual (Chinese/English) group standard, as a PDF.

T/CGSC 008-2025 and its issuing council are invented; the reporting rules follow the facts sheet
(sections 4 and 6: grid factors with year and source, boundary as GB/T 32150). Bilingual editions
printed for foreign-invested suppliers repeat every heading in English on the next line, with the
clause number again ("4 报送内容" / "4 Reporting content"); each Chinese paragraph is followed by
its English translation, whose wrapped lines can start with a cross-reference ("5.1 and 5.2 shall be
returned ..." in clause 6). The 目次 (目次 Contents), 前言 (前言 Foreword) and annex headings are
bilingual too; the cover carries both titles.
"""

from __future__ import annotations

from evals.replicas.content.common import annex, foreword, std_cover, toc_node
from evals.replicas.model import Block, DocSpec, Node, item, p

NUMBER = "T/CGSC 008\u20142025"
TITLE = "绿色供应链管理 供应商碳数据报送要求"


def _en(text: str) -> Block:
    return Block("plain", text)


def _c(num: str, zh: str, en: str, *blocks: Block) -> Node:
    return Node(num, f"{num} {zh}", level=num.count(".") + 1, sub=[f"{num} {en}"], blocks=list(blocks),
                toc=f"{num} {zh} {en}")


def body() -> list[Node]:
    return [
        _c("1", "范围", "Scope", p("本文件规定了核心制造企业向供应商收集产品碳数据时的报送内容、核算要求、报送方式和数据审核。"),
           _en("This document specifies the content, accounting requirements, reporting method and review of product "
               "carbon data that core manufacturers collect from their suppliers.")),
        _c("2", "规范性引用文件", "Normative references", p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
           _en("The following documents are referred to in the text in such a way that some or all of their content "
               "constitutes requirements of this document."),
           Block("plain", "GB/T 24067 温室气体 产品碳足迹 量化要求和指南 (Greenhouse gases\u2014Carbon footprint of "
                          "products\u2014Requirements and guidelines for quantification)"),
           Block("plain", "GB/T 32150 工业企业温室气体排放核算和报告通则 (General guideline of greenhouse gas emissions "
                          "accounting and reporting for industrial enterprises)")),
        _c("3", "术语和定义", "Terms and definitions", p("下列术语和定义适用于本文件。"),
           _en("For the purposes of this document, the following terms and definitions apply.")),
        _c("3.1", "供应商碳数据", "supplier carbon data",
           p("供应商就其供应给核心企业的零部件或材料报送的单位产品温室气体排放量及其计算依据。"),
           _en("Greenhouse gas emissions per unit of the parts or materials supplied to the core enterprise, reported "
               "by the supplier together with the basis of calculation.")),
        _c("4", "报送内容", "Reporting content"),
        _c("4.1", "基本信息", "General information", p("报送内容应包括供应商名称、统一社会信用代码、产品名称和型号、报告年度和联系人。"),
           _en("The report shall include the supplier name, unified social credit code, product name and model, "
               "reporting year and contact person.")),
        _c("4.2", "碳数据", "Carbon data", p("碳数据以每件或每千克产品的二氧化碳当量表示，并分别列出原材料获取和生产两个阶段的排放量。"),
           _en("Carbon data shall be expressed in CO2 equivalent per piece or per kilogram of product, listing "
               "separately the emissions of the raw material acquisition stage and of the production stage.")),
        _c("5", "核算要求", "Accounting requirements"),
        _c("5.1", "核算边界", "Accounting boundary", p("核算边界与供应商按 GB/T 32150 确定的企业核算边界一致，包括主要、辅助和附属生产系统。"),
           _en("The boundary shall be consistent with the enterprise boundary determined per GB/T 32150, covering "
               "main, auxiliary and ancillary production systems.")),
        _c("5.2", "排放因子", "Emission factors", p("外购电力采用主管部门公布的全国电网平均排放因子，报送时注明所用因子的年份和公告文号。"),
           _en("For purchased electricity the national average grid emission factor published by the competent "
               "authority shall be used; the year and the announcement number of the factor shall be stated."),
           item("a) 不得使用未注明来源的排放因子；"), item("b) 自发自用的可再生能源电量可单独列示。")),
        _c("6", "报送方式", "Reporting method", p("供应商每年第一季度通过核心企业的供应商管理平台报送上一年度的碳数据。未按5.1和5.2核算的数据，退回供应商修改后重新报送。"),
           _en("Suppliers shall report the carbon data of the previous year through the core enterprise's supplier "
               "management platform in the first quarter of each year. Data accounted otherwise than specified in "
               "5.1 and 5.2 shall be returned to the supplier for correction.")),
        _c("7", "数据审核", "Data review", p("核心企业对报送数据开展书面审核，必要时赴供应商现场核查，审核结果纳入供应商绩效评估。"),
           _en("The core enterprise shall review the reported data in writing and, where necessary, verify on site; "
               "the result is part of the supplier performance evaluation.")),
    ]


def spec() -> DocSpec:
    fw = foreword([
        p("本文件按照 GB/T 1.1\u20142020 的规定起草。本文件以中英文对照形式出版，中英文内容不一致时以中文为准。"),
        _en("This document was drafted in accordance with the rules given in GB/T 1.1\u20142020. It is published in "
            "Chinese and English; in case of discrepancy, the Chinese text prevails."),
        p("本文件由某绿色供应链促进会提出并归口，促进会名称和本文件编号均为评测虚构，条文由项目自行撰写。"),
        _en("The council and the number of this document are fictitious; the text was written for evaluation.")])
    fw.heading, fw.sub, fw.toc, fw.center = "前  言", ["Foreword"], "前言 Foreword", True
    toc = toc_node()
    toc.sub, toc.center = ["Contents"], True
    ann = annex("A", "资料性", "供应商碳数据报送表示例")
    ann.sub = ["（资料性）", "供应商碳数据报送表示例", "Annex A (informative) Example of a supplier carbon data form"]
    ann.toc = f"{ann.toc} Annex A Example of a supplier carbon data form"
    ann.blocks = [p("供应商碳数据报送表一般包括基本信息、产品碳数据、计算依据和声明四部分，由供应商负责人签字。"),
                  _en("A supplier carbon data form usually comprises general information, product carbon data, basis "
                      "of calculation and a declaration signed by the supplier's responsible person.")]
    nodes = [std_cover(ics="03.100.01", ccs="A 01", kind_line="团体标准", number=NUMBER, replaces=None,
                       title=["绿色供应链管理", "供应商碳数据报送要求"],
                       english="Green supply chain management\u2014Requirements for supplier carbon data reporting",
                       issued="2025-××-×× 发布", effective="2025-××-×× 实施", issuer="某绿色供应链促进会  发布",
                       logo="T/CGSC"),
             toc, fw, *body(), ann]
    return DocSpec("t-cgsc-bilingual.pdf", "heldout2", "T/CGSC 008-2025", TITLE, "standard", "pdf", nodes,
                   layout={"line": 7.6, "header": NUMBER, "header_align": "R"}, running=[NUMBER])
