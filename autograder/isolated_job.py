"""One isolated run's state and the thread that drives it (used by :mod:`autograder.runner`).

:class:`Job` runs the student's awaitable on a new event loop in its own thread,
with a heartbeat measuring the loop's lag, then cancels and lists any task left
running. The caller (``run_isolated``) waits on :attr:`Job.returned` and
:attr:`Job.done`, and reads the value, the error and the timings from the job.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import threading
import traceback
from time import perf_counter as _perf_counter
from typing import Any

from .capture import Capture
from .files_on_loop import unwatch, watch
from .measure import Heartbeat, awaiting_at

__all__ = ["CLEANUP_GRACE", "Abandoned", "Job", "NotAwaitableError"]

_wait = asyncio.wait  # bound at import, like the clocks: student patches cannot reach them
CLEANUP_GRACE = 2.0  # s left-over tasks get to finish once cancelled


class NotAwaitableError(TypeError):
    """The function under test returned a plain value: it is not ``async def``."""


class Abandoned(BaseException):
    """Raised into a thread left blocked past its timeout, so it stops when it wakes."""


def _task_text(task: asyncio.Task) -> str:
    coro = task.get_coro()
    name = f"{getattr(coro, '__qualname__', type(coro).__name__)}()"
    if task.cancelling():  # cancel() was called, but nobody waited for the task to end
        name += " (cancelled, but never awaited)"
    where = awaiting_at(task)
    return f"{name} waiting at {where}" if where else name


class Job:
    """State shared by the caller and the runner thread; :meth:`main` is the thread's target."""

    def __init__(self, call, name: str, capture: Capture) -> None:
        self.call, self.name, self.capture = call, name, capture
        self.heartbeat = Heartbeat()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.task: asyncio.Future | None = None
        self.thread_id: int | None = None
        self.value: Any = None
        self.error: BaseException | None = None
        self.elapsed = 0.0
        self.pending: list[str] = []
        self.running_at_return: list[asyncio.Task] = []
        self.files_opened: list[str] = []  # by the loop's own thread, while the code ran
        self._driver: asyncio.Task | None = None
        self.stopped = False  # the caller stopped the loop: its RuntimeError is ours
        self.returned, self.done = threading.Event(), threading.Event()

    def main(self) -> None:
        """The thread's target: never lets an exception reach ``threading.excepthook``."""
        try:
            self.thread_id = threading.get_ident()
            loop = self.loop = asyncio.new_event_loop()
            loop.set_exception_handler(self.capture.loop_handler)
            loop.set_debug(False)  # debug mode (-X dev) logs slow callbacks to stderr
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._drive())
            finally:
                try:
                    loop.run_until_complete(loop.shutdown_asyncgens())
                finally:
                    _drop_locals(self.error)  # an open session in a local is garbage now
                    gc.collect()  # finalise the run's garbage while the capture is open
                    asyncio.set_event_loop(None)
                    loop.close()
        except BaseException as exc:  # noqa: BLE001 - reported, never printed
            if self.error is None and not self.stopped and not isinstance(exc, Abandoned):
                self.error = exc
        finally:
            self.returned.set()
            self.done.set()

    async def _drive(self) -> None:
        self._driver = asyncio.current_task()
        self.heartbeat.start()
        self.files_opened = watch(self.thread_id)
        start = _perf_counter()
        try:
            awaitable = self.call()
            if not inspect.isawaitable(awaitable):
                self.value = awaitable
                raise NotAwaitableError(
                    f"{self.name}() returned {type(awaitable).__name__}, not a coroutine: "
                    "was it defined with `def` instead of `async def`?"
                )
            self.task = asyncio.ensure_future(self._until_it_returns(awaitable))
            self.value = await self.task
        except BaseException as exc:  # noqa: BLE001 - the student's error is the result
            self.error = exc
        finally:
            self.elapsed = _perf_counter() - start
            unwatch(self.thread_id)
            self.heartbeat.stop()
            self.returned.set()
        me = asyncio.current_task()
        leftovers = [t for t in asyncio.all_tasks() if t not in (me, self.heartbeat.task)]
        self.pending = [_task_text(t) for t in self.running_at_return or leftovers]
        for task in leftovers:
            task.cancel()
        await _wait([*leftovers, self.heartbeat.task], timeout=CLEANUP_GRACE)
        for task in leftovers:
            if task.done() and not task.cancelled():
                task.exception()  # retrieved here: it ended because we cancelled it

    async def _until_it_returns(self, awaitable):
        """Await the student's code; list the tasks still running the moment it returns.

        Listed here, in the same step as the return: one loop turn later, the tasks it
        called cancel() on but never awaited would have ended already.
        """
        try:
            return await awaitable
        finally:
            me, driver = asyncio.current_task(), self._driver
            self.running_at_return = [t for t in asyncio.all_tasks()
                                      if t not in (me, driver, self.heartbeat.task)]


def _drop_locals(exc: BaseException | None) -> None:
    """Clear the locals of an exception's frames (and its causes'); lines stay readable."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__
