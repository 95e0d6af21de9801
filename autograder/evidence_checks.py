"""Checks on where the work ran and what it made, from evidence rather than the clock.

:class:`EvidenceChecks` is mixed into :class:`autograder.outcome.RunOutcome`. It
reads what the runner recorded during the run: the calls of the exercises' own
helper functions and their threads (:mod:`autograder.where_it_ran`), and the
aiohttp sessions the code created (:mod:`autograder.sessions_made`). Neither
depends on how fast the grading machine is.
"""

from __future__ import annotations

import os
from typing import Self

from .messages import plural
from .report import RunReport

__all__ = ["EvidenceChecks"]


class EvidenceChecks:
    """Assertions on the run's evidence; the class using it provides ``report`` and ``_fail``."""

    report: RunReport

    def _fail(self, message: str):
        raise AssertionError(message)

    def ran_off_the_loop(self, fn, advice: str = "") -> Self:
        """No call of the recorded function ``fn`` ran on the event loop's own thread.

        Evidence of where, not of how long: see :mod:`autograder.where_it_ran`.
        ``advice`` replaces the general remedy (threads for blocking I/O, a process
        pool for CPU work) where the task asks for one of them.
        """
        name = getattr(fn, "__name__", str(fn))
        on_loop = self.report.calls_on_loop(name)
        if on_loop:
            seconds = sum(call.seconds for call in on_loop)
            self._fail(
                f"{name}() ran on the event loop's own thread ({plural(len(on_loop), 'call')}, "
                f"{seconds:.2f} s in all): while it runs, no other task can. A plain call inside "
                "async def? " + (advice or "Run it elsewhere and await the result: `await "
                f"asyncio.to_thread({name}, ...)` for blocking I/O, or `await "
                f"loop.run_in_executor(pool, {name}, ...)` with a ProcessPoolExecutor for "
                "CPU-heavy work.")
            )
        return self

    def one_session(self) -> Self:
        """The code created exactly one aiohttp ClientSession, shared by its requests."""
        made = self.report.sessions_created
        if made > 1:
            self._fail(
                f"{self.report.name}() created {made} aiohttp ClientSessions (expected one, "
                "shared by every request). A session per request, per task or per batch? "
                "Create one with `async with aiohttp.ClientSession() as session:` around all "
                "the work and pass `session` on to each request."
            )
        if made == 0:
            self._fail(
                f"{self.report.name}() created no aiohttp ClientSession (expected one): the "
                "requests must go through aiohttp, in one `async with aiohttp.ClientSession() "
                "as session:` block."
            )
        return self

    def no_file_opened_on_the_loop(self) -> Self:
        """No file was opened on the event loop's own thread (a plain ``open()`` in async def)."""
        opened = self.report.files_opened_on_loop
        if opened:
            names = ", ".join(dict.fromkeys(os.path.basename(path) for path in opened))
            self._fail(
                f"{self.report.name}() opened {plural(len(opened), 'file')} on the event loop's "
                f"own thread ({names}): a plain open() inside async def blocks every task "
                "while the disk (or a network filesystem) answers. Use `async with "
                "aiofiles.open(...)`, or `await asyncio.to_thread(...)` around the file work."
            )
        return self
