"""The record of one isolated run: its result, its timing, and what it left behind.

:func:`autograder.runner.run_isolated` fills a :class:`RunReport`; the checks in
:mod:`autograder.outcome` and :mod:`autograder.checks` read it. Everything the
run would have printed to stderr is here instead, sorted by the mistake it
points to, so a notebook test cell stays silent and can explain the failure.

>>> print(report.describe())                                 # doctest: +SKIP
hang: timed out after 1.002 s, max lag 0.004 s
  awaiting at hang() line 2: await asyncio.Event().wait()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .where_it_ran import Call

__all__ = ["RunReport"]


@dataclass
class RunReport:
    """What one isolated run did. Times are in seconds."""

    name: str
    timeout: float
    value: Any = None
    error: BaseException | None = None
    elapsed: float = 0.0
    timed_out: bool = False
    loop_blocked_at_timeout: bool = False
    blocked_for: float = 0.0  # how long the loop had been stuck when the timeout hit
    stuck_at: str = ""  # the student's line a timed-out run was waiting or blocked on
    max_lag: float = 0.0
    pending_tasks: list[str] = field(default_factory=list)
    never_awaited: list[str] = field(default_factory=list)
    unclosed_sessions: int = 0
    unretrieved: list[str] = field(default_factory=list)
    other_reports: list[str] = field(default_factory=list)
    abandoned: bool = False  # the thread was still running when the report was made
    loop_thread_id: int | None = None  # the thread that ran the student's event loop
    calls: list[Call] = field(default_factory=list)  # recorded functions called in this process
    sessions_created: int = 0  # aiohttp ClientSessions the run made
    files_opened_on_loop: list[str] = field(default_factory=list)  # by the loop's own thread

    def calls_on_loop(self, name: str) -> list[Call]:
        """The calls of the recorded function ``name`` made on the event loop's own thread."""
        return [c for c in self.calls if c.name == name and c.thread_id == self.loop_thread_id]

    @property
    def stderr_free(self) -> bool:
        """Would the run have written nothing to stderr (no warnings, no loop reports)?"""
        return not (
            self.never_awaited or self.unclosed_sessions or self.unretrieved or self.other_reports
        )

    def describe(self) -> str:
        """A few lines for humans debugging a check."""
        state = "timed out" if self.timed_out else "raised" if self.error else "returned"
        lines = [f"{self.name}: {state} after {self.elapsed:.3f} s, max lag {self.max_lag:.3f} s"]
        if self.timed_out:
            kind = "blocked" if self.loop_blocked_at_timeout else "awaiting"
            lines.append(f"  {kind} at {self.stuck_at or '?'}")
        if self.error is not None:
            lines.append(f"  error: {type(self.error).__name__}: {self.error}")
        for label in ("pending_tasks", "never_awaited", "unretrieved", "other_reports"):
            if getattr(self, label):
                lines.append(f"  {label}: {getattr(self, label)}")
        if self.unclosed_sessions:
            lines.append(f"  unclosed_sessions: {self.unclosed_sessions}")
        return "\n".join(lines)
