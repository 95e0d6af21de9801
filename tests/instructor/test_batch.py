"""Does the per-student autograde know whom to grade and whether nbgrader knows the assignment?"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from autograder.instructor.batch import in_gradebook, submitters


def test_submitters_are_the_students_with_a_folder(tmp_path):
    """Are the students those with submitted/<student>/<assignment>/?"""
    for student in ("bob", "alice"):
        (tmp_path / "submitted" / student / "demo").mkdir(parents=True)
    (tmp_path / "submitted" / "carol" / "other").mkdir(parents=True)
    assert submitters(tmp_path, "demo") == ["alice", "bob"]
    assert submitters(tmp_path / "nowhere", "demo") == []


def test_no_gradebook_means_not_in_gradebook(tmp_path):
    """Is a missing or unrelated gradebook.db read as 'not there yet'?"""
    assert not in_gradebook(tmp_path, "demo")
    with closing(sqlite3.connect(tmp_path / "gradebook.db")) as connection:
        connection.execute("CREATE TABLE unrelated (x)")
    assert not in_gradebook(tmp_path, "demo")
