"""A heartbeat for lessons: how long did the work take, and how late did the event loop get?

A heartbeat is a task that wants to wake every ``interval`` seconds. When something
blocks the loop's thread (``time.sleep``, a synchronous HTTP client, a long
computation), the heartbeat wakes late, and its worst lateness is the loop's lag::

    async with LoopWatch() as watch:
        await asyncio.gather(*(nap(i) for i in range(5)))
    print(f"{watch.elapsed:.2f} s, worst event-loop lag {watch.worst_lag:.3f} s")

Pass coroutines, not already-started tasks or a ``gather()``: work that started before
the ``async with`` is not timed, and its blocking is not seen.
"""

from __future__ import annotations

import asyncio
import time

__all__ = ["LoopWatch"]


class LoopWatch:
    """Time a block of ``await``s while a heartbeat measures the event loop's worst lag."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.elapsed = 0.0       # seconds the block took
        self.worst_lag = 0.0     # the heartbeat's worst lateness, in seconds
        self.beats = 0           # how many times the heartbeat woke
        self._stop = asyncio.Event()
        self._beat: asyncio.Task | None = None
        self._start = 0.0

    async def _heartbeat(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._stop.is_set():
            before = loop.time()
            await asyncio.sleep(self.interval)
            self.beats += 1
            self.worst_lag = max(self.worst_lag, loop.time() - before - self.interval)

    async def __aenter__(self) -> LoopWatch:
        self._stop.clear()
        self.worst_lag, self.beats = 0.0, 0
        self._beat = asyncio.create_task(self._heartbeat())
        await asyncio.sleep(0)   # let the heartbeat start before the work does
        self._start = time.perf_counter()
        return self

    async def __aexit__(self, *exc_info) -> None:
        self.elapsed = time.perf_counter() - self._start
        self._stop.set()
        await self._beat         # its last sleep ends within one interval

    def __repr__(self) -> str:
        return (f"<LoopWatch {self.elapsed:.2f} s, worst lag {self.worst_lag:.3f} s, "
                f"{self.beats} beats>")
