"""Run nbgrader's autograde on a workspace's submissions, each within a time bound.

One worker process (:mod:`autograder.grading.worker`) builds the gradebook and
autogrades the submissions one after another, reporting each on stdout. This
side gives each notebook a wall-clock bound: when a notebook's grading passes
it, the worker and every process it started (the kernel too) are killed, that
notebook is reported as stopped, and a new worker grades the ones left.

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
  costs the cell timeout plus 4 s and scores 0. Only the wall-clock bound ends it.
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

__all__ = ["STARTUP_TIMEOUT", "Outcome", "autograde"]

# Seconds a worker may take to import nbgrader and build the gradebook, or to
# read one notebook's results: generous, only a stalled machine comes near it.
STARTUP_TIMEOUT = 120


@dataclass
class Outcome:
    """What happened to one submission: its tests, or why it has none."""

    tests: list[dict] | None = None
    reason: str | None = None
    stopped_after: float | None = None


def _last_line(path: Path) -> str:
    lines = [line.strip() for line in path.read_text(errors="replace").splitlines()
             if line.strip()]
    return lines[-1] if lines else "no output"


def _run_worker(workspace: Workspace, pending: list[tuple[str, str]], outcomes: dict,
                *, generate: bool, cell_timeout: int, notebook_timeout: float) -> bool:
    """Grade ``pending`` in one worker until done or stopped; True if the gradebook exists."""
    command = [sys.executable, "-m", "autograder.grading.worker", str(workspace.root),
               workspace.assignment, f"--cell-timeout={cell_timeout}",
               *([] if generate else ["--skip-generate"]),
               *(f"{student}={name}" for student, name in pending)]
    env = venv_bin_on_path(dict(os.environ))
    env["JUPYTER_RUNTIME_DIR"] = env["TMPDIR"] = str(workspace.scratch)
    log = workspace.root / "worker.log"
    process = start(command, cwd=workspace.root, env=env, stderr_path=log)
    reader = LineReader(process)
    current, grace = None, 0
    deadline = time.monotonic() + STARTUP_TIMEOUT
    generated = not generate
    try:
        while True:
            try:
                line = reader.next(deadline - time.monotonic())
            except TimeoutError:
                if current is None:
                    reason = f"nbgrader did not start within {STARTUP_TIMEOUT} s"
                    for student, _ in pending:
                        outcomes.setdefault(student, Outcome(reason=reason))
                else:
                    outcomes[current] = Outcome(stopped_after=notebook_timeout)
                return generated
            if line is None:
                if current is not None and current not in outcomes:
                    outcomes[current] = Outcome(
                        reason=f"nbgrader stopped unexpectedly: {_last_line(log)}")
                elif not generated:
                    reason = f"nbgrader could not start: {_last_line(log)}"
                    for student, _ in pending:
                        outcomes.setdefault(student, Outcome(reason=reason))
                return generated
            if not line.startswith(PREFIX):
                continue
            event = json.loads(line[len(PREFIX):])
            kind = event["event"]
            if kind == "generated":
                generated = True
            elif kind == "generate-failed":
                for student, _ in pending:
                    outcomes[student] = Outcome(
                        reason=f"nbgrader could not build the assignment: {event['reason']}")
                return False
            elif kind == "start":
                current = event["student"]
                deadline = time.monotonic() + notebook_timeout
                continue
            elif kind == "graded":
                outcomes[event["student"]] = Outcome(tests=event["tests"])
            elif kind == "failed":
                outcomes[event["student"]] = Outcome(
                    reason=f"nbgrader could not grade it: {event['reason']}")
            current = None
            if all(student in outcomes for student, _ in pending):
                grace = 10  # a healthy worker exits on its own; give it time
                return True
            deadline = time.monotonic() + STARTUP_TIMEOUT
    finally:
        # Kill what is left (a stopped notebook's kernel, or a process the student's
        # code started and left running) so nothing outlives the workspace.
        stop(process, grace=grace)


def autograde(workspace: Workspace, submissions: list[tuple[str, str]], *,
              cell_timeout: int, notebook_timeout: float) -> dict[str, Outcome]:
    """Autograde ``(student, notebook name)`` pairs placed in ``workspace``; one Outcome each."""
    outcomes: dict[str, Outcome] = {}
    generate = True
    while True:
        pending = [(s, n) for s, n in submissions if s not in outcomes]
        if not pending:
            return outcomes
        before = len(outcomes)
        generated = _run_worker(workspace, pending, outcomes, generate=generate,
                                cell_timeout=cell_timeout, notebook_timeout=notebook_timeout)
        if not generated or len(outcomes) == before:
            # No progress: never start the same worker again.
            reason = f"nbgrader stopped unexpectedly: {_last_line(workspace.root / 'worker.log')}"
            for student, _ in pending:
                outcomes.setdefault(student, Outcome(reason=reason))
        generate = False
