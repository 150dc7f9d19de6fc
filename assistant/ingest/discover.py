"""File discovery: the supported files under the paths a user gives, and one problem per bad path.

Links are never followed out of the tree the user gave: inside a folder, a symbolic link (to a file
or a folder) is taken only when its target lies inside that folder, a link loop or a dangling link is
one problem line, and a folder is never walked twice. A folder named directly may itself be a link
(the user chose it), except to a system tree (``/``, ``/proc``, ...), which nobody means to ingest.
Every filesystem error (permission, loop, vanished file) becomes an IngestError for that path, so
the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.ingest.errors import IngestError
from assistant.ingest.manifest import find_manifest, is_manifest_file

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset({".pdf", ".md", ".markdown", ".txt", ".docx"})
_SYSTEM_TREES = tuple(Path(p) for p in ("/proc", "/sys", "/dev", "/run"))


def unsupported(path: Path) -> IngestError:
    ext = path.suffix
    return IngestError(path, f"unsupported file type '{ext}'" if ext else "unsupported file type (no extension)")


def _resolve(path: Path) -> Path:
    """The real path; OSError (loops, permissions) as IngestError naming ``path``."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 raises RuntimeError for a symlink loop
        raise IngestError(path, "symbolic link loop") from None
    except ValueError:  # an embedded NUL byte: no such file can exist
        raise IngestError(path, "the name contains a NUL byte") from None
    except FileNotFoundError:
        raise IngestError(path, "dangling symbolic link" if path.is_symlink() else "no such file or folder") from None
    except OSError as e:
        if e.errno == 40:  # ELOOP
            raise IngestError(path, "symbolic link loop") from None
        raise IngestError(path, f"cannot read: {e.strerror or e}") from None


def _system_tree(real: Path) -> bool:
    return real == Path(real.anchor) or any(real == t or t in real.parents for t in _SYSTEM_TREES)


def _walk(root: Path, real_root: Path, problems: list[IngestError]) -> list[Path]:
    """Files under ``root``, links inside it kept only when they stay inside ``real_root``."""
    found: list[Path] = []
    visited: set[Path] = {real_root}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            problems.append(IngestError(folder, f"cannot read folder: {e.strerror or e}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    real = _resolve(path)
                    if real != real_root and real_root not in real.parents:
                        problems.append(IngestError(path, "symbolic link points outside the folder: not followed"))
                        continue
                    if real.is_dir():
                        if real not in visited:
                            visited.add(real)
                            stack.append(path)
                        continue
                    found.append(path)
                elif entry.is_dir(follow_symlinks=False):
                    visited.add(_resolve(path))
                    stack.append(path)
                elif entry.is_file(follow_symlinks=False):
                    found.append(path)
                # sockets, fifos and devices are not documents: skipped like hidden files
            except IngestError as e:
                problems.append(e)
            except OSError as e:
                problems.append(IngestError(path, f"cannot read: {e.strerror or e}"))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[IngestError]]:
    """Supported files under ``paths`` (folders recursively, sorted) and problems found.

    Hidden files and folders and manifest files are skipped silently; other unsupported files,
    missing paths, link loops and links out of the tree are reported as IngestError.
    """
    files: list[Path] = []
    problems: list[IngestError] = []
    seen: set[Path] = set()

    def take(path: Path, excluded: Callable[[Path], bool] = lambda _: False) -> None:
        if is_manifest_file(path) or excluded(path):
            return
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            problems.append(unsupported(path))
            return
        try:
            real = _resolve(path)
        except IngestError as e:
            problems.append(e)
            return
        if real not in seen:
            seen.add(real)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        try:
            real = _resolve(path)
            if real.is_file():
                take(path)
            elif real.is_dir():
                if _system_tree(real):
                    raise IngestError(path, f"refusing to ingest the system folder {real}")
                for f in _walk(path, real, problems):
                    take(f, _excluded)
            else:
                problems.append(IngestError(path, "not a regular file or folder"))
        except IngestError as e:
            problems.append(e)
        except OSError as e:
            problems.append(IngestError(path, f"cannot read: {e.strerror or e}"))
    return files, problems


def _excluded(path: Path) -> bool:
    """Excluded by its manifest's `exclude` list. A broken manifest excludes nothing here: parsing
    the file reports the manifest's error on that file's line."""
    try:
        manifest = find_manifest(path)
    except IngestError:
        return False
    return manifest is not None and manifest.excludes(path)
