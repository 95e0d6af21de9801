"""Does the class pool run N students at a time, and grade again a "database is locked" one?

nbgrader is replaced by a stand-in here; ``test_parallel.py`` runs the real one.
"""

from __future__ import annotations

import threading

import pytest

from autograder.cli import build_parser
from autograder.instructor import pool
from autograder.instructor.nbgrader_cmd import Result

LOCKED = Result(1, "sqlite3.OperationalError: database is locked\n")


@pytest.fixture
def fake(monkeypatch):
    """A stand-in nbgrader recording the students run and how many ran at once."""
    state = {"calls": [], "running": 0, "peak": 0, "locked_once": set(), "jobs": 1}
    guard = threading.Condition()

    def nbgrader(args, root, timeout=None, started=None, sandbox=False):
        student = args[args.index("--student") + 1]
        with guard:
            state["calls"].append(student)
            state["running"] += 1
            state["peak"] = max(state["peak"], state["running"])
            guard.notify_all()
            # Stay until `jobs` run at once (or 1 s passed), so the peak is seen.
            guard.wait_for(lambda: state["peak"] >= state["jobs"], timeout=1)
            state["running"] -= 1
        if student in state["locked_once"]:
            state["locked_once"].discard(student)
            return LOCKED
        return Result(0, "") if student != "broken" else Result(1, "NotJSONError: bad")

    monkeypatch.setattr(pool, "nbgrader", nbgrader)
    monkeypatch.setattr(pool.time, "sleep", lambda seconds: None)
    return state


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_student_is_graded_once_at_most_jobs_at_a_time(fake, tmp_path, jobs):
    students = [f"s{i}" for i in range(7)]
    fake["jobs"] = jobs
    results = dict(pool.grade_students("A", students, tmp_path, 60, jobs))
    assert sorted(results) == students and all(r.ok for r in results.values())
    assert sorted(fake["calls"]) == students
    assert fake["peak"] == jobs


def test_a_locked_student_is_graded_again_and_a_broken_one_is_reported(fake, tmp_path):
    fake["locked_once"].add("s1")
    results = dict(pool.grade_students("A", ["s0", "s1", "broken"], tmp_path, 60, 2))
    assert results["s1"].ok and fake["calls"].count("s1") == 2
    assert not results["broken"].ok and fake["calls"].count("broken") == 1
    assert pool.is_locked(LOCKED) and not pool.is_locked(results["broken"])


def test_jobs_must_be_positive(capsys):
    assert build_parser().parse_args(["autograde", "A", "--jobs", "3"]).jobs == 3
    with pytest.raises(SystemExit):
        build_parser().parse_args(["autograde", "A", "--jobs", "0"])
