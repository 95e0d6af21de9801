"""The command line: ``python -m autograder {serve,lab,release,grade,collect,...} ...``.

Each subcommand lives in its own module; this file only parses arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .environment import REPO_ROOT, venv_bin_on_path

__all__ = ["build_parser", "main"]


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(args.host, args.port)


def _lab(args: argparse.Namespace) -> int:
    from .lab import run_lab

    return run_lab(port=args.port, open_browser=not args.no_browser, root=args.root.resolve())


def _release(args: argparse.Namespace) -> int:
    from .release import release

    return release(args.assignments, all_assignments=args.all)


def _grade(args: argparse.Namespace) -> int:
    from .grading.cli import grade

    return grade(args.paths, as_json=args.json, solutions=args.solutions, root=args.root,
                 cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout,
                 jobs=args.jobs, sandbox=not args.no_sandbox)


def _collect(args: argparse.Namespace) -> int:
    from .instructor.collect import collect

    return collect(args.source, args.assignment, args.root, roster=args.roster)


def _positive(text: str) -> int:
    """An argparse type: an integer >= 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _autograde(args: argparse.Namespace) -> int:
    from .instructor.batch import autograde_all

    return autograde_all(args.assignment, args.root, students=args.student,
                         timeout=args.timeout, jobs=args.jobs, sandbox=not args.no_sandbox)


def _feedback(args: argparse.Namespace) -> int:
    from .instructor.results import feedback

    return feedback(args.assignment, args.root, hide_tests=args.hide_tests)


def _export(args: argparse.Namespace) -> int:
    from .instructor.results import export

    return export(args.root, to=args.to)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m autograder",
        description="Tools of the asyncio course: mock server, JupyterLab, nbgrader helpers.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the mock HTTP server until stopped")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    serve.set_defaults(func=_serve)

    lab = sub.add_parser("lab", help="start the mock server and JupyterLab on the course")
    lab.add_argument("--port", type=int, default=0, help="JupyterLab port (default: free port)")
    lab.add_argument("--no-browser", action="store_true", help="do not open a browser")
    lab.add_argument("--root", type=Path, default=REPO_ROOT,
                     help="course folder to serve, holding nbgrader_config.py (default: this "
                          "repository; the browser tests serve a temporary copy)")
    lab.set_defaults(func=_lab)

    release = sub.add_parser("release", help="generate exercises/ from solutions/ with nbgrader")
    release.add_argument("assignments", nargs="*", help="assignment names (folders of solutions/)")
    release.add_argument("--all", action="store_true", help="release every assignment")
    release.set_defaults(func=_release)

    from .grading.cli import CELL_TIMEOUT, NOTEBOOK_TIMEOUT

    grade = sub.add_parser(
        "grade", help="grade student notebooks exactly as the instructor's autograde would",
        description="Grade notebooks with nbgrader's autograde (hidden tests included) in a "
                    "temporary course folder. Each notebook is matched to its assignment by "
                    f"its cells. Each cell may run {CELL_TIMEOUT} s and each notebook's "
                    f"grading is stopped after {NOTEBOOK_TIMEOUT} s (then every test of it "
                    "fails). Exit 0 when every path was graded, 2 when any was unusable.")
    grade.add_argument("paths", nargs="+", metavar="PATH", help="student notebooks (.ipynb)")
    grade.add_argument("--json", action="store_true", help="print one JSON document")
    grade.add_argument("--root", type=Path, default=REPO_ROOT,
                       help="course root holding nbgrader_config.py (default: this repository)")
    grade.add_argument("--solutions", type=Path, default=None,
                       help="assignment sources with hidden tests (default: ROOT/solutions)")
    grade.add_argument("--cell-timeout", type=int, default=CELL_TIMEOUT, metavar="SECONDS",
                       help=f"seconds per cell (default {CELL_TIMEOUT})")
    grade.add_argument("--notebook-timeout", type=float, default=NOTEBOOK_TIMEOUT,
                       metavar="SECONDS",
                       help=f"seconds for one notebook's grading (default {NOTEBOOK_TIMEOUT})")
    grade.add_argument("--jobs", type=_positive, default=1, metavar="N",
                       help="notebooks graded at once (default 1; 2 on two cores roughly "
                            "halves the time for many notebooks)")
    grade.add_argument("--no-sandbox", action="store_true",
                       help="run the kernels unsandboxed even where bubblewrap works")
    grade.set_defaults(func=_grade)

    root_help = "course root holding nbgrader_config.py (default: this repository)"
    collect = sub.add_parser(
        "collect", help="copy submissions (folders, notebooks or LMS zips) into submitted/",
        description="Copy SOURCE/<student>/<A>.ipynb, SOURCE/<student>.ipynb or "
                    "SOURCE/<student>[_anything].zip into submitted/<student>/<A>/ and "
                    "register every student in the gradebook. Other files are reported "
                    "and skipped.")
    collect.add_argument("source", type=Path, metavar="SOURCE", help="folder of submissions")
    collect.add_argument("--assignment", required=True, help="assignment name")
    collect.add_argument("--roster", type=Path, default=None,
                         help="students to register too: one id per line, or a CSV with "
                              "an id column")
    collect.add_argument("--root", type=Path, default=REPO_ROOT, help=root_help)
    collect.set_defaults(func=_collect)

    from .instructor.batch import STUDENT_TIMEOUT

    autograde = sub.add_parser(
        "autograde", help="nbgrader autograde, one process per student, with a summary",
        description="Run `nbgrader autograde A --student S` for each student so one broken "
                    f"submission never stops the batch; each is stopped after "
                    f"{STUDENT_TIMEOUT} s. Each student's kernel runs in a bubblewrap "
                    "sandbox: no solutions, gradebook or other students in sight, no "
                    "network but its own loopback, limits on memory, CPU, files, processes "
                    "and output. Exit 1 if any failed, 2 if nothing could be graded.")
    autograde.add_argument("assignment")
    autograde.add_argument("--student", action="append", default=None, metavar="S",
                           help="only this student (repeatable; default: every submitter)")
    autograde.add_argument("--timeout", type=float, default=STUDENT_TIMEOUT, metavar="SECONDS",
                           help=f"seconds per student (default {STUDENT_TIMEOUT})")
    autograde.add_argument("--jobs", type=_positive, default=1, metavar="N",
                           help="students graded at once, into the same gradebook (default 1)")
    autograde.add_argument("--no-sandbox", action="store_true",
                           help="run the students' kernels unsandboxed, as yourself (where "
                                "bubblewrap cannot run; the summary warns)")
    autograde.add_argument("--root", type=Path, default=REPO_ROOT, help=root_help)
    autograde.set_defaults(func=_autograde)

    feedback = sub.add_parser("feedback", help="nbgrader generate_feedback for an assignment")
    feedback.add_argument("assignment")
    feedback.add_argument("--hide-tests", action="store_true",
                          help="show each hidden test's message and points, not its code")
    feedback.add_argument("--root", type=Path, default=REPO_ROOT, help=root_help)
    feedback.set_defaults(func=_feedback)

    export = sub.add_parser("export", help="nbgrader export of every grade to a CSV file")
    export.add_argument("--to", type=Path, default=None,
                        help="CSV file to write (default: ROOT/grades.csv)")
    export.add_argument("--root", type=Path, default=REPO_ROOT, help=root_help)
    export.set_defaults(func=_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    venv_bin_on_path()
    args = build_parser().parse_args(argv)
    return args.func(args)
