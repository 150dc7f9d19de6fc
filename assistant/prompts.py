"""Prompts, answer phrases and report templates, one file each under ``prompts/``, checked on load.

A template file (``prompts/answer/refusal_missing.txt`` is the template ``answer/refusal_missing``)
starts with header lines beginning with ``#``; one of them declares the variables::

    # vars: question, named
    # Any other header line is a comment.
    检索到的最相关条款中都没有出现{named}。

The text is everything after the header, less one final newline. ``{name}`` (ASCII identifier) is a
placeholder; ``{{name}}`` is the literal text ``{name}``; every other brace is literal (JSON examples
need no escaping). Loading fails with a one-line ConfigError when a placeholder is not declared, or
a declared variable is never used; rendering fails when a variable is missing or not declared. Values
are substituted in one pass: a value that contains ``{name}`` is not expanded again.

The folder is ``prompts/`` beside the ``assistant`` package (``settings.prompts_dir`` overrides it).
Loaded templates are cached per folder (thread-safe); :func:`clear_cache` forgets them.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ConfigError
from assistant.settings import Settings

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"
SUFFIX = ".txt"
_VARS = re.compile(r"^#\s*vars\s*:(.*)$")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_cache: dict[tuple[Path, str], Template] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Template:
    """One loaded template: its name, declared variables and text."""

    name: str
    variables: frozenset[str]
    text: str
    path: Path

    def render(self, **values: object) -> str:
        """The text with every placeholder replaced by ``str(value)``; ConfigError on a bad variable set."""
        unknown = sorted(set(values) - self.variables)
        if unknown:
            raise ConfigError(f"提示模板 {self.name} 未声明变量 {'、'.join(unknown)}"
                              f"（已声明：{_listing(self.variables)}）")
        missing = sorted(self.variables - set(values))
        if missing:
            raise ConfigError(f"提示模板 {self.name} 缺少变量 {'、'.join(missing)}")

        def fill(m: re.Match[str]) -> str:
            return "{" + m.group(1) + "}" if m.group(1) else str(values[m.group(2)])

        return _PLACEHOLDER.sub(fill, self.text)


def _listing(names: frozenset[str]) -> str:
    return "、".join(sorted(names)) or "无"


def placeholders(text: str) -> set[str]:
    """The placeholder names in ``text`` (escaped ``{{name}}`` excluded)."""
    return {m.group(2) for m in _PLACEHOLDER.finditer(text) if m.group(2)}


def parse(name: str, raw: str, path: Path) -> Template:
    """A template from a file's text; ConfigError when its header and placeholders disagree."""
    lines = raw.split("\n")
    declared: set[str] | None = None
    n = 0
    while n < len(lines) and lines[n].startswith("#"):
        m = _VARS.match(lines[n].strip())
        if m:
            if declared is not None:
                raise ConfigError(f"提示模板 {name}（{path}）有两行 # vars:")
            declared = {v.strip() for v in m.group(1).split(",") if v.strip()}
            bad = sorted(v for v in declared if not _IDENT.fullmatch(v))
            if bad:
                raise ConfigError(f"提示模板 {name}（{path}）的变量名无效：{'、'.join(bad)}")
        n += 1
    if declared is None:
        raise ConfigError(f"提示模板 {name}（{path}）缺少首行变量声明（# vars: ...）")
    text = "\n".join(lines[n:])
    text = text.removesuffix("\n")
    used = placeholders(text)
    undeclared = sorted(used - declared)
    if undeclared:
        raise ConfigError(f"提示模板 {name}（{path}）中的占位符 {'、'.join(undeclared)} 未在 # vars: 中声明")
    unused = sorted(declared - used)
    if unused:
        raise ConfigError(f"提示模板 {name}（{path}）声明的变量 {'、'.join(unused)} 在正文中没有使用")
    return Template(name=name, variables=frozenset(declared), text=text, path=path)


def prompts_dir(settings: Settings | None = None) -> Path:
    """The templates folder: ``settings.prompts_dir``, else ASSISTANT_PROMPTS_DIR, else ``prompts/``."""
    if settings is not None and settings.prompts_dir is not None:
        return Path(settings.prompts_dir).expanduser()
    env = os.environ.get("ASSISTANT_PROMPTS_DIR")
    return Path(env).expanduser() if env else PROMPTS_DIR


def load(name: str, directory: Path | None = None) -> Template:
    """The template ``name`` (``answer/refusal``) from ``directory`` (default :func:`prompts_dir`)."""
    root = (directory or prompts_dir()).resolve()
    key = (root, name)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    path = root / (name + SUFFIX)
    if ".." in Path(name).parts or not path.is_file():
        raise ConfigError(f"找不到提示模板 {name}（{path}）")
    with _lock:
        cached = _cache.get(key)
        if cached is None:
            cached = _cache[key] = parse(name, path.read_text(encoding="utf-8"), path)
    return cached


def render(name: str, /, **values: object) -> str:
    """Render the template ``name`` from the default folder with ``values``."""
    return load(name).render(**values)


def names(directory: Path | None = None) -> list[str]:
    """Every template name in ``directory`` (default :func:`prompts_dir`), sorted."""
    root = directory or prompts_dir()
    return sorted(p.relative_to(root).with_suffix("").as_posix() for p in root.rglob("*" + SUFFIX))


def clear_cache() -> None:
    with _lock:
        _cache.clear()


class Prompts:
    """Templates of one folder, as configured by ``settings`` (``Prompts(settings).render(...)``)."""

    def __init__(self, settings: Settings | None = None, *, directory: Path | None = None) -> None:
        self.directory = directory or prompts_dir(settings)

    def load(self, name: str) -> Template:
        return load(name, self.directory)

    def render(self, name: str, /, **values: object) -> str:
        return self.load(name).render(**values)
