"""``python -m autograder grade PATH...``: grade student notebooks as the instructor would.

Each notebook (a copy of an exercise, renamed or moved or not) is matched to
its assignment by its nbgrader cells, then graded by nbgrader's real autograde
in a temporary course folder made of the course's ``nbgrader_config.py`` and
the assignments' sources (hidden tests included), removed at the end. With
``jobs`` N, N notebooks are graded at once, each job in a folder of its own.

Time bounds: each cell may run ``cell_timeout`` seconds (default 20); each
notebook's grading is stopped after ``notebook_timeout`` seconds (default
180), and then every test of that notebook is reported as failed.

Each kernel runs in the same sandbox as the instructor's ``autograde``
(:mod:`autograder.sandbox`), so the verdict is the one the instructor gets;
where bubblewrap cannot run, one line on stderr says the notebooks run without it.

Exit status: 0 when every path was graded (whatever the scores), 2 when any
path could not be (one ``grade: PATH: reason`` line each on stderr).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tqdm import tqdm

from ..environment import REPO_ROOT
from ..sandbox import INSTALL_HINT, unavailable_reason
from .autograde import Submission, autograde
from .identify import (
    SourceNotebook,
    Unusable,
    duplicate_ids,
    identify,
    read_notebook,
    source_notebooks,
)
from .report import NotebookResult, TestResult, stopped, to_json, to_text

__all__ = ["CELL_TIMEOUT", "NOTEBOOK_TIMEOUT", "grade"]

# Seconds per cell (the instructor's config says 60). The course's checks stop
# a hung student coroutine after at most 10 s, so a healthy test cell stays far
# below 20 s even on a loaded machine and scores as under the instructor's
# autograde (only a cell running between 20 and 60 s would not). A cell that
# really hangs costs 20 s + nbclient's 4 s wait for its output, not 64 s.
CELL_TIMEOUT = 20
# Seconds for one notebook's whole grading (kernel start to scores). A notebook
# in which a dozen checks each stop a hung coroutine (10 s each) still
# finishes; a wedged kernel (a blocking call inside an awaited coroutine, after
# which every later cell times out, 24 s each) is cut here.
NOTEBOOK_TIMEOUT = 180


def _error(path: str, reason: str) -> None:
    print(f"grade: {path}: {reason}", file=sys.stderr)


def grade(paths: list[str], *, as_json: bool = False, solutions: Path | None = None,
          root: Path = REPO_ROOT, cell_timeout: int = CELL_TIMEOUT,
          notebook_timeout: float = NOTEBOOK_TIMEOUT, jobs: int = 1,
          sandbox: bool = True) -> int:
    """Grade ``paths``; print the report on stdout, errors on stderr. Returns the exit code.

    ``sandbox``: run the kernels in the sandbox where bubblewrap works (else say so).
    """
    solutions = Path(solutions) if solutions else root / "solutions"
    config = root / "nbgrader_config.py"
    problem = (f"no nbgrader_config.py in {root}" if not config.is_file() else
               f"no solutions folder {solutions}" if not solutions.is_dir() else None)
    if problem:
        if as_json:
            print(to_json([]))
        print(f"grade: {problem}", file=sys.stderr)
        return 2
    sources = source_notebooks(solutions)
    unusable: dict[int, str] = {}
    matched: dict[int, SourceNotebook] = {}
    hints: dict[int, str] = {}
    for index, path in enumerate(paths):
        try:
            notebook = read_notebook(Path(path))
            matched[index] = identify(notebook, Path(path).name, sources)
        except Unusable as error:
            unusable[index] = str(error)
            continue
        if twice := duplicate_ids(notebook):
            hints[index] = (f" (cell {', '.join(twice)} appears twice in the notebook: "
                            "delete the copy)")

    if sandbox and matched and (reason := unavailable_reason()):
        print(f"grade: running without a sandbox ({reason}; to grade as the instructor's "
              f"autograde does, {INSTALL_HINT})", file=sys.stderr)
        sandbox = False
    students = {f"student-{index + 1}": index for index in sorted(matched)}
    submissions = [Submission(student, matched[index].assignment, Path(paths[index]),
                              matched[index].name) for student, index in students.items()]
    # Grouped by assignment: a worker builds each assignment it meets once.
    submissions.sort(key=lambda submission: submission.assignment)
    # A progress bar for a person watching (stderr a terminal) and more than one notebook;
    # scripts reading stderr get only the one-line errors.
    with tqdm(total=len(submissions), desc="grade", unit="notebook", file=sys.stderr,
              disable=len(submissions) < 2 or not sys.stderr.isatty(), leave=False) as bar:
        outcomes = autograde(submissions, solutions=solutions, config=config, jobs=jobs,
                             cell_timeout=cell_timeout, notebook_timeout=notebook_timeout,
                             sandbox=sandbox, on_done=lambda: bar.update(1))
    results: dict[int, NotebookResult] = {}
    for student, index in students.items():
        outcome, assignment = outcomes[student], matched[index].assignment
        if outcome.stopped_after is not None:
            results[index] = stopped(paths[index], assignment, matched[index].tests,
                                     outcome.stopped_after)
        elif outcome.tests is not None:
            results[index] = NotebookResult(paths[index], assignment,
                                            [TestResult(**t) for t in outcome.tests])
        else:
            unusable[index] = (outcome.reason or "not graded") + hints.get(index, "")

    graded = [results[i] for i in sorted(results)]
    if as_json:
        print(to_json(graded))
    elif graded:
        print(to_text(graded))
    for index in sorted(unusable):
        _error(paths[index], unusable[index])
    return 2 if unusable else 0
