"""Heldout2 replica 10: an enterprise procedure under review, as DOCX with tracked changes and comments.

The company and procedure are invented; the supplier rules follow the facts sheet section 6 (green
supply chain: supplier management 20 points, low-risk supplier share). Drafts circulate like this:
headings in Heading 1/2 with their numbers in the text, and the reviewer's marks left in the file —
a deleted clause "4.2 供应商年度评优" (heading and body in w:del, the text in w:delText) right before
an inserted clause "4.2 供应商退出" (heading and body in w:ins), an inserted clause 5.3, a number
changed inside a sentence (百分之六十 deleted, 百分之七十 inserted), a deleted paragraph in 3.2 and
two comments in comments.xml. The truth is the document with every change accepted: the deleted
4.2 is not a clause, the inserted 4.2 and 5.3 are.
"""

from __future__ import annotations

from evals.replicas.content.common import REPLICA_NOTE
from evals.replicas.model import Block, DocSpec, Node, item, p

TITLE = "绿色供应商管理程序"


def _h(num: str, title: str, *blocks: Block, inserted: bool = False) -> Node:
    heading = f"{num} {title}"
    return Node(num, f"⟦+{heading}+⟧" if inserted else heading, level=num.count(".") + 1, blocks=list(blocks),
                docx_style=f"Heading {num.count('.') + 1}")


def _ins(text: str) -> Block:
    return p(f"⟦+{text}+⟧")


def spec() -> DocSpec:
    nodes = [
        Node("封面", front=True, blocks=[
            Block("center", "××汽车零部件有限公司"), Block("center", TITLE, style="Title"),
            Block("center", "文件编号：JX/CX-GY-015　版本：B/0（修订审阅稿）"),
            Block("center", "（" + REPLICA_NOTE + "）"), Block("pagebreak")]),
        _h("1", "目的", p("为规范供应商的绿色准入、评价和退出管理，带动供应链上下游共同降低资源消耗和环境影响，制定本程序。")),
        _h("2", "适用范围", p("本程序适用于本公司生产性物料、包装材料和外协加工供应商的绿色管理。")),
        _h("3", "职责"),
        _h("3.1", "采购部", p("采购部负责供应商的绿色准入审核、年度评价和档案管理⟦#建议与采购合同条款保持一致#⟧。")),
        _h("3.2", "质量部与能源环保部", p("质量部负责有害物质检测，能源环保部负责供应商碳数据的收集和审核。"),
           p("⟦-生产部配合开展供应商现场审核，每年不少于一次。-⟧")),
        _h("4", "管理要求"),
        _h("4.1", "绿色准入", p("新供应商应通过绿色审核后方可列入合格供应商名录，审核内容包括环境合规、管理体系和有害物质控制。"),
           item("a) 近三年未受到环境行政处罚；"), item("b) 建立环境管理体系并有效运行；"),
           Block("plain", "⟦-4.2 供应商年度评优-⟧", style="Heading 2"),
           p("⟦-每年评选绿色供应商十家，给予订单倾斜和公开表彰。-⟧")),
        _h("4.2", "供应商退出", _ins("供应商发生重大环境污染事件或碳数据弄虚作假的，取消其合格供应商资格，三年内不得重新准入。"),
           inserted=True),
        _h("5", "评价与改进"),
        _h("5.1", "年度评价", p("采购部每年组织供应商绿色绩效评价，低风险供应商占比不低于⟦-百分之六十-⟧⟦+百分之七十+⟧，"
                            "评价结果与订单分配挂钩。")),
        _h("5.2", "培训", p("每年至少组织一次供应商绿色管理培训，内容包括有害物质限制、节能降碳和包装回收⟦#培训次数是否改为两次#⟧。")),
        _h("5.3", "碳数据报送", _ins("主要供应商每年第一季度报送上一年度的产品碳数据，外购电力排放因子注明年份和来源。"),
           inserted=True),
        _h("6", "记录", p("供应商审核记录、评价表和培训签到表由采购部保存，保存期限不少于五年。")),
    ]
    return DocSpec("procedure-under-review.docx", "heldout2", TITLE, TITLE, "other", "docx", nodes,
                   layout={"styles": True, "font_size": 10.5})
