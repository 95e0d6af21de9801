"""The child process that runs nbgrader: ``python -m autograder.grading.worker``.

It calls nbgrader's own Python API (the ``NbGraderAPI`` the formgrader uses:
the real ``GenerateAssignment`` and ``Autograde`` apps) in one process, so
nbgrader is imported once per assignment rather than once per command. It
prints one JSON line per event on stdout, each prefixed with ``@@grade``::

    {"event": "generated"}                          the gradebook is built
    {"event": "start", "student": "s1"}             autograde of s1 begins
    {"event": "graded", "student": "s1", "tests": [...]}
    {"event": "failed", "student": "s1", "reason": "..."}   nbgrader refused it

The parent (:mod:`autograder.grading.autograde`) bounds each notebook's time
and kills this process (and its kernel) when a bound passes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

__all__ = ["PREFIX", "error_message", "failure_reason", "main", "read_results"]

PREFIX = "@@grade "
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _emit(**event) -> None:
    sys.stdout.write(PREFIX + json.dumps(event) + "\n")
    sys.stdout.flush()


def error_message(outputs: list[dict], cell_timeout: int | None = None) -> str:
    """The last line of a cell's error (``AssertionError: ...``), else its last stderr line.

    nbgrader scores 0 a test cell that wrote anything to stderr (unless the course
    config's IgnorePattern matches it), so that line is the reason.
    """
    for output in reversed(outputs):
        if output.get("output_type") == "error":
            lines = [_ANSI.sub("", line) for line in output.get("traceback") or []]
            message = lines[-1].strip() if lines else ""
            if not message:
                message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".strip()
            if output.get("ename") == "CellTimeoutError" and cell_timeout:
                message += f" ({cell_timeout} s per cell)"
            return message
    for output in reversed(outputs):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            text = output.get("text", "")
            text = "".join(text) if isinstance(text, list) else text
            lines = [line.strip() for line in _ANSI.sub("", text).splitlines() if line.strip()]
            if lines:
                return f"output on stderr scores a test 0: {lines[-1]}"
    return ""


def read_results(gradebook, assignment: str, student: str, notebook: Path,
                 cell_timeout: int | None = None) -> list[dict]:
    """Every graded cell of ``student``'s notebook: gradebook scores, messages from outputs."""
    submission = gradebook.find_submission_notebook(notebook.stem, assignment, student)
    grades = {grade.name: grade for grade in submission.grades}
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    order = [c.get("metadata", {}).get("nbgrader", {}).get("grade_id") for c in cells]
    outputs = {c.get("metadata", {}).get("nbgrader", {}).get("grade_id"): c.get("outputs", [])
               for c in cells}
    tests = []
    for name in sorted(grades, key=lambda n: order.index(n) if n in order else len(order)):
        grade = grades[name]
        score, max_score = grade.score, float(grade.max_score)
        passed = score is not None and score >= max_score
        if passed:
            message = ""
        elif score is None:
            message = "needs grading by hand (no automatic score)"
        else:
            message = (error_message(outputs.get(name, []), cell_timeout)
                       or f"scored {float(score)} of {max_score}")
        tests.append({"grade_id": name, "score": float(score or 0.0), "max_score": max_score,
                      "passed": passed, "message": message})
    return tests


def failure_reason(log: str) -> str:
    """One line out of an nbgrader log: the last line of the traceback it logged."""
    lines = [line.strip() for line in log.splitlines()]
    end = next((i for i, line in enumerate(lines)
                if "There was an error processing assignment '" in line), len(lines))
    for line in reversed(lines[:end]):
        if line and not line.startswith("[") and set(line) - set("^~ "):
            return line[:300]
    errors = [line for line in lines if "ERROR" in line or "Error" in line]
    return (errors or [line for line in lines if line] or ["nbgrader failed without a message"]
            )[-1][:300]


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


def make_api(root: Path, cell_timeout: int | None):
    """nbgrader's API on the course folder ``root``, configured by its nbgrader_config.py."""
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
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder.grading.worker")
    parser.add_argument("root", type=Path, help="the temporary course folder")
    parser.add_argument("assignment")
    parser.add_argument("submissions", nargs="*", metavar="STUDENT=NOTEBOOK.ipynb")
    parser.add_argument("--cell-timeout", type=int, default=None)
    parser.add_argument("--skip-generate", action="store_true")
    parser.add_argument("--real-alembic", action="store_true",
                        help="let nbgrader run the alembic executable (slower)")
    args = parser.parse_intermixed_args(argv)

    from nbgrader.api import Gradebook

    if not args.real_alembic:
        _skip_alembic_subprocess()
    api = make_api(args.root, args.cell_timeout)
    if not args.skip_generate:
        result = api.generate_assignment(args.assignment, force=True, create=True)
        if not result["success"]:
            _emit(event="generate-failed", reason=_reason(result))
            return 1
        _emit(event="generated")
    for item in args.submissions:
        student, _, name = item.partition("=")
        _emit(event="start", student=student)
        result = api.autograde(args.assignment, student, force=True, create=True)
        if not result["success"]:
            _emit(event="failed", student=student, reason=_reason(result))
            continue
        notebook = Path(api.coursedir.format_path(
            api.coursedir.autograded_directory, student, args.assignment)) / name
        with Gradebook(api.coursedir.db_url, api.coursedir.course_id) as gradebook:
            tests = read_results(gradebook, args.assignment, student, notebook,
                                 args.cell_timeout)
        _emit(event="graded", student=student, tests=tests)
    return 0


if __name__ == "__main__":
    status = main()
    # Everything is written (gradebook closed, kernels shut down, events flushed):
    # skip the interpreter's teardown of nbgrader's imports (about 0.5 s).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
