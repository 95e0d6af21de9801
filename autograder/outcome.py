"""Assertions about what a student's run did, from the runner's report alone.

:class:`RunOutcome` wraps a :class:`~autograder.runner.RunReport` with chainable
checks that need no server: the code finished, did not block the event loop,
awaited every coroutine, closed its sessions, left no task running and lost no
exception. Each returns the outcome, or raises AssertionError with one
paragraph for the student: what the code did, what was expected, and the likely
mistake. :class:`autograder.checks.Outcome` adds the checks the server counts.

>>> RunOutcome(run_isolated(main)).finished().loop_not_blocked()   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Self

from .clock_checks import ClockChecks
from .evidence_checks import EvidenceChecks
from .measure import raised_at
from .messages import awaitables_in, close_coroutines, hint_for, plural, was
from .plain_values import first_mismatch, safely_equal, short_repr
from .runner import NotAwaitableError, RunReport

__all__ = ["DEFAULT_MAX_LAG", "RunOutcome"]

# Measured with 2 CPU-burning processes on this 2-core machine (server in the same
# process, 100 runs each): a correct gather of 5, 10 and 20 requests showed a worst
# heartbeat lag of 0.036, 0.046 and 0.031 s (0.094 s for 50 requests). A blocking
# call can only add to the lag: time.sleep(0.2) always shows >= 0.195 s (the
# heartbeat is due at most 5 ms after the call starts). 0.15 s sits 3x above the
# noise of typical checks and still below the smallest blocking call the exercises use.
# Checks that fan out 100+ requests at once should pass a larger max_lag.
DEFAULT_MAX_LAG = 0.15


class RunOutcome(EvidenceChecks, ClockChecks):
    """What one isolated run did (:attr:`report`), with chainable assertions."""

    def __init__(self, report: RunReport) -> None:
        self.report = report

    @property
    def value(self):
        """What the student's function returned (None if it did not return)."""
        return self.report.value

    @property
    def error(self) -> BaseException | None:
        """The exception the student's code raised, if any."""
        return self.report.error

    def _fail(self, message: str):
        raise AssertionError(message)

    def finished(self) -> Self:
        """The code returned within the timeout, without raising."""
        r, name = self.report, f"{self.report.name}()"
        if r.timed_out and r.loop_blocked_at_timeout:
            self._fail(
                f"{name} did not finish within {r.timeout:g} s: the event loop was blocked for "
                f"the last {r.blocked_for:.2f} s (at {r.stuck_at or 'an unknown line'}) — a "
                "blocking call such as time.sleep or requests.get inside async def? Use "
                "`await asyncio.sleep(...)` and aiohttp, which let other tasks run meanwhile."
            )
        if r.timed_out:
            self._fail(
                f"{name} did not finish within {r.timeout:g} s: it was still waiting on an "
                f"await that never finished after {r.timeout:g} s (at "
                f"{r.stuck_at or 'an unknown line'}) — a missing timeout, or an Event/Queue "
                "nobody sets? Something must set the event or put the item (or a sentinel) "
                "it waits for; asyncio.wait_for or asyncio.timeout bound a wait."
            )
        if isinstance(r.error, NotAwaitableError):
            self._fail(str(r.error))
        if r.error is not None:
            where = raised_at(r.error)
            hint = hint_for(r.error)
            self._fail(
                f"{name} raised {type(r.error).__name__}{f': {r.error}' if str(r.error) else ''}"
                f"{f' (at {where})' if where else ''}. It was expected to return normally."
                + (f" {hint}" if hint else "")
            )
        return self

    def returned(self, expected, hint: str = "") -> Self:
        """The code returned ``expected``: same types all the way down, then equal.

        A plain ``value == expected`` trusts the student's object: one whose
        ``__eq__`` always answers True passes it. Here every list, tuple, dict,
        str, int, float, bool and None is first checked for its exact type
        (``type(x) is type(y)``, so neither subclasses nor ``True`` for ``1``
        pass; an int where a float is expected does, as ``2`` for ``2.0``),
        recursively, and only then compared with ``==``. ``hint`` is added to
        the failure message.
        """
        value = self.report.value
        mismatch = first_mismatch(value, expected, "")
        if mismatch is None and not safely_equal(value, expected):
            mismatch = ""
        if mismatch is not None:
            where = f" (at {mismatch})" if mismatch else ""
            self._fail(
                f"{self.report.name} returned {type(value).__name__} {short_repr(value)}{where}; "
                f"expected {type(expected).__name__} {short_repr(expected)}."
                + (f" {hint}" if hint else "")
            )
        return self

    def raised(self, exc_type: type[BaseException]) -> Self:
        """The code raised ``exc_type`` (for exercises where raising is right)."""
        r = self.report
        if not isinstance(r.error, exc_type):
            did = "timed out" if r.timed_out else (
                f"raised {type(r.error).__name__}: {r.error}" if r.error else "returned normally"
            )
            self._fail(f"{r.name}() was expected to raise {exc_type.__name__}, but it {did}.")
        return self

    def loop_not_blocked(self, max_lag: float = DEFAULT_MAX_LAG, advice: str = "") -> Self:
        """The event loop never stalled longer than ``max_lag`` seconds.

        ``advice`` replaces the general remedy where the task asks for a specific one
        (a thread task should not be told to switch to aiohttp).
        """
        lag = self.report.max_lag
        if lag > max_lag:
            self._fail(
                f"The event loop was blocked for {lag:.2f} s (expected no pause over "
                f"{max_lag:.2f} s) — a blocking call such as time.sleep or requests.get inside "
                "async def? " + (advice or "Use `await asyncio.sleep(...)`, aiohttp, or "
                                 "`await asyncio.to_thread(...)` for blocking work.")
            )
        return self

    def no_pending_tasks(self) -> Self:
        """No task the code started was still running when it returned."""
        pending = self.report.pending_tasks
        if any("cancelled, but never awaited" in task for task in pending):
            self._fail(
                f"{plural(len(pending), 'task')} {was(len(pending))} still running when "
                f"{self.report.name}() returned: {'; '.join(pending)}. task.cancel() only asks "
                "a task to stop: await it afterwards (it raises CancelledError: catch it, or "
                "use `await asyncio.gather(*tasks, return_exceptions=True)`) so it has really "
                "stopped before you return."
            )
        if pending:
            self._fail(
                f"{plural(len(pending), 'task')} {was(len(pending))} still running when "
                f"{self.report.name}() returned: {'; '.join(pending)}. Every task should be "
                "finished (or cancelled) by then. A task from asyncio.create_task that was "
                "never awaited? Await the tasks (asyncio.gather or a TaskGroup), and cancel "
                "workers you no longer need."
            )
        return self

    def all_awaited(self) -> Self:
        """No coroutine was dropped without being awaited, and none was returned."""
        returned = awaitables_in(self.report.value)
        if returned:
            close_coroutines(self.report.value)  # reported here; no warning on stderr later
            self._fail(
                f"{self.report.name}() returned {returned[0]} where a result was expected "
                "— a missing await? Await the coroutine or task to get its result."
            )
        names = self.report.never_awaited
        if names:
            unique = list(dict.fromkeys(names))
            quoted = ", ".join(f"'{n}'" for n in unique)
            self._fail(
                f"{'coroutine' if len(unique) == 1 else 'coroutines'} {quoted} "
                f"{was(len(unique))} never awaited — a missing await? Calling an async "
                "function only creates a coroutine: `await` it, or hand it to asyncio.gather "
                "or asyncio.create_task."
            )
        return self

    def sessions_closed(self) -> Self:
        """Every aiohttp ClientSession was closed."""
        n = self.report.unclosed_sessions
        if n:
            self._fail(
                f"{plural(n, 'aiohttp ClientSession')} {was(n)} never closed. Use "
                "`async with aiohttp.ClientSession() as session:` so the session is closed "
                "when the block ends, even if a request fails."
            )
        return self

    def no_unretrieved_exceptions(self) -> Self:
        """No task or future ended with an exception nobody retrieved."""
        lost = self.report.unretrieved
        if lost:
            self._fail(
                f"{lost[0]}. An exception raised in a task was lost: nobody awaited the task. "
                "Keep a reference to each task and await it (or use asyncio.gather or a "
                "TaskGroup) so its errors reach your code."
            )
        return self

    def no_warnings(self) -> Self:
        """Nothing would have been printed to stderr (nbgrader scores such a cell 0)."""
        r = self.report
        if not r.stderr_free:
            shown = [f"coroutine '{name}' was never awaited" for name in r.never_awaited]
            shown += r.unretrieved + r.other_reports
            if r.unclosed_sessions:
                shown.append(f"{plural(r.unclosed_sessions, 'unclosed client session')}")
            self._fail(f"Your code produced warnings: {'; '.join(shown)}.")
        return self

    def describe(self) -> str:
        """The runner's report, for debugging a check."""
        return self.report.describe()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.describe()}>"
