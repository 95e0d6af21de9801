"""Autograde submissions with nbgrader, ``jobs`` at a time, each within a time bound.

Each job is a thread that owns a temporary course folder (a
:class:`~autograder.grading.workspace.Workspace`) and one nbgrader worker
process in it (a :class:`~autograder.grading.worker_session.WorkerSession`),
and takes the next submission from a shared queue until none is left. A
worker imports nbgrader once and builds each assignment it meets once, so one
job grading a whole course pays the start-up once, and two jobs keep both
cores busy while one notebook awaits the mock server.

Measured with this course's config (nbgrader 0.9.6, nbclient 0.11, ipykernel 7.4;
``Execute.timeout`` per cell, ``raise_on_iopub_timeout=False``):

- a cell still running at the cell timeout is interrupted and gets a
  ``CellTimeoutError`` output (a test cell scores 0);
- ``while True: pass`` or ``time.sleep(1000)`` in a cell: the interrupt raises
  ``KeyboardInterrupt`` at once; every later cell runs and scores normally;
- an awaited ``asyncio.Event().wait()`` (top level, or inside a coroutine a
  test cell awaits): the interrupt only lands when the next cell's request
  wakes the kernel, after nbclient's extra 4 s wait for output ("Timeout
  waiting for IOPub output"); every later cell runs and scores normally;
- a blocking call (``time.sleep``, a busy loop) inside a coroutine awaited at
  top level wedges the kernel: the interrupt never lands and every later cell
  costs the cell timeout plus 4 s and scores 0. Only the wall-clock bound
  (the worker session's) ends it.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from .worker_session import Outcome, Submission, WorkerSession, WorkerUnavailable
from .workspace import Workspace

__all__ = ["KERNEL_START_FAILURES", "Outcome", "Submission", "autograde", "grade_once_started"]

# A kernel that never came up is the machine's doing, never the student's: the submission
# is graded again. Seen in make test with six kernels starting at once (2 of 245 corpus
# notebooks in one run): jupyter_client picks each kernel's ports by binding and releasing
# them, so kernels started by separate processes at the same moment can collide.
KERNEL_START_FAILURES = ("Kernel died before replying to kernel_info",
                         "Kernel didn't respond in")
KERNEL_START_RETRIES = 2


def grade_once_started(session, submission: Submission) -> Outcome:
    """``session.grade(submission)``, again (twice at most) if its kernel failed to start."""
    outcome = session.grade(submission)
    for _ in range(KERNEL_START_RETRIES):
        if not (outcome.reason and any(s in outcome.reason for s in KERNEL_START_FAILURES)):
            break
        outcome = session.grade(submission)
    return outcome


class _Queue:
    """Submissions left to grade, the outcomes so far, and why grading cannot go on."""

    def __init__(self, submissions: list[Submission],
                 on_done: Callable[[], None] | None = None) -> None:
        self._left = deque(submissions)
        self._on_done = on_done
        self._lock = threading.Lock()
        self.outcomes: dict[str, Outcome] = {}
        self.unavailable: str | None = None

    def take(self) -> Submission | None:
        with self._lock:
            return self._left.popleft() if self._left else None

    def record(self, submission: Submission, outcome: Outcome) -> None:
        with self._lock:
            self.outcomes[submission.student] = outcome
            if self._on_done:
                self._on_done()


def _job(queue: _Queue, solutions: Path, config: Path, cell_timeout: int,
         notebook_timeout: float, sandbox: bool) -> None:
    """Grade submissions from ``queue`` in a workspace of its own until none is left."""
    with Workspace(solutions, config) as workspace:
        session = WorkerSession(workspace, cell_timeout=cell_timeout,
                                notebook_timeout=notebook_timeout, sandbox=sandbox)
        try:
            while (submission := queue.take()) is not None:
                if queue.unavailable:
                    queue.record(submission, Outcome(reason=queue.unavailable))
                    continue
                try:
                    queue.record(submission, grade_once_started(session, submission))
                except WorkerUnavailable as error:
                    queue.unavailable = str(error)
                    queue.record(submission, Outcome(reason=str(error)))
                except OSError as error:  # e.g. the submission vanished, the disk is full
                    queue.record(submission, Outcome(reason=f"could not be copied: {error}"))
        finally:
            session.close()


def autograde(submissions: list[Submission], *, solutions: Path, config: Path, jobs: int = 1,
              cell_timeout: int, notebook_timeout: float, sandbox: bool = False,
              on_done: Callable[[], None] | None = None) -> dict[str, Outcome]:
    """Autograde ``submissions`` (students unique), ``jobs`` at once; an Outcome per student.

    ``on_done()`` is called once per submission as its outcome is known. With
    ``sandbox``, every kernel runs in :mod:`autograder.sandbox`.
    """
    queue = _Queue(submissions, on_done)
    threads = [threading.Thread(target=_job, args=(queue, solutions, config, cell_timeout,
                                                   notebook_timeout, sandbox), daemon=True)
               for _ in range(max(1, min(jobs, len(submissions))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for submission in submissions:  # a job that crashed leaves its submission unreported
        queue.outcomes.setdefault(submission.student,
                                  Outcome(reason="not graded: the grading job failed"))
    return queue.outcomes
