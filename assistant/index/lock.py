"""The home's write lock: one writer at a time, across processes and threads; readers never wait.

An advisory ``fcntl.flock`` on ``<home>/write.lock`` serialises writers in different processes; a
per-path ``threading.RLock`` serialises threads of one process (flock is per open file, so two
threads would otherwise both hold it) and lets a writer re-enter (ingest calls remove's helpers).
Readers take no lock: they read the last published BM25 snapshot, which a writer replaces atomically.
With a Chroma server shared by several machines the file lock covers only this machine's processes
(see README "Scale").
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_THREAD_LOCKS: dict[str, threading.RLock] = {}
_GUARD = threading.Lock()
_HELD = threading.local()  # paths whose flock this thread holds (re-entry takes it once)


def _thread_lock(path: Path) -> threading.RLock:
    with _GUARD:
        return _THREAD_LOCKS.setdefault(str(path), threading.RLock())


@contextmanager
def _flocked(path: Path, *, wait: bool, on_wait: object = None) -> Iterator[bool]:
    """This thread's flock on ``path`` (its thread lock already held): yields False at once when
    another process holds it and ``wait`` is False. Re-entry by the holding thread takes it once."""
    held: set[str] = getattr(_HELD, "paths", set())
    _HELD.paths = held
    key = str(path)
    if key in held:  # re-entered by the same thread: the flock is already ours
        yield True
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield False
                return
            if callable(on_wait):
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {time.time():.0f}\n".encode())
        held.add(key)
        try:
            yield True
        finally:
            held.discard(key)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def write_lock(path: Path, *, on_wait: object = None) -> Iterator[None]:
    """Hold the exclusive write lock at ``path`` (created if missing) for the block.

    ``on_wait`` (a callable) is called once if another writer holds the lock, so a CLI can say why
    it pauses."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tlock = _thread_lock(path)
    if not tlock.acquire(blocking=False):
        if callable(on_wait):
            on_wait()
        tlock.acquire()
    try:
        with _flocked(path, wait=True, on_wait=on_wait):
            yield
    finally:
        tlock.release()


def is_write_locked(path: Path) -> bool:
    """Is a writer (another process, or another thread of this one) holding the lock right now?"""
    key = str(path)
    if key in getattr(_HELD, "paths", set()):
        return False  # this thread is the writer
    tlock = _thread_lock(path)
    if not tlock.acquire(blocking=False):
        return True
    try:
        if not path.exists():
            return False
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)
    finally:
        tlock.release()


@contextmanager
def try_write_lock(path: Path) -> Iterator[bool]:
    """The write lock if it is free right now (yields True), else yields False at once: a reader
    that repaired a stale snapshot saves it only when no writer is busy, and never waits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tlock = _thread_lock(path)
    if not tlock.acquire(blocking=False):
        yield False
        return
    try:
        with _flocked(path, wait=False) as mine:
            yield mine
    finally:
        tlock.release()
