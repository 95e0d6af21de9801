"""Do broken submissions fail alone, each with one line naming it, the rest graded?

The same bad inputs go through both ways of grading: the student's ``python -m
autograder grade`` (one call for the whole batch) and the instructor's
``collect`` + ``autograde`` on a temporary COPY of a course root holding
05-gather (``--root``), after which the gradebook must still hold every good
submission's score.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import nbformat
import pytest

from .submissions import ASSIGNMENT, ROOT, grade, grade_id, release, scores, write

pytestmark = pytest.mark.slow

NAME = f"{ASSIGNMENT}.ipynb"


def duplicated():
    """The release with check-fetch-all's cell pasted a second time (a copy-paste slip)."""
    notebook = release()
    [cell] = [c for c in notebook.cells if grade_id(c) == "check-fetch-all"]
    copy = nbformat.from_dict(json.loads(json.dumps(cell)))
    copy["id"] = "pasted-copy"
    notebook.cells.append(copy)
    return notebook


def markdown_test():
    """The release with the code test cell check-fetch-all turned into markdown."""
    notebook = release()
    for cell in notebook.cells:
        if grade_id(cell) == "check-fetch-all":
            cell.cell_type = "markdown"
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    return notebook


def test_grade_reports_each_bad_path_on_one_line_and_grades_the_rest(tmp_path):
    (tmp_path / "invalid-json.ipynb").write_text('{"cells": [')
    (tmp_path / "text.ipynb").write_text("my answers are in here\n")  # a .txt renamed
    (tmp_path / "empty-folder.ipynb").mkdir()
    good = {"renamed-copy": write(tmp_path, "renamed-copy", release()),  # not 05-gather.ipynb
            # restored to a code cell from the source by nbgrader: scored as the real test
            "markdown-test": write(tmp_path, "markdown-test", markdown_test())}
    write(tmp_path, "duplicated", duplicated())
    graded = grade(sorted(tmp_path.iterdir()))
    assert graded.returncode == 2
    assert graded.scores == {name: scores() for name in good}
    reasons = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in graded.errors}
    assert reasons == {
        str(tmp_path / "duplicated.ipynb"): "nbgrader could not grade it: KeyError: 'grade_id' "
        "(cell check-fetch-all appears twice in the notebook: delete the copy)",
        str(tmp_path / "empty-folder.ipynb"): "not a file",
        str(tmp_path / "invalid-json.ipynb"):
            "not a notebook: invalid JSON (Expecting value at line 1 column 12)",
        str(tmp_path / "text.ipynb"):
            "not a notebook: invalid JSON (Expecting value at line 1 column 1)",
    }, graded.errors
    print(f"\nbad inputs through grade: 6 paths in {graded.seconds:.1f} s")


def _cli(root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder", *args, "--root", str(root)],
                          cwd=ROOT, capture_output=True, text=True, timeout=400,
                          env=dict(os.environ))


def test_collect_and_autograde_skip_or_fail_each_bad_submission_alone(tmp_path):
    root = tmp_path / "course"
    (root / "solutions").mkdir(parents=True)
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, root / "solutions" / ASSIGNMENT)
    source = tmp_path / "lms-export"
    source.mkdir()
    with zipfile.ZipFile(source / "alice_4242_attempt.zip", "w") as archive:  # good + junk
        archive.writestr(NAME, nbformat.writes(release()))
        archive.writestr(f"__MACOSX/._{NAME}", "resource fork")
        archive.writestr("notes.txt", "my notes")
    with zipfile.ZipFile(source / "dave.zip", "w") as archive:  # junk only
        archive.writestr("notes.txt", "no notebook here")
    (source / "broken.zip").write_bytes(b"not a zip at all")
    (source / "erin").mkdir()  # an empty folder
    (source / "README.txt").write_text("exported by the LMS")
    (source / "bob.ipynb").write_text('{"cells": [')  # invalid JSON
    (source / "frank.ipynb").write_text(nbformat.writes(duplicated()))
    # (the test cell turned markdown is graded through `grade` above: same nbgrader path)

    collect = _cli(root, "collect", str(source), "--assignment", ASSIGNMENT)
    assert collect.returncode == 0, collect.stderr
    assert sorted(collect.stderr.strip().splitlines()) == [
        "collect: skipped README.txt: not a notebook, a student folder or a .zip",
        "collect: skipped broken.zip: not a readable zip file (File is not a zip file)",
        f"collect: skipped dave.zip: holds 0 notebooks, none named {NAME}",
        f"collect: skipped erin: folder without {NAME}",
    ]

    autograde = _cli(root, "autograde", ASSIGNMENT)
    assert autograde.returncode == 1
    assert "autograded 1 of 3 submission(s)" in autograde.stdout
    failures = sorted(line.strip() for line in autograde.stdout.splitlines() if "failed:" in line)
    assert [f.split(":", 2)[1].strip() for f in failures] == ["bob", "frank"], failures
    assert "NotJSONError" in failures[0]
    assert "KeyError: 'grade_id'" in failures[1]  # no hint here, unlike `grade`

    # The gradebook is intact: the good submission has full marks, the failed ones 0.
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        totals = {s.student.id: (s.score, s.max_score)
                  for s in gradebook.assignment_submissions(ASSIGNMENT)}
    assert totals == {"alice": (9.0, 9.0), "bob": (0.0, 9.0), "frank": (0.0, 9.0)}, totals
