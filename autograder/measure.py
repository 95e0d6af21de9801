"""What the isolated runner measures inside the student's event loop, and where code stood.

A :class:`Heartbeat` task sleeps a few milliseconds at a time and records how
late each wake-up came: a blocking call inside ``async def`` (``time.sleep``,
``requests.get``) stops every task on the loop, so the heartbeat's overshoot is
the time the loop was blocked. :func:`awaiting_at` and :func:`blocked_at` name
the line of the student's code a stuck task is waiting on, or a stuck thread is
blocked in, so a failed check can point at it.

Clocks and ``asyncio.sleep`` are bound at import: a student who patches
``time.perf_counter`` or ``asyncio.sleep`` cannot skew the measurement.

>>> beat = Heartbeat()          # doctest: +SKIP
>>> beat.start()                # inside the loop being watched
>>> beat.stop(); beat.max_lag   # seconds
0.0012
"""

from __future__ import annotations

import asyncio
import linecache
import os
import sys
import sysconfig
from time import perf_counter as _perf_counter

__all__ = [
    "LIBRARY_DIRS",
    "HEARTBEAT_INTERVAL",
    "STALL_AFTER",
    "Heartbeat",
    "awaiting_at",
    "blocked_at",
    "raised_at",
]

_sleep = asyncio.sleep  # the original, whatever the student patches later

HEARTBEAT_INTERVAL = 0.005  # s: fine enough to see a 50 ms block, cheap enough to ignore
# A heartbeat this late when the timeout hits means the loop itself is stuck (a
# blocking call), not a task awaiting something: far above scheduling noise under
# load (see checks.DEFAULT_MAX_LAG) and far below any timeout a check uses.
STALL_AFTER = 0.25


class Heartbeat:
    """A task that measures how late the event loop wakes it (the loop's lag)."""

    def __init__(self, interval: float = HEARTBEAT_INTERVAL) -> None:
        self.interval = interval
        self.max_lag = 0.0
        self.ticks = 0
        self.task: asyncio.Task | None = None
        self._due = _perf_counter() + interval

    def start(self) -> None:
        """Start ticking on the running loop (call from inside it)."""
        self._due = _perf_counter() + self.interval
        self.task = asyncio.get_running_loop().create_task(self._beat(), name="heartbeat")

    async def _beat(self) -> None:
        while True:
            self._due = _perf_counter() + self.interval
            await _sleep(self.interval)
            self.max_lag = max(self.max_lag, _perf_counter() - self._due)
            self.ticks += 1

    def overdue(self) -> float:
        """How long the current tick is overdue (0 while the loop keeps up). Thread-safe."""
        return max(0.0, _perf_counter() - self._due)

    def lag(self) -> float:
        """The largest lag so far, counting a tick overdue right now."""
        return max(self.max_lag, self.overdue())

    def stop(self) -> None:
        """Count the tick in progress and cancel the task (call from inside the loop)."""
        self.max_lag = self.lag()
        if self.task is not None:
            self.task.cancel()


def _library_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    dirs = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths}
    dirs.add(os.path.dirname(os.path.abspath(__file__)))  # the autograder itself
    return tuple(os.path.join(os.path.realpath(d), "") for d in dirs)


LIBRARY_DIRS = _library_dirs()  # the stdlib, installed packages, the autograder


def _is_library(frame) -> bool:
    filename = frame.f_code.co_filename
    if filename.startswith("<frozen"):
        return True
    return os.path.realpath(filename).startswith(LIBRARY_DIRS)


def _describe(frames: list) -> str:
    """``'name() line N: source'`` for the innermost ``(frame, line)`` of the student's code."""
    own = [(frame, line) for frame, line in frames if not _is_library(frame)]
    if not own:
        return ""
    frame, line = own[-1]
    source = linecache.getline(frame.f_code.co_filename, line, frame.f_globals).strip()
    where = f"{frame.f_code.co_name}() line {line}"
    return f"{where}: {source}" if source else where


def awaiting_at(awaitable) -> str:
    """Where a suspended coroutine (or a task's coroutine) is waiting, outermost to innermost."""
    if isinstance(awaitable, asyncio.Future) and hasattr(awaitable, "get_coro"):
        awaitable = awaitable.get_coro()
    frames = []
    while awaitable is not None:
        frame = getattr(awaitable, "cr_frame", None) or getattr(awaitable, "gi_frame", None)
        if frame is None:
            break
        frames.append((frame, frame.f_lineno))
        awaitable = getattr(awaitable, "cr_await", None) or getattr(awaitable, "gi_yieldfrom", None)
    return _describe(frames)


def blocked_at(thread_id: int | None) -> str:
    """Where a thread is running right now (the line a blocking call sits on)."""
    frame = sys._current_frames().get(thread_id) if thread_id is not None else None
    frames = []
    while frame is not None:
        frames.append((frame, frame.f_lineno))
        frame = frame.f_back
    return _describe(frames[::-1])


def raised_at(exc: BaseException | None) -> str:
    """The line of the student's own code an exception came through last, or ''."""
    frames = []
    tb = exc.__traceback__ if exc is not None else None
    while tb is not None:
        frames.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return _describe(frames)
