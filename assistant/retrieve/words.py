"""The question words of retrieval, in one place. Three lists for three jobs on three units (tokens
left out of coverage, phrases set apart before jieba cuts a question, characters not counted as
content), each tuned on the dev and replica sets where it is used."""

from __future__ import annotations

import re

# Function and question words: whether a clause has 里, 哪几个 or 这次 says nothing about whether
# it answers the question (also left out of the refusal score's coverage and absent share).
FUNCTION_WORDS = frozenset(
    "里 啥 跟 这 那 哪 看 写 做 说 出 好 完 就 刚 版 用 把 到 去 想 能 要 会 得 让 给 对 从 在 吗 呢 吧 了 的 "
    "这次 这个 那个 这些 那些 这一 那一 一类 一节 哪个 哪些 哪几 哪几个 几个 几类 几种 第几 几次 第几次 什么 "
    "什么样 干什么 怎么 怎么样 怎样 如何 为什么 是不是 能不能 可不可以 时候 以后 之后 以前 之前 开始 还要 "
    "东西 清楚 比较 主要 一下 一般 到底 现在 拿来 外面 马上 自己 打算 一步 下一步 when what which who how "
    "does did do say first under from s".split())

# Question words set apart before segmenting: jieba's unknown-word model glues them to the term
# next to them (啥叫低碳排放钢 -> 叫/低/碳, 低碳排放钢是什么 -> 钢是), and the index, which never
# saw them there, has 低碳/排放/钢.
QUESTION_PHRASES = re.compile(
    r"(什么叫|啥叫|叫做|叫啥|是什么|什么是|是啥|是指|指的是|什么意思|啥意思|怎么样|怎么|怎样|如何|为什么|"
    r"哪些|哪几|哪个|哪里|多少|有没有|是不是|能不能|可不可以|算不算|吗|呢|吧|啥)")

# Characters that do not count as content when a document named by its title is taken out of the
# searched text (retrieve/refs.py): with three content characters left, the title was the question.
QUESTION_CHARS = re.compile(r"什么|啥|哪些|哪个|哪里|怎么|如何|多少|几|是否|是|的|吗|呢|了|叫|这本|这个|干嘛|用|有|里|中")
