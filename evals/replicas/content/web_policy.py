"""Check replica 8: a Simplified-Chinese news page about the green manufacturing list, as text.

Short-line headings, a （一）-numbered list inside one section, navigation and footer junk.
"""

from __future__ import annotations

from evals.replicas.model import Block, DocSpec, Node, p

TITLE = "绿色制造名单发布 绿色工厂梯度培育体系加快完善"


def _junk(text: str) -> Block:
    return Block("cover", text)


def spec() -> DocSpec:
    top = Node("封面", front=True, blocks=[
        _junk("网站首页 > 新闻中心 > 工作动态"), _junk("登录 注册 English 无障碍"), _junk(TITLE),
        _junk("2025-01-10 09:30 来源：行业资讯网（评测用仿制页面） 【打印】 【纠错】"),
        _junk("分享到：微信 微博")])
    nodes = [
        top,
        Node("名单情况", "名单情况", blocks=[
            p("近日，主管部门公布了年度绿色制造名单，名单涵盖绿色工厂、绿色工业园区和绿色供应链管理企业。"),
            p("本次名单按照企业自评价、省级推荐、专家论证和社会公示的程序产生，公示期内未收到异议的单位正式列入。")]),
        Node("主要做法", "主要做法", blocks=[p("各地在推进绿色制造体系建设中形成了以下做法：")]),
        Node("（一）", "（一）强化标准引领", level=2, blocks=[
            p("以新版绿色工厂评价通则为基础，引导各行业制定评价方案，明确引领值和基准值。")]),
        Node("（二）", "（二）完善梯度培育", level=2, blocks=[
            p("建立国家、省、市三级梯度培育机制，市级先行培育，逐级择优推荐。")]),
        Node("（三）", "（三）加强动态管理", level=2, blocks=[
            p("列入名单的企业每年更新数据，表现较差的单位可被移出名单。")]),
        Node("下一步工作", "下一步工作", blocks=[
            p("下一步将依托绿色制造公共服务平台完善线上填报，持续开展抽查，推动名单单位发挥示范作用。")]),
    ]
    nodes[-1].blocks += [_junk("【责任编辑：××】"), _junk("相关新闻"),
                         _junk("主办单位：行业资讯网 版权所有 未经许可不得转载"),
                         _junk("网站标识码：0000000000 备案号：京ICP备00000000号")]
    return DocSpec("web-policy-page.txt", "check", TITLE, TITLE, "other", "txt", nodes,
                   layout={"blank_lines": True})
