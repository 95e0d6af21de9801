"""The child process that runs nbgrader: ``python -m autograder.grading.worker ROOT``.

It calls nbgrader's own Python API (the ``NbGraderAPI`` the formgrader uses:
the real ``GenerateAssignment`` and ``Autograde`` apps) in one process, so
nbgrader is imported once for every notebook it grades, of any assignment.
It reads one submission per line on stdin, as JSON::

    {"student": "student-1", "assignment": "05-gather", "notebook": "05-gather.ipynb"}

builds each assignment's gradebook entry (``generate_assignment``) the first
time a submission of it arrives, and prints one JSON line per event on stdout,
each prefixed with ``@@grade``::

    {"event": "ready"}                              nbgrader is imported
    {"event": "start", "student": "s1"}             autograde of s1 begins
    {"event": "graded", "student": "s1", "tests": [...]}
    {"event": "failed", "student": "s1", "reason": "..."}   nbgrader refused it

It exits at the end of stdin. The parent (:mod:`autograder.grading.autograde`)
bounds each notebook's time and kills this process (and its kernel) when a
bound passes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from .nbgrader_results import failure_reason, read_results

__all__ = ["PREFIX", "main", "make_api"]

PREFIX = "@@grade "


def _emit(**event) -> None:
    sys.stdout.write(PREFIX + json.dumps(event) + "\n")
    sys.stdout.flush()


def _reason(result: dict) -> str:
    return failure_reason((result.get("log") or "") + "\n" + (result.get("error") or ""))


def _skip_alembic_subprocess() -> None:
    """Give nbgrader the gradebook schema's revision without a 4 s ``alembic`` subprocess.

    A new gradebook gets the head revision of nbgrader's alembic migrations, which
    nbgrader asks the ``alembic`` executable for. The same value is read here from
    the revision files (the one revision no other revision points down to).
    """
    import nbgrader.api
    from nbgrader.dbutil import ALEMBIC_DIR

    revisions, downs = set(), set()
    for path in Path(ALEMBIC_DIR, "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r"^revision = ['\"](\w+)['\"]", text, re.M)
        down = re.search(r"^down_revision = ['\"](\w+)['\"]", text, re.M)
        if revision:
            revisions.add(revision.group(1))
        if down:
            downs.add(down.group(1))
    heads = revisions - downs
    if len(heads) == 1:
        head = heads.pop()
        nbgrader.api.get_alembic_version = lambda: head


def make_api(root: Path, cell_timeout: int | None, sandbox: bool = False):
    """nbgrader's API on the course folder ``root``, configured by its nbgrader_config.py.

    With ``sandbox``, each kernel runs in :mod:`autograder.sandbox`, as under autograde.
    """
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    from .workspace import LAYOUT

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    config.CourseDirectory.root = str(root)
    for trait, folder in LAYOUT.items():
        setattr(config.CourseDirectory, trait, folder)
    if cell_timeout:
        config.Execute.timeout = cell_timeout
    if sandbox:
        from ..sandbox.config import apply

        apply(config)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


class Grader:
    """Generates assignments on first use and autogrades submissions, one at a time."""

    def __init__(self, api, cell_timeout: int | None) -> None:
        self.api = api
        self.cell_timeout = cell_timeout
        self.unbuildable: dict[str, str] = {}  # assignment -> why generate failed
        self.generated: set[str] = set()

    def generate(self, assignment: str) -> str | None:
        """Build ``assignment`` in the gradebook once; the reason when it cannot be."""
        if assignment not in self.generated and assignment not in self.unbuildable:
            result = self.api.generate_assignment(assignment, force=True, create=True)
            if result["success"]:
                self.generated.add(assignment)
            else:
                self.unbuildable[assignment] = (
                    f"nbgrader could not build the assignment: {_reason(result)}")
        return self.unbuildable.get(assignment)

    def grade(self, student: str, assignment: str, notebook: str) -> None:
        """Autograde one submission, emitting its events."""
        from nbgrader.api import Gradebook

        if problem := self.generate(assignment):
            _emit(event="failed", student=student, reason=problem)
            return
        _emit(event="start", student=student)
        result = self.api.autograde(assignment, student, force=True, create=True)
        if not result["success"]:
            _emit(event="failed", student=student,
                  reason=f"nbgrader could not grade it: {_reason(result)}")
            return
        coursedir = self.api.coursedir
        path = Path(coursedir.format_path(coursedir.autograded_directory, student,
                                          assignment)) / notebook
        with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
            tests = read_results(gradebook, assignment, student, path, self.cell_timeout)
        _emit(event="graded", student=student, tests=tests)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder.grading.worker")
    parser.add_argument("root", type=Path, help="the temporary course folder")
    parser.add_argument("--generate", action="append", default=[], metavar="ASSIGNMENT",
                        help="build ASSIGNMENT before reading submissions (repeatable)")
    parser.add_argument("--cell-timeout", type=int, default=None)
    parser.add_argument("--sandbox", action="store_true",
                        help="run each kernel in the bubblewrap sandbox")
    parser.add_argument("--real-alembic", action="store_true",
                        help="let nbgrader run the alembic executable (slower)")
    args = parser.parse_args(argv)

    if not args.real_alembic:
        _skip_alembic_subprocess()
    grader = Grader(make_api(args.root, args.cell_timeout, args.sandbox), args.cell_timeout)
    _emit(event="ready")
    for assignment in args.generate:
        if problem := grader.generate(assignment):
            print(problem, file=sys.stderr)
            return 1
    for line in sys.stdin:
        if line.strip():
            item = json.loads(line)
            grader.grade(item["student"], item["assignment"], item["notebook"])
    return 0


if __name__ == "__main__":
    from ..import_speed import skip_iri_grammar

    skip_iri_grammar()
    status = main()
    # Everything is written (gradebook closed, kernels shut down, events flushed):
    # skip the interpreter's teardown of nbgrader's imports (about 0.5 s).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
