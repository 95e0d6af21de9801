"""The checks notebook test cells call: run the student's code, then assert what it did.

A :class:`Check` pairs a fresh server scope with the isolated runner; its
:meth:`Check.run` returns an :class:`Outcome` whose assertion methods chain and
fail with one paragraph a student can act on: what the code did, what was
expected, and the likely mistake. The counts here come from the server
(requests in flight, connections, cancelled requests); the checks on the run
itself (loop lag, tasks left running, coroutines never awaited, sessions never
closed) are inherited from :class:`~autograder.outcome.RunOutcome`.

>>> check = Check("fetch-all")                                   # doctest: +SKIP
>>> urls = [check.url(f"/delay/0.5?i={i}") for i in range(5)]
>>> out = check.run(fetch_all, urls)
>>> out.finished().concurrent(5).loop_not_blocked().sessions_closed()
"""

from __future__ import annotations

import functools
from typing import Self

from .messages import plural
from .outcome import DEFAULT_MAX_LAG, RunOutcome
from .runner import RunReport, run_isolated
from .scope import Scope
from .timeline import show_in_notebook

__all__ = ["DEFAULT_MAX_LAG", "Check", "Outcome", "RunOutcome"]


class Outcome(RunOutcome):
    """What one run did (:attr:`report`) and what the server saw (:attr:`stats`)."""

    def __init__(self, report: RunReport, stats: dict | None) -> None:
        super().__init__(report)
        self.stats = stats

    def _fail(self, message: str):
        if self.stats:  # show the student what the server saw before the message
            show_in_notebook(self.stats, title=f"What the server saw ({self.report.name})")
        super()._fail(message)

    def _server(self) -> dict:
        if self.stats is None:
            self._fail("The course server did not answer, so this could not be checked.")
        return self.stats

    def _why_none(self) -> str:
        """Why the server may have seen nothing (the run's own failure, if any), punctuated."""
        if self.report.timed_out:
            return f": your code did not finish within {self.report.timeout:g} s."
        if self.report.error is not None:
            return f": your code raised {type(self.report.error).__name__} first."
        if self.report.never_awaited:
            return (": a coroutine was never awaited, so its request never started. A missing "
                    "await?")
        return ". Did your code use the URLs it was given?"

    def concurrent(self, at_least: int, advice: str = "") -> Self:
        """The server saw at least ``at_least`` requests in flight at once.

        ``advice`` replaces the general remedy where the task asks for a specific one.
        """
        s = self._server()
        peak, total = s["peak_in_flight"], s["requests"]
        if peak >= at_least:
            return self
        if total == 0:
            self._fail(f"The server received no requests{self._why_none()}")
        if total < at_least:
            self._fail(
                f"The server received only {plural(total, 'request')}, so it could not see "
                f"{at_least} in flight at once. Did every URL get fetched?"
            )
        if peak <= 1 and self.report.max_lag > DEFAULT_MAX_LAG:
            self._fail(
                f"Your requests ran one after another: the server never saw more than {peak} in "
                f"flight (expected {at_least}), and the event loop was blocked for "
                f"{self.report.max_lag:.2f} s. A blocking client (urllib, requests) inside "
                "async def? " + (advice or "Use aiohttp, or run the blocking call with "
                                 "asyncio.to_thread.")
            )
        if peak <= 1:
            self._fail(
                f"Your requests ran one after another: the server never saw more than {peak} in "
                f"flight (expected {at_least}). Awaiting each request inside a for loop, or "
                "holding a lock or Semaphore(1) around each? " + (
                    advice or "Start them all first, then await them together with "
                    "asyncio.gather or a TaskGroup.")
            )
        self._fail(
            f"Only {peak} requests were in flight at once (expected at least {at_least}): part "
            "of the work still waited for the rest. An await inside the loop, or a limit "
            "(Semaphore, batch size) smaller than asked?"
        )

    def at_most_in_flight(self, limit: int) -> Self:
        """The server never saw more than ``limit`` requests in flight at once."""
        s = self._server()
        peak, total = s["peak_in_flight"], s["requests"]
        if peak > limit:
            if peak >= total:
                why = (f"all {total} were in flight together: nothing limited them. A Semaphore "
                       "created inside each request's coroutine limits nothing (each request gets "
                       f"its own); create one asyncio.Semaphore({limit}) shared by all the "
                       "requests and hold it around each (`async with semaphore:`), or use "
                       f"{limit} workers.")
            else:
                why = (f"something limited them, but to more than {limit}. One shared "
                       f"asyncio.Semaphore({limit}) held around each whole request (until its "
                       f"body is read), or {limit} workers?")
            self._fail(f"The server saw {peak} requests in flight at once (expected at most "
                       f"{limit}): {why}")
        return self

    def requests(self, n: int) -> Self:
        """The server received exactly ``n`` requests."""
        return self.requests_between(n, n)

    def requests_between(self, lo: int, hi: int) -> Self:
        """The server received between ``lo`` and ``hi`` requests (inclusive)."""
        total = self._server()["requests"]
        expected = f"exactly {lo}" if lo == hi else f"between {lo} and {hi}"
        if total == 0 and lo > 0:
            self._fail(f"The server received no requests (expected {expected}){self._why_none()}")
        if total < lo:
            self._fail(
                f"The server received {plural(total, 'request')} (expected {expected}). Some "
                "URLs skipped, or an error that stopped the work (or the retries) early?"
            )
        if total > hi:
            self._fail(
                f"The server received {plural(total, 'request')} (expected {expected}). "
                "Duplicate requests, or retries that go on after a success or past the limit?"
            )
        return self

    def connections_at_most(self, n: int) -> Self:
        """The server saw at most ``n`` distinct client connections."""
        s = self._server()
        if s["connections"] > n:
            self._fail(
                f"The server saw {s['connections']} separate connections for "
                f"{plural(s['requests'], 'request')} (expected at most {n}) — a new "
                "ClientSession per request? Create one session and share it for all requests "
                "so connections are reused."
            )
        return self

    def cancelled_at_least(self, n: int) -> Self:
        """At least ``n`` requests were cancelled by the code (not merely left running)."""
        seen, pending = self._server()["cancelled"], self.report.pending_tasks
        # The runner cancels tasks still running after the function returns, and the
        # server counts those too: they were ignored, not cancelled by the student. A task
        # the student cancelled (but did not wait for) was cancelled by the student.
        leftovers = [task for task in pending if "(cancelled, but never awaited)" not in task]
        credited = max(0, seen - len(leftovers))
        if credited >= n:
            return self
        if leftovers and seen:
            self._fail(
                f"The slow request was still running when {self.report.name}() returned: it "
                f"was ignored, not cancelled (left running: {'; '.join(leftovers)}). "
                "asyncio.wait(..., timeout=...) and asyncio.shield leave the task running: "
                "call task.cancel(), or use asyncio.wait_for / asyncio.timeout, which cancel."
            )
        self._fail(
            f"The server saw {plural(credited, 'cancelled request')} (expected at least {n}): "
            "the slow request ran to its end. A missing or too long timeout? "
            "asyncio.wait_for(..., timeout) or `async with asyncio.timeout(...)` cancel it."
        )

    def describe(self) -> str:
        """The runner's report and the server's counts, for debugging a check."""
        s = self.stats
        server = "server: no answer" if s is None else (
            f"server: {s['requests']} requests, peak {s['peak_in_flight']} in flight, "
            f"{s['cancelled']} cancelled, {s['connections']} connections"
        )
        return f"{self.report.describe()}\n  {server}"


class Check:
    """A fresh server scope and a timeout: ``Check("fetch-all").run(fetch_all, urls)``."""

    def __init__(self, label: str, timeout: float = 10.0, base_url: str | None = None) -> None:
        self.label, self.timeout = label, timeout
        self.scope = Scope(label, base_url=base_url)

    def url(self, path: str = "/get") -> str:
        """The URL of an endpoint in this check's scope, e.g. ``check.url("/delay/0.5")``."""
        return self.scope.url(path)

    def run(self, fn, *args, **kwargs) -> Outcome:
        """Run ``fn(*args, **kwargs)`` isolated; returns an :class:`Outcome`, never raises."""
        target = functools.partial(fn, *args, **kwargs) if callable(fn) else fn
        report = run_isolated(target, timeout=self.timeout)
        try:  # a run cut short may leave requests in flight: wait less for them
            stats = self.scope.settled(timeout=0.5 if report.timed_out else 2.0)
        except OSError:
            stats = None
        return Outcome(report, stats)

    def __repr__(self) -> str:
        return f"Check({self.label!r}, timeout={self.timeout:g}, scope={self.scope.name!r})"
