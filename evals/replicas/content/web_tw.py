"""Tune replica 4: a Traditional-Chinese web page (plain text) about the green manufacturing system.

No numbering: headings are short lines without punctuation; rare characters carry pinyin in
parentheses as some sites print them (建設(shè)); navigation and footer junk around the article.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, p

TITLE = "綠色製造體系與綠色工廠評價簡介"


def _junk(text: str) -> Block:
    return Block("cover", text)


def spec() -> DocSpec:
    top = Node("封面", front=True, blocks=[
        _junk("首頁 | 新聞中心 | 政策法規 | 綠色製造 | 聯繫我們"), _junk("當前位置：首頁 > 綠色製造 > 專題解讀"),
        _junk(TITLE), _junk("發布時間：2024-05-20 來源：綠色製造資訊網（評測用仿製頁面） 瀏覽次數：1024"),
        _junk("【字體：大 中 小】 【列印】 【關閉】")])
    sections = [
        ("綠色製造體系是什麼", [
            "綠色製造體系由綠色工廠、綠色產品、綠色園區和綠色供應鏈四個部分組成，並配套標準體系、評價機制和"
            "公共服務平台。",
            "國家通過中央預算內投資、技術改造資金、綠色信貸和綠色債券等方式支持體系建設(shè)，"
            "入選的綠色產品還可優先納入政府採購。"]),
        ("綠色工廠評價方式", [
            "綠色工廠的評(píng)價依據現行國家標準《綠色工廠評價通則》，指標分為能源低碳化、資源高效化、"
            "生產潔淨化、產品綠色化和用地集約化五類。",
            "每項指標按百分制計分，達到引領值得滿分，劣於基準值得零分，兩者之間宜按線性比例計分。"]),
        ("申報流程", [
            "企業首先對照標準開展創建並完成自我評價，再向所在省份的工業和信息化主管部門提交材料。",
            "省級主管部門審核後向工業和信息化部推薦，經專家論證和社會公示後發(fā)表國家級名單。"]),
        ("名單管理", [
            "列入名單後，公共服務平台公開企業的主要指標，主管部門對自我聲明的信息開展抽查，"
            "抽查不合格的單位將被移出名單。",
            "連續三次抽查合格的單位，可在五年內免於抽查。"]),
        ("常見問題", [
            "問：評價標準有沒有規定統一的合格分數線？答：通則本身不設數值門檻，達標要求由行業評價方案"
            "或主管部門的通知規定。"]),
    ]
    nodes = [top] + [Node(h, h, blocks=[p(x) for x in paras]) for h, paras in sections]
    nodes[-1].blocks += [_junk("相關閱讀：綠色供應鏈管理評價要求解讀 | 綠色園區評價要求解讀"),
                         _junk("版權所有 © 2024 綠色製造資訊網 備案號：京ICP備00000000號"),
                         _junk("返回頂部")]
    return DocSpec("web-green-factory-tw.txt", "tune", TITLE, TITLE, "guide", "txt", nodes,
                   layout={"blank_lines": False, "indent": True})
