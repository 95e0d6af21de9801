"""``python -m autograder autograde A [--student S ...]``: nbgrader autograde per student.

One ``nbgrader autograde A`` for the whole class can be stopped by one
submission (a duplicated grade cell aborts the run, a wedged kernel stalls it)
and cannot be bounded per student; here each student gets their own
``nbgrader autograde A --student S --force`` (a tqdm bar counts them), bounded by
``timeout`` seconds (then killed, kernel included). At the end, a summary lists
each failure with a one-line reason. The gradebook must know the assignment:
when it does not (a fresh clone), ``nbgrader generate_assignment`` is run first.
With ``jobs`` > 1, that many students are graded at once, all into the same
gradebook (see :mod:`autograder.instructor.pool` for why that is safe).

Every student's kernel runs in a sandbox (:mod:`autograder.sandbox`): it cannot
see the solutions, the gradebook or other students' work, and it runs under
limits. Where bubblewrap cannot run, autograde refuses, unless ``sandbox=False``
(``--no-sandbox``), and then the summary says so.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from tqdm import tqdm

from ..sandbox import INSTALL_HINT, Limits, unavailable_reason
from .nbgrader_cmd import nbgrader
from .pool import grade_students, is_locked

__all__ = ["NO_SANDBOX_WARNING", "STUDENT_TIMEOUT", "autograde_all", "in_gradebook",
           "submitters"]

# Seconds per student. The course config lets a cell run 60 s; a wedged kernel
# (every later cell timing out, 64 s each) is cut here rather than after an hour.
STUDENT_TIMEOUT = 600

NO_SANDBOX_WARNING = ("warning: graded without a sandbox (--no-sandbox): every student's code "
                      "ran as you, with the course folder, the solutions and the gradebook "
                      "in reach")


def in_gradebook(root: Path, assignment: str) -> bool:
    """Does ``root/gradebook.db`` hold the assignment and its notebooks?"""
    database = root / "gradebook.db"
    if not database.is_file():
        return False
    try:
        # closing(): a connection's own `with` only commits (3.13 warns of it unclosed).
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
            row = connection.execute(
                "SELECT COUNT(*) FROM notebook JOIN assignment "
                "ON notebook.assignment_id = assignment.id WHERE assignment.name = ?",
                (assignment,)).fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def submitters(root: Path, assignment: str) -> list[str]:
    """Students with a ``submitted/<student>/<assignment>/`` folder."""
    submitted = root / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.name for p in submitted.iterdir() if (p / assignment).is_dir())


def autograde_all(assignment: str, root: Path, students: list[str] | None = None,
                  timeout: float = STUDENT_TIMEOUT, jobs: int = 1, sandbox: bool = True) -> int:
    """Autograde each student's submission; print a summary. 0 if all graded, else 1.

    2 (before grading anyone) when the assignment is unknown, or when ``sandbox``
    is asked for and bubblewrap cannot run here.
    """
    if not (root / "solutions" / assignment).is_dir():
        print(f"autograde: no assignment {assignment!r} in {root / 'solutions'}",
              file=sys.stderr)
        return 2
    if sandbox and (reason := unavailable_reason()):
        print(f"autograde: cannot sandbox the students' kernels: {reason}; {INSTALL_HINT}, "
              "or pass --no-sandbox to run their code as yourself", file=sys.stderr)
        return 2
    if not in_gradebook(root, assignment):
        print(f"autograde: {assignment} is not in the gradebook yet: "
              "running nbgrader generate_assignment", file=sys.stderr)
        result = nbgrader(["generate_assignment", assignment, "--force", "--create"], root,
                          timeout=timeout)
        if not result.ok:
            print(f"autograde: generate_assignment failed: {result.reason()}", file=sys.stderr)
            return 1
    students = students or submitters(root, assignment)
    failures: dict[str, str] = {}
    present = []
    for student in students:
        if (root / "submitted" / student / assignment).is_dir():
            present.append(student)
        else:
            failures[student] = f"no submission in submitted/{student}/{assignment}/"
    with tqdm(total=len(students), desc=f"autograde {assignment}", unit="student",
              file=sys.stderr) as bar:
        bar.update(len(students) - len(present))
        for student, result in grade_students(assignment, present, root, timeout, jobs,
                                              sandbox=sandbox):
            if result.timed_out:
                failures[student] = f"stopped after {timeout:g} s: the notebook never finished"
            elif is_locked(result):
                failures[student] = ("database is locked: another program kept gradebook.db "
                                     "busy; run autograde for this student again")
            elif not result.ok:
                failures[student] = result.reason()
                if sandbox and "DeadKernelError" in failures[student]:
                    failures[student] = (f"the kernel died: it crashed or hit a sandbox limit "
                                         f"({Limits().describe()})")
            bar.update(1)
    failures = {s: failures[s] for s in students if s in failures}
    print(f"autograded {len(students) - len(failures)} of {len(students)} submission(s) "
          f"of {assignment}")
    for student, reason in failures.items():
        print(f"  failed: {student}: {reason}")
    if not sandbox:
        print(NO_SANDBOX_WARNING)
    return 1 if failures else 0
