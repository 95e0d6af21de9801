"""Notice files opened on the event loop's own thread, through Python's audit hooks.

A plain ``open()`` of a local file blocks the loop too briefly for the heartbeat
to tell it from noise, on a fast machine; on a slow network filesystem it blocks
it for seconds. The interpreter announces every open (the ``open`` audit event,
PEP 578), so while a run is watched, each file opened *on the loop's thread* is
recorded: evidence of where, whatever the machine. Imports (``.py`` files and
the installed packages) are not counted. (``time.sleep`` has an audit event only
from 3.13, so sleeps are left to the heartbeat, the same on every version.)

An audit hook cannot be removed: one is installed, once, the first time a
thread is watched, and does nothing for threads that are not.
"""

from __future__ import annotations

import os
import sys
import threading

from .measure import LIBRARY_DIRS

__all__ = ["unwatch", "watch"]

_SKIPPED_SUFFIXES = (".py", ".pyc", ".pyi", ".so", ".pth")

_watched: dict[int, list[str]] = {}  # thread id -> the files it opened while watched
_installed = False
_install_lock = threading.Lock()


def _is_library(path: str) -> bool:
    return path.endswith(_SKIPPED_SUFFIXES) or os.path.realpath(path).startswith(LIBRARY_DIRS)


def _hook(event: str, args: tuple) -> None:
    if event != "open":
        return
    opened = _watched.get(threading.get_ident())
    if opened is not None and isinstance(args[0], str | bytes | os.PathLike):
        path = os.fsdecode(args[0])
        if not _is_library(path):
            opened.append(path)


def watch(thread_id: int) -> list[str]:
    """Start recording the files ``thread_id`` opens; returns the list they are added to."""
    global _installed
    with _install_lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True
    opened = _watched[thread_id] = []
    return opened


def unwatch(thread_id: int) -> None:
    """Stop recording ``thread_id`` (its record stays with whoever holds it)."""
    _watched.pop(thread_id, None)
