"""One nbgrader worker process in a workspace, fed one submission at a time.

The worker (:mod:`autograder.grading.worker`) is started on first use. Each
notebook's grading gets a wall-clock bound: when it passes, the worker and
every process it started (the kernel too) are killed, that notebook is
reported as stopped, and the next submission starts a new worker.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..environment import venv_bin_on_path
from .processes import LineReader, start, stop
from .worker import PREFIX
from .workspace import Workspace

__all__ = ["STARTUP_TIMEOUT", "Outcome", "Submission", "WorkerSession", "WorkerUnavailable"]

# Seconds a worker may take to import nbgrader, or to build an assignment's
# gradebook entry: generous, only a stalled machine comes near it.
STARTUP_TIMEOUT = 120


@dataclass(frozen=True)
class Submission:
    """A student's notebook at ``path``, to be graded as ``assignment``'s notebook ``name``."""

    student: str
    assignment: str
    path: Path
    name: str


@dataclass
class Outcome:
    """What happened to one submission: its tests, or why it has none."""

    tests: list[dict] | None = None
    reason: str | None = None
    stopped_after: float | None = None


class WorkerUnavailable(Exception):
    """The worker could not start: no submission can be graded by any worker."""


def _last_line(path: Path) -> str:
    lines = [line.strip() for line in path.read_text(errors="replace").splitlines()
             if line.strip()] if path.exists() else []
    return lines[-1] if lines else "no output"


class WorkerSession:
    """``session.grade(submission)`` -> Outcome; ``session.close()`` stops the worker."""

    def __init__(self, workspace: Workspace, *, cell_timeout: int,
                 notebook_timeout: float, sandbox: bool = False) -> None:
        self.workspace = workspace
        self.sandbox = sandbox  # kernels in autograder.sandbox, as the instructor's autograde
        self.cell_timeout = cell_timeout
        self.notebook_timeout = notebook_timeout
        self.log = workspace.root / "worker.log"
        self._process = None
        self._reader: LineReader | None = None
        self.starts = 0  # worker processes started so far

    def _start(self) -> None:
        self.starts += 1
        command = [sys.executable, "-m", "autograder.grading.worker", str(self.workspace.root),
                   f"--cell-timeout={self.cell_timeout}", *(["--sandbox"] if self.sandbox else [])]
        env = venv_bin_on_path(dict(os.environ))
        env["JUPYTER_RUNTIME_DIR"] = env["TMPDIR"] = str(self.workspace.scratch)
        self._process = start(command, cwd=self.workspace.root, env=env,
                              stderr_path=self.log, stdin_pipe=True)
        self._reader = LineReader(self._process)
        event = self._next_event(time.monotonic() + STARTUP_TIMEOUT)
        if event is None or event.get("event") != "ready":
            self.close(grace=0)
            raise WorkerUnavailable(
                f"nbgrader did not start within {STARTUP_TIMEOUT} s" if event is not None
                else f"nbgrader could not start: {_last_line(self.log)}")

    def _next_event(self, deadline: float) -> dict | None:
        """The worker's next event; ``None`` if it ended; ``{}`` if ``deadline`` passed."""
        while True:
            try:
                line = self._reader.next(deadline - time.monotonic())
            except TimeoutError:
                return {}
            if line is None:
                return None
            if line.startswith(PREFIX):
                return json.loads(line[len(PREFIX):])

    def grade(self, submission: Submission) -> Outcome:
        """Grade one submission; raises WorkerUnavailable if no worker can start."""
        if self._process is None:
            self._start()
        self.workspace.add_submission(submission.student, submission.assignment,
                                      submission.path, submission.name)
        request = {"student": submission.student, "assignment": submission.assignment,
                   "notebook": submission.name}
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
        except OSError:
            pass  # it died: the next event says so
        deadline = time.monotonic() + STARTUP_TIMEOUT  # building the assignment comes first
        started = False
        while True:
            event = self._next_event(deadline)
            if event is None:
                self.close()
                return Outcome(reason=f"nbgrader stopped unexpectedly: {_last_line(self.log)}")
            kind = event.get("event")
            if kind == "start":
                started = True
                deadline = time.monotonic() + self.notebook_timeout
            elif kind == "graded":
                return Outcome(tests=event["tests"])
            elif kind == "failed":
                return Outcome(reason=event["reason"])
            elif not event:  # the deadline passed
                self.close(grace=0)
                if not started:
                    return Outcome(reason=f"nbgrader did not answer within {STARTUP_TIMEOUT} s")
                return Outcome(stopped_after=self.notebook_timeout)

    def close(self, grace: float = 10) -> None:
        """End the worker: its stdin closed, ``grace`` seconds to exit, then its tree killed."""
        if self._process is None:
            return
        process, self._process = self._process, None
        try:
            process.stdin.close()
        except OSError:
            pass
        # A healthy worker exits on its own at the end of stdin; a stopped one (a
        # wedged kernel, a process the student's code left running) is killed.
        stop(process, grace=grace if process.poll() is None else 0)
