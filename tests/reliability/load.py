"""Grade correct submissions while every core is busy: a correct answer never loses marks.

Shared by ``test_load.py`` (one repetition in ``make test``) and ``soak.py`` (K
repetitions, a Markdown report). The correct submissions are the corpus
notebooks whose golden scores are full marks (``solution`` and at least one
other correct answer per assignment); they are graded in ONE call of the real
``python -m autograder grade --json`` while one CPU-burning process per core
runs. The burners are started and killed by PID.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .submissions import ROOT, grade

# Timing-sensitive exercises: server counts (05), a timeout that must cancel (09),
# tasks finishing in an order (07).
ASSIGNMENTS = ("05-gather", "09-timeouts-cancellation", "07-as-completed")
BURN = "while True:\n    pass\n"


def full_marks(assignment: str) -> dict[Path, dict[str, float]]:
    """The corpus notebooks of ``assignment`` whose golden scores are full marks."""
    source = nbformat.read(ROOT / "solutions" / assignment / f"{assignment}.ipynb", 4)
    points = {c.metadata["nbgrader"]["grade_id"]: float(c.metadata["nbgrader"]["points"])
              for c in source.cells if c.metadata.get("nbgrader", {}).get("grade")}
    found = {}
    for golden in sorted((ROOT / "tests" / "corpus" / assignment).glob("*.json")):
        scores = {k: float(v) for k, v in json.loads(golden.read_text()).items()}
        if scores == points:
            found[golden.with_suffix(".ipynb")] = scores
    return found


class Burners:
    """``with Burners(n):`` n processes spinning a core each; killed by PID at the end."""

    def __init__(self, n: int | None = None) -> None:
        self.n = (os.cpu_count() or 2) if n is None else n
        self.processes: list[subprocess.Popen] = []

    def __enter__(self) -> Burners:
        try:
            for _ in range(self.n):
                self.processes.append(subprocess.Popen([sys.executable, "-c", BURN]))
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        for process in self.processes:
            process.kill()
        for process in self.processes:
            process.wait(timeout=10)


@dataclass
class LoadRun:
    """One repetition: the call's wall time and every test that lost marks."""

    seconds: float
    notebooks: int
    false_fails: list[str] = field(default_factory=list)


def every_assignment() -> tuple[str, ...]:
    """Every assignment with a corpus."""
    return tuple(sorted(p.parent.name for p in (ROOT / "tests" / "corpus").glob("*/solution.json")))


def run_once(assignments=ASSIGNMENTS, burners: int | None = None,
             solution_only: tuple[str, ...] = (), jobs: int = 1) -> LoadRun:
    """Grade every full-mark corpus notebook of ``assignments`` under load, in one call
    with ``--jobs jobs`` (only ``solution.ipynb`` for the assignments in ``solution_only``)."""
    expected = {path: scores for a in assignments for path, scores in full_marks(a).items()
                if a not in solution_only or path.stem == "solution"}
    with Burners(burners):
        graded = grade(list(expected), "--jobs", str(jobs), timeout=1800)
    run = LoadRun(graded.seconds, len(expected))
    run.false_fails += graded.errors
    for path, scores in expected.items():
        got = graded.by_path.get(str(path), {})
        for grade_id, points in scores.items():
            score, message = got.get(grade_id, (None, "not graded"))
            if score != points:
                run.false_fails.append(f"{path.parent.name}/{path.stem} {grade_id}: got "
                                       f"{score}, expected {points} ({message[:300]})")
    return run
