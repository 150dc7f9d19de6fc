"""What an LLM answer wraps around its sentences: markdown emphasis and citation markers.

`plain(text)` blanks them out with spaces of the same length, so every span still indexes the
original text and the sentence underneath links as plain text would: `**5.32 分**` had made the
number an operand of `*`, `【1】` / `[2]` were read as counts of whatever the sentence named.
"""

from __future__ import annotations

import re

_MARKS = re.compile(
    r"【\s*\d{1,3}(?:\s*[,，、-]\s*\d{1,3})*\s*】"  # 【1】, 【1,2】
    r"|(?<![A-Za-z0-9_])\[\^?\s*\d{1,2}(?:\s*[,，、-]\s*\d{1,2})*\s*\](?!\s*[(（:：])"  # [1], [^2], [1-3]; not a link
    r"|\*\*|(?<!_)__(?=[^\s_])|(?<=[^\s_])__(?!_)"  # **bold**, __bold__ (not a blank '____' to fill in)
    r"|(?m:^[ \t]*#{1,6}[ \t]+)"  # '### 标题'
    r"|(?m:^[ \t]*>[ \t]?)"  # '> 引用'
)


def plain(text: str) -> str:
    """`text` with markdown emphasis, headings, quote marks and citation markers blanked (same length)."""
    return _MARKS.sub(lambda m: " " * len(m.group(0)), text)
