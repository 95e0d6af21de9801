"""Grade a class N students at a time: one ``nbgrader autograde --student S`` each.

nbgrader has no parallel autograde (jupyter/nbgrader#174). Measured here with
nbgrader 0.9.6 on one course root (see ``benchmarks/README.md``): 6 and 12
``nbgrader autograde A --student S --force`` started at once on the same
gradebook all succeeded with every score right, because each one opens the
SQLite gradebook only for short transactions (the notebook executes with no
transaction open) and writes to its own ``autograded/<student>/`` folder; the
kernels' connection files already go to a scratch folder per command. What
does break is a writer kept waiting longer than SQLite's busy timeout (5 s in
nbgrader's engine): that command fails with "database is locked" and the
student is left half graded. So a student whose run failed that way is graded
again from scratch (``--force``), up to :data:`LOCK_RETRIES` times, after the
others are done, one at a time.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from ..grading.processes import kill_tree
from .nbgrader_cmd import Result, nbgrader

__all__ = ["LOCK_RETRIES", "grade_students", "is_locked"]

# Further attempts for a student whose run hit "database is locked".
LOCK_RETRIES = 3


def is_locked(result: Result) -> bool:
    """Did the command fail because another writer held the SQLite gradebook too long?"""
    return not result.ok and "database is locked" in result.output


class _Running:
    """The nbgrader processes under way, so that Ctrl-C can kill every one of them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._processes: set[subprocess.Popen] = set()
        self.stopping = False

    def add(self, process: subprocess.Popen) -> None:
        with self._lock:
            self._processes.add(process)
            if self.stopping:
                kill_tree(process)

    def kill_all(self) -> None:
        with self._lock:
            self.stopping = True
            for process in self._processes:
                if process.poll() is None:
                    kill_tree(process)


def _grade_one(assignment: str, student: str, root: Path, timeout: float,
               running: _Running, sandbox: bool) -> Result:
    return nbgrader(["autograde", assignment, "--student", student, "--force"], root,
                    timeout=timeout, started=running.add, sandbox=sandbox)


def grade_students(assignment: str, students: list[str], root: Path, timeout: float,
                   jobs: int = 1, sandbox: bool = False) -> Iterator[tuple[str, Result]]:
    """Autograde each student, ``jobs`` at a time; yield ``(student, Result)`` as each ends.

    With ``sandbox``, each student's kernel runs in :mod:`autograder.sandbox`.

    Students whose run hit "database is locked" are graded again, alone, at the end.
    """
    running = _Running()

    def grade(student: str) -> Result:
        return _grade_one(assignment, student, root, timeout, running, sandbox)

    locked: list[str] = []
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        try:
            queue = iter(students)
            futures: dict[Future, str] = {}
            for student in queue:
                futures[pool.submit(grade, student)] = student
                if len(futures) >= jobs:
                    break
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    student = futures.pop(future)
                    result = future.result()
                    if is_locked(result):
                        locked.append(student)
                    else:
                        yield student, result
                    following = next(queue, None)
                    if following is not None:
                        futures[pool.submit(grade, following)] = following
        except BaseException:
            running.kill_all()
            raise
    for student in locked:
        for attempt in range(LOCK_RETRIES):
            time.sleep(0.5 * (attempt + 1))
            result = grade(student)
            if not is_locked(result):
                break
        yield student, result
