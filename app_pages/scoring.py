"""指标计算与评分: every Annex B indicator (inputs by symbol, name and unit; formula, steps and clause),
and scoring a factory profile under a scheme (table, a chart per first-level indicator, total, CSV)."""

from __future__ import annotations

import csv
import io

import streamlit as st

from app_pages.charts import bars
from app_pages.citations import show_clause
from app_pages.common import CONFIDENCE, EXAMPLES, assistant, attempt
from assistant.api import Assistant

a = assistant()
st.title("指标计算与评分")
calc_tab, score_tab = st.tabs(["单项指标计算", "工厂画像评分"])

STATUS = {"scored": "已评分", "unfilled": "引领值/基准值待填", "missing": "缺数据", "no_evidence": "无证据",
          "not_declared": "未申报"}


def calculator(a: Assistant) -> None:
    infos = a.indicators()
    info = st.selectbox("指标（GB/T 36132-2025 附录 B）", infos, format_func=lambda i: f"{i.formula} {i.name}",
                        key="calc_indicator")
    st.caption(f"{info.help}" + (f" · {CONFIDENCE[info.confidence]}" if info.confidence in CONFIDENCE else ""))
    values: dict[str, float | str] = {}
    if info.inputs:
        cols = st.columns(min(3, len(info.inputs)))
        for n, spec in enumerate(info.inputs):
            label = f"{spec.symbol} — {spec.label}" + (f"（{spec.unit}）" if spec.unit else "")
            text = cols[n % len(cols)].text_input(label, key=f"in-{info.id}-{spec.symbol}",
                                                  placeholder="数值，可带单位，如 1.2万")
            if text.strip():
                values[spec.symbol] = text.strip()
    else:
        lines = st.text_area("输入（每行一项：名称=数值，可带单位）", key=f"free-{info.id}", height=120,
                             placeholder="electricity=4.5亿kWh\n天然气=1800万m3")
        for line in lines.splitlines():
            name, sep, value = line.partition("=")
            if sep and name.strip():
                values[name.strip()] = value.strip()
    if st.button("计算", type="primary", key="calc_go"):
        st.session_state["calc_result"] = attempt(lambda: a.calc(info.id, values), "计算")
    r = st.session_state.get("calc_result")
    if r is None or r.indicator != info.id:
        return
    st.metric(f"{r.name}（{r.formula}）", r.display_value())
    st.markdown("**计算步骤**")
    st.markdown("\n".join(f"{i}. {s}" for i, s in enumerate(r.steps, 1)))
    for note in r.notes:
        st.caption(f"说明：{note}")
    if r.confidence in CONFIDENCE:
        st.caption(CONFIDENCE[r.confidence])
    if r.citation_key:
        with st.expander(f"依据：{r.citation_key.replace('§', ' §')}"):
            show_clause(a, r.citation_key)


def profile_choice(a: Assistant):  # type: ignore[no-untyped-def]
    samples = sorted(EXAMPLES.glob("*.yaml"))
    source = st.radio("工厂画像", ["示例画像", "上传 YAML"], horizontal=True, key="profile_source")
    if source == "示例画像":
        path = st.selectbox("示例", samples, format_func=lambda p: p.stem, key="profile_sample")
        return attempt(lambda: a.load_profile(path), "画像") if path else None
    up = st.file_uploader("上传工厂画像（YAML）", type=["yaml", "yml"], key="profile_upload")
    if up is None:
        return None
    return attempt(lambda: a.profile_from_text(up.getvalue().decode("utf-8", "replace"), up.name), "画像")


def scorer(a: Assistant) -> None:
    profile = profile_choice(a)
    schemes = a.schemes()
    default = profile.scheme if profile is not None and profile.scheme in schemes else schemes[0]
    scheme = st.selectbox("评分方案", schemes, index=schemes.index(default), key=f"scheme-{default}")
    if profile is None or not st.button("评分", type="primary", key="score_go"):
        if "score_report" not in st.session_state:
            return
    else:
        st.session_state["score_report"] = attempt(lambda: a.score(profile, scheme), "评分")
    report = st.session_state.get("score_report")
    if report is None:
        return
    st.metric(f"{report.factory} · {report.title}", f"{report.total:.2f} 分")
    st.info(report.verdict, icon=":material/receipt_long:")
    for note in report.notes:
        st.caption(note)
    table = [{"一级指标": r.class_name, "序号": r.seq, "指标": r.name, "类型": r.type, "数值": r.value_text or "—",
              "引领值": _num(r.lead), "基准值": _num(r.base),
              "得分": round(r.points, 2), "满分": r.points_max, "状态": STATUS.get(r.status, r.status),
              "说明": r.note} for r in report.rows]
    st.dataframe(table, hide_index=True, width="stretch")
    st.download_button("下载 CSV", _csv(table), file_name=f"评分-{report.scheme}.csv", mime="text/csv")
    st.altair_chart(bars([{"一级指标": c.name, "得分": round(c.score, 2), "满分": c.weight} for c in report.classes],
                         "一级指标", "一级指标得分（满分为权重）"), width="stretch")
    for c in report.classes:
        rows = [{"指标": r.name, "得分": round(r.points, 2), "满分": r.points_max}
                for r in report.rows if r.class_name == c.name]
        with st.expander(f"{c.name}：{c.score:.2f} / {c.weight:g} 分"):
            st.altair_chart(bars(rows, "指标", c.name), width="stretch")


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else [])
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens the Chinese text correctly


with calc_tab:
    calculator(a)
with score_tab:
    scorer(a)
