"""Word lists the checker's linker reads around a number (moved out of checker.py to keep it small)."""

from __future__ import annotations

from .picking import ROLE_WORDS

CHANGE_WORDS = ("下降", "降低", "减少", "提高", "提升", "增长", "增加", "上升", "同比", "比上年", "较上年", "相比",
                "节约", "节省", "差距", "目标", "计划", "预计", "力争", "规划", "拟", "行业平均", "行业先进",
                "平均水平", "先进水平", "限额", "定额", "要求", "优于", "差于", "约束", "上限", "下限", "有望", "预期",
                "争取", "将达到", "新增", "降到", "降至", "提高至", "提高到", "提升至", "提升到",
                "尚差", "还差", "相差", "仍差")  # '距满分尚差 14.31 分': a difference, not the full points
# Change words that also stop a clause constant (a limit, requirement or level is what a constant may be).
STRONG_CHANGE = CHANGE_WORDS[:20]
TARGET_BEFORE = ("目标", "计划", "预计", "力争", "争取")
TOTALS = ("合计", "共计", "总计", "小计")
LEADING_ROLES = tuple(w for role, words in ROLE_WORDS if role in ("lead", "base", "weight", "points") for w in words
                       if w not in TOTALS)
LEAD_BASE = tuple(w for role, words in ROLE_WORDS if role in ("lead", "base") for w in words)
