"""Web-page chrome around a copied page: breadcrumbs, font-size and print bars, hit counters at the top;
share bars, 相关链接 / 我要纠错, copyright and ICP lines at the bottom.

A government notice copied from its web page keeps its own numbering (一、 （一）), so it is not read by
layout (headings.py) and the chrome used to stay in the text: the footer was quoted as part of the last
clause (``四、联系方式`` ended in ``版权所有…京ICP备…``) and the top bar opened the 封面 chunk. Only the
leading and trailing runs are dropped: the same words inside the body (``主办单位：某协会`` in a training
notice) are content.
"""

from __future__ import annotations

import re

from assistant.ingest.layout import Line

# Footers, share bars, editor lines (also dropped by the layout reading of un-numbered pages).
BOILERPLATE = re.compile(r"版[权權]所有|ICP备|ICP備|网站标识码|網站標識碼|责任编辑|責任編輯|分享到|【打印】|【列印】|"
                         r"【关闭】|【關閉】|相关新闻|相關新聞|主办单位|主辦單位|备案号|備案號")
# Page controls no document contains as text.
_CONTROLS = re.compile(r"字[号號][：:]?\s*[【\[]?\s*大|打印本[页頁]|关闭窗口|關閉視窗|关闭本[页頁]|浏览次数|瀏覽次數|"
                       r"阅读次数|閱讀次數|访问量|点击数|點擊數|扫一扫|掃一掃|收藏本[页頁]|加入收藏|设为首页|"
                       r"我要纠错|我要糾錯|相关链接|相關連結|返回顶部|返回頂部|【纠错】|【糾錯】|【字体|【字體")
_BREADCRUMB = re.compile(r"^(?:当前位置|當前位置|您的位置|您所在的位置)[：:]|^(?:网站)?首[页頁]\s*[>»›/]")
_PAGER = re.compile(r"^(?:上一篇|下一篇|上一條|下一條)[：:]")
_LEAD_WINDOW = 12  # lines; measured on copied gov and news pages: their top bar takes 2-6 lines


_SITE_OWNER = re.compile(r"^(?:主办单位|主辦單位)[：:]")  # chrome beside a copyright line, content alone
_SHARE_BARS = re.compile(r"分享到|【打印】|【列印】|【关闭】|【關閉】")  # the part of BOILERPLATE that also stands on top


def is_chrome(text: str, *, top: bool = False) -> bool:
    """A line of page chrome rather than document text. At the ``top`` only page controls, breadcrumbs
    and share or print bars count: a notice's first lines may name its 主办单位 or 责任编辑."""
    t = text.strip()
    if _CONTROLS.search(t) or _BREADCRUMB.search(t) or _PAGER.search(t):
        return True
    if top:
        return bool(_SHARE_BARS.search(t))
    return bool(BOILERPLATE.search(t))


def _chrome_line(ln: Line, top: bool = False) -> bool:
    """A heading, table row or code line is never chrome."""
    return not (ln.heading or ln.table or ln.verbatim) and is_chrome(ln.text, top=top)


def chrome_edges(first: list[Line], last: Line | None) -> bool:
    """Whether :func:`strip_chrome` may drop a line of a file whose first lines are ``first`` and whose
    last non-blank line is ``last`` (a streamed file with chrome is parsed whole instead)."""
    top = any(_chrome_line(ln, top=True) for ln in first[:_LEAD_WINDOW])
    return top or (last is not None and _chrome_line(last))


def strip_chrome(lines: list[Line]) -> list[Line]:
    """``lines`` without the chrome lines among the first lines and the chrome run at the end.

    The run at the end is dropped only when it holds a line that is chrome by itself (a copyright, ICP
    or page-control line): a notice ending in ``主办单位：某协会`` keeps it. A heading, table row or code
    line is never chrome. When nothing but chrome is left the lines are returned as they are (the
    caller's empty-document error then names the file).
    """
    end = len(lines)
    while end and (not lines[end - 1].text.strip() or _chrome_line(lines[end - 1])):
        end -= 1
    tail = lines[end:]
    if not any(_chrome_line(ln) and not _SITE_OWNER.match(ln.text.strip()) for ln in tail):
        end = len(lines)
    lead = min(_LEAD_WINDOW, end)
    kept = [ln for ln in lines[:lead] if not _chrome_line(ln, top=True)] + lines[lead:end]
    if len(kept) == len(lines) or not any(ln.text.strip() for ln in kept):
        return lines
    return kept
