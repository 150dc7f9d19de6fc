"""The README's settings table, generated from the fields (``python -m assistant.settings``)."""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.settings.core import env_name, leaf_fields

README = Path(__file__).resolve().parents[2] / "README.md"
TABLE_START = "<!-- settings:start -->"
TABLE_END = "<!-- settings:end -->"


def _default_cell(value: object) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == "":
        return '`""`'
    if isinstance(value, Path) and value.is_absolute():
        try:  # the models dir default is expanded at import: show it as written, machine-independent
            value = "~/" + value.relative_to(Path.home()).as_posix()
        except ValueError:
            pass
    return f"`{value}`"


def settings_table() -> str:
    """The README's Markdown table of every setting: variable, default, meaning (from the fields)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, sub, field in leaf_fields():
        meaning = " ".join((field.description or "").split()).replace("|", "\\|")
        default = field.default_factory() if field.default_factory is not None else field.default
        rows.append(f"| `{env_name(name, sub)}` | {_default_cell(default)} | {meaning} |")
    return "\n".join(rows) + "\n"


def with_settings_table(text: str) -> str:
    """``text`` (the README) with the region between the settings markers replaced by the table."""
    start = text.find(TABLE_START)
    end = text.find(TABLE_END, start)
    if start < 0 or end < 0:
        raise ValueError(f"README has no {TABLE_START} ... {TABLE_END} region")
    return text[: start + len(TABLE_START)] + "\n" + settings_table() + text[end:]


def main(argv: list[str] | None = None) -> int:
    """Rewrite the README's settings table; with ``--check``, exit 1 if it is stale instead."""
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if a != "--check"]
    readme = Path(paths[0]) if paths else README
    text = readme.read_text(encoding="utf-8")
    new = with_settings_table(text)
    if new == text:
        return 0
    if "--check" in args:
        print(f"{readme}: settings table is stale; run `make settings-doc`", file=sys.stderr)
        return 1
    readme.write_text(new, encoding="utf-8")
    print(f"{readme}: settings table regenerated")
    return 0
