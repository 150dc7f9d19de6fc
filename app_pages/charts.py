"""Altair bar charts of a score report: earned points against the maximum."""

from __future__ import annotations

import altair as alt
import pandas as pd


def bars(rows: list[dict], label: str, title: str) -> alt.Chart:
    """``rows``: {label: …, '得分': …, '满分': …}; grey bar = maximum, green bar = earned."""
    df = pd.DataFrame(rows)
    y = alt.Y(f"{label}:N", sort=None, title=None, axis=alt.Axis(labelLimit=180))
    base = alt.Chart(df).encode(y=y)
    full = base.mark_bar(color="#e3e7ea").encode(x=alt.X("满分:Q", title="分"))
    got = base.mark_bar(color="#2e8b57", size=14).encode(x="得分:Q", tooltip=[label, "得分", "满分"])
    text = base.mark_text(align="left", dx=4, fontSize=11).encode(x="得分:Q", text=alt.Text("得分:Q", format=".2f"))
    # a fixed step per bar: the chart grows with the rows (a fixed height squeezed them together)
    return (full + got + text).properties(title=title, height=alt.Step(30))
