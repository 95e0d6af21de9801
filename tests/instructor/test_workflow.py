"""Does the instructor's workflow grade a class end to end, nbgrader underneath?

A sample class of the fixture course, in a temporary COPY of a course root
(``nbgrader_config.py`` + ``solutions/``): alice (correct, as an LMS zip), bob
(wrong on a hidden test, a plain notebook), carol (a broken notebook, in a
folder), dave (registered through the roster, submitted nothing), and a junk
file. Runs ``collect``, ``autograde``, ``feedback`` and ``export`` through the
real command line with ``--root``.
"""

from __future__ import annotations

import csv
import re
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from html import unescape

import pytest
from class_fixtures import CORRECT, FIXTURE, ROOT, WRONG, autograder_cli, student_notebook

# One pytest worker runs this module: split across two, its course would be built twice.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("instructor-workflow")]



@pytest.fixture(scope="module")
def course(tmp_path_factory) -> dict:
    """The course root after collect, autograde, feedback and export, with each run."""
    base = tmp_path_factory.mktemp("workflow")
    root = base / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(FIXTURE / "solutions", root / "solutions")
    export = base / "lms-export"
    export.mkdir()
    with zipfile.ZipFile(export / "alice_4242_demo.zip", "w") as archive:
        archive.writestr("demo.ipynb", student_notebook(CORRECT))
    (export / "bob.ipynb").write_text(student_notebook(WRONG))
    (export / "carol").mkdir()
    (export / "carol" / "demo.ipynb").write_text('{"cells": [')
    (export / "README.txt").write_text("exported by the LMS")
    roster = base / "roster.txt"
    roster.write_text("alice\nbob\ncarol\ndave\n")
    runs = {"collect": autograder_cli("collect", str(export), "--assignment", "demo",
                                      "--roster", str(roster), "--root", str(root))}
    runs["autograde"] = autograder_cli("autograde", "demo", "--root", str(root))
    # Both only read the gradebook: run them side by side.
    with ThreadPoolExecutor(2) as pool:
        feedback = pool.submit(autograder_cli, "feedback", "demo", "--root", str(root))
        export = pool.submit(autograder_cli, "export", "--root", str(root), "--to",
                             str(base / "grades.csv"))
        runs["feedback"], runs["export"] = feedback.result(), export.result()
    return {"root": root, "runs": runs, "csv": base / "grades.csv"}


def test_collect_copies_submissions_and_reports_junk(course):
    """Are the three submissions copied under submitted/ and the junk file reported?"""
    run = course["runs"]["collect"]
    assert run.returncode == 0, run.stderr
    assert sorted(p.relative_to(course["root"]).as_posix()
                  for p in (course["root"] / "submitted").glob("*/demo/*.ipynb")) == [
        "submitted/alice/demo/demo.ipynb", "submitted/bob/demo/demo.ipynb",
        "submitted/carol/demo/demo.ipynb"]
    assert run.stderr.strip() == ("collect: skipped README.txt: not a notebook, a student "
                                  "folder or a .zip")


def test_autograde_reports_the_broken_submission_and_grades_the_rest(course):
    """Does one broken notebook fail alone, with a one-line reason in the summary?"""
    run = course["runs"]["autograde"]
    assert run.returncode == 1
    assert "autograded 2 of 3 submission(s) of demo" in run.stdout
    [failure] = [line for line in run.stdout.splitlines() if "failed:" in line]
    assert failure.strip().startswith("failed: carol: ")
    assert "NotJSONError" in failure
    assert "3/3" in run.stderr  # the progress bar reached the end


def test_export_has_every_student_with_the_right_score(course):
    """Does the CSV list all four students, non-submitter and broken one at 0?"""
    assert course["runs"]["export"].returncode == 0, course["runs"]["export"].stderr
    with course["csv"].open() as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    assert {s: (float(r["score"]), float(r["max_score"])) for s, r in rows.items()} == {
        "alice": (5.0, 5.0), "bob": (4.0, 5.0), "carol": (0.0, 5.0), "dave": (0.0, 5.0)}


def test_feedback_shows_hidden_tests(course):
    """Does the feedback page show the hidden tests' source (nbgrader's known behaviour)?"""
    assert course["runs"]["feedback"].returncode == 0, course["runs"]["feedback"].stderr
    pages = sorted((course["root"] / "feedback").glob("*/demo/demo.html"))
    assert [p.parts[-3] for p in pages] == ["alice", "bob"]
    text = unescape(re.sub(r"<[^>]+>", "", pages[1].read_text()))
    assert "assert add(-4, 4) == 0" in text and "### BEGIN HIDDEN TESTS" in text
    assert "return a + b" not in text  # solutions stay out: only the student's own code


def test_nothing_is_written_outside_the_course_copy(course):
    """Does the workflow leave the repository's own course folders alone?"""
    for folder in ("submitted", "autograded", "feedback"):
        assert not (FIXTURE / folder).exists()
