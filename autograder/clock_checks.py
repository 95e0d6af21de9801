"""Checks on how long a run took: the wall clock, for where no other evidence exists.

:class:`ClockChecks` is mixed into :class:`autograder.outcome.RunOutcome`. Wall-clock
time drifts with the machine and its load, so prefer the server's counts
(:meth:`autograder.checks.Outcome.concurrent`) and the run's evidence
(:mod:`autograder.evidence_checks`); keep a bound here 3x away from both the
correct answer's time and the mistake's.
"""

from __future__ import annotations

from typing import Self

from .report import RunReport

__all__ = ["ClockChecks"]


class ClockChecks:
    """Time bounds on the run; the class using it provides ``report`` and ``_fail``."""

    report: RunReport

    def took_at_most(self, seconds: float) -> Self:
        """Wall clock under ``seconds``: pass a loose bound (2x the expected time or more).

        Wall-clock time drifts under load; prefer server counts
        (:meth:`autograder.checks.Outcome.concurrent`).
        """
        elapsed = self.report.elapsed
        if self.report.timed_out or elapsed > seconds:
            self._fail(
                f"{self.report.name}() took {elapsed:.2f} s (expected at most {seconds:g} s). "
                "Requests running one after another, or a sleep or timeout longer than needed?"
            )
        return self

    def took_at_least(self, seconds: float) -> Self:
        """Wall clock of at least ``seconds``: the code really waited (e.g. a delay)."""
        elapsed = self.report.elapsed
        if elapsed < seconds:
            self._fail(
                f"{self.report.name}() returned after {elapsed:.2f} s (expected at least "
                f"{seconds:g} s): the wait was skipped — a sleep or request never awaited?"
            )
        return self
