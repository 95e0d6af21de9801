"""Does ``autograde --jobs 2`` grade a class into one gradebook exactly as ``--jobs 1`` does?

A class of four on the fixture course (two correct, one wrong on a hidden test,
one broken notebook), collected into a temporary copy of a course root.
It is graded with ``--jobs 2`` and exported, and its gradebook is read back with
nbgrader's own commands. (One at a time, the same class scores the same: the
expected scores are what ``--jobs 1`` gives, as tests/instructor/test_workflow.py
shows for this course.)
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from class_fixtures import CORRECT, FIXTURE, ROOT, WRONG, autograder_cli, student_notebook

# One pytest worker runs this module: split across two, its course would be built twice.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("instructor-parallel")]

CLASS = {"ana": CORRECT, "ben": WRONG, "cy": None, "di": CORRECT}
EXPECTED = {"ana": 5.0, "ben": 4.0, "cy": 0.0, "di": 5.0}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return autograder_cli(*args, timeout=600)


def _scores(path: Path) -> dict[str, float]:
    with path.open() as handle:
        return {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict:
    """The course root after collect, autograde --jobs 2 and export."""
    base = tmp_path_factory.mktemp("parallel")
    submissions = base / "lms-export"
    submissions.mkdir()
    for student, answers in CLASS.items():
        (submissions / f"{student}.ipynb").write_text(
            student_notebook(answers) if answers else '{"cells": [')
    runs = {}
    for jobs in (2,):
        root = base / f"course-jobs{jobs}"
        root.mkdir()
        shutil.copy2(ROOT / "nbgrader_config.py", root)
        shutil.copytree(FIXTURE / "solutions", root / "solutions")
        collected = _cli("collect", str(submissions), "--assignment", "demo", "--root", str(root))
        assert collected.returncode == 0, collected.stderr
        runs[jobs] = {"root": root,
                      "autograde": _cli("autograde", "demo", "--jobs", str(jobs),
                                        "--root", str(root)),
                      "csv": base / f"grades-jobs{jobs}.csv"}
        runs[jobs]["export"] = _cli("export", "--root", str(root), "--to",
                                    str(runs[jobs]["csv"]))
    return runs


def test_jobs_2_reports_the_broken_submission_and_grades_the_rest(graded):
    """One broken notebook fails alone; the summary and the progress bar are kept."""
    run = graded[2]["autograde"]
    assert run.returncode == 1
    assert "autograded 3 of 4 submission(s) of demo" in run.stdout
    [failure] = [line for line in run.stdout.splitlines() if "failed:" in line]
    assert failure.strip().startswith("failed: cy: ")
    assert "NotJSONError" in failure
    assert "4/4" in run.stderr


def test_jobs_2_gives_every_student_the_right_score(graded):
    """Are the exported scores of the parallel run each student's right score?"""
    assert graded[2]["export"].returncode == 0, graded[2]["export"].stderr
    assert _scores(graded[2]["csv"]) == EXPECTED


def test_every_student_has_an_autograded_notebook(graded):
    """Does each graded student's executed notebook sit in autograded/ (not the broken one)?"""
    root = graded[2]["root"]
    assert sorted(p.parts[-3] for p in root.glob("autograded/*/demo/demo.ipynb")) == sorted(
        s for s in CLASS if CLASS[s])


def test_the_gradebook_opens_fine_afterwards(graded):
    """Does nbgrader itself read the gradebook of the parallel run (integrity, students)?"""
    root = graded[2]["root"]
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    listing = subprocess.run([sys.executable, "-m", "nbgrader", "db", "student", "list"],
                             cwd=root, capture_output=True, text=True, timeout=300, env=env)
    assert listing.returncode == 0, listing.stderr
    for student in CLASS:
        assert student in listing.stdout + listing.stderr
    check = subprocess.run([sys.executable, "-c",
                            "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
                            ".execute('PRAGMA integrity_check').fetchone()[0])",
                            str(root / "gradebook.db")], capture_output=True, text=True)
    assert check.stdout.strip() == "ok"
