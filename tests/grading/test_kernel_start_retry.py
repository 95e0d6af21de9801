"""Is a submission whose kernel never started graded again, and only then?"""

from __future__ import annotations

from pathlib import Path

from autograder.grading.autograde import KERNEL_START_RETRIES, grade_once_started
from autograder.grading.worker_session import Outcome, Submission

SUBMISSION = Submission(student="ada", assignment="demo", path=Path("demo.ipynb"),
                        name="demo.ipynb")
DIED = Outcome(reason="nbgrader could not grade it: RuntimeError: Kernel died before replying "
                      "to kernel_info")
SILENT = Outcome(reason="nbgrader could not grade it: RuntimeError: Kernel didn't respond in "
                        "60 seconds")
GRADED = Outcome(tests=[{"grade_id": "check", "score": 1.0}])


class Session:
    """A worker session that answers with the given outcomes, one per call."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes, self.calls = list(outcomes), 0

    def grade(self, submission: Submission) -> Outcome:
        self.calls += 1
        return self.outcomes.pop(0)


def test_a_kernel_that_did_not_start_is_retried_until_graded():
    """Do both kinds of kernel-start failure lead to another try, which then counts?"""
    session = Session(DIED, SILENT, GRADED)
    assert grade_once_started(session, SUBMISSION) is GRADED
    assert session.calls == 3


def test_retries_are_bounded():
    """Does a kernel that never starts end with its reason after the retries?"""
    session = Session(*[DIED] * (KERNEL_START_RETRIES + 1))
    assert grade_once_started(session, SUBMISSION) is DIED
    assert session.calls == KERNEL_START_RETRIES + 1


def test_other_failures_are_not_retried():
    """Is a failure of the student's notebook (or a graded one) reported at once?"""
    for outcome in (GRADED, Outcome(reason="stopped after 180 s (wall-clock bound)")):
        session = Session(outcome)
        assert grade_once_started(session, SUBMISSION) is outcome
        assert session.calls == 1
