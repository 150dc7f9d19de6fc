"""The factory-profile form of the drafting page, grouped as the profile schema is: basic facts as
fields, every other group as a YAML box filled from the chosen start (a sample, an upload or the
blank template)."""

from __future__ import annotations

from typing import Any

import streamlit as st
import yaml

GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("产品", ("products",)),
    ("能源", ("energy", "carbon", "renewable", "retrofit", "platform_functions")),
    ("水", ("water", "wastewater")),
    ("废物与排放", ("solid_waste", "waste_gas", "pollutants", "raw_materials")),
    ("用地", ("land",)),
    ("管理体系", ("management_systems",)),
    ("证据", ("basic_requirements", "declarations")),
]
BASICS = [("name", "工厂名称（与营业执照一致）"), ("address", "工厂地址"), ("province", "所在省（自治区、直辖市）"),
          ("region", "电网区域（华北/东北/华东/华中/西北/南方/西南）"), ("credit_code", "统一社会信用代码"),
          ("legal_representative", "法定代表人")]


def profile_form(start: dict[str, Any], tag: str) -> str:
    """The form over ``start`` (a profile as a dict); returns the edited profile as YAML text.
    ``tag`` names the start, so choosing another start refills the fields."""
    basics = dict(start.get("basics") or {})
    industry = dict(basics.get("industry") or {})
    tabs = st.tabs(["基本信息", *[name for name, _ in GROUPS]])
    with tabs[0]:
        left, right = st.columns(2)
        for n, (field, label) in enumerate(BASICS):
            value = (left if n % 2 == 0 else right).text_input(label, value=str(basics.get(field) or ""),
                                                               key=f"pf-{tag}-{field}")
            basics[field] = value.strip() or None
        industry["code"] = left.text_input("所属行业代码（GB/T 4754-2017）", value=str(industry.get("code") or ""),
                                           key=f"pf-{tag}-icode").strip()
        industry["name"] = right.text_input("行业名称", value=str(industry.get("name") or ""),
                                            key=f"pf-{tag}-iname").strip()
        basics["year"] = int(left.number_input("评价年度", 2000, 2100, int(basics.get("year") or 2025),
                                               key=f"pf-{tag}-year"))
        basics["industry"] = industry
        basics["name"] = basics.get("name") or ""
    data: dict[str, Any] = {k: v for k, v in start.items() if k not in {key for _, ks in GROUPS for key in ks}}
    data["basics"] = {k: v for k, v in basics.items() if v not in (None, "")} | {"name": basics["name"]}
    for tab, (name, keys) in zip(tabs[1:], GROUPS, strict=True):
        with tab:
            part = {k: start[k] for k in keys if start.get(k) is not None}
            text = st.text_area(f"{name}（YAML，字段说明见空白模板的注释）", key=f"pf-{tag}-{name}", height=260,
                                value=yaml.safe_dump(part, allow_unicode=True, sort_keys=False) if part else "")
            try:
                parsed = yaml.safe_load(text) if text.strip() else {}
            except yaml.YAMLError as exc:
                st.error(f"{name}：YAML 格式错误（{' '.join(str(exc).split())[:120]}）", icon=":material/warning:")
                parsed = {}
            if isinstance(parsed, dict):
                data.update({k: v for k, v in parsed.items() if v is not None})
            else:
                st.error(f"{name}：应为“字段: 值”的映射", icon=":material/warning:")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
