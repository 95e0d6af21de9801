"""Does a notebook that never finishes cost only the tests it affects, within a bound?

Measured behaviour these pin down (cell timeout 2 s here): an interrupt stops a
busy loop, a sleep and an awaited ``asyncio.Event().wait()``, and later cells
still run; a blocking call inside an awaited coroutine wedges the kernel until
the notebook's wall-clock bound kills it.
"""

from __future__ import annotations

import pytest
from grading_fixtures import BOUND, by_name, grades_of

# One worker starts the shared command-line runs (conftest.cli_runs), not each of them.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading-cli")]


def _add_failed_double_passed(notebook: dict) -> None:
    tests = grades_of(notebook)
    assert not tests["check-add"]["passed"] and not tests["hidden-add"]["passed"]
    assert "NameError" in tests["check-add"]["message"]
    assert tests["check-double"]["passed"] and tests["hidden-double"]["passed"]


def test_top_level_await_forever_costs_only_its_tests(cli_runs):
    """Does a cell awaiting forever at top level fail only the tests that need it?"""
    run = cli_runs["awaits"]
    assert run.returncode == 0, run.stderr
    _add_failed_double_passed(by_name(run)["await-forever"])


def test_busy_loop_costs_only_its_tests(cli_runs):
    """Does a ``while True: pass`` cell fail only the tests that need it?"""
    run = cli_runs["blocking"]
    assert run.returncode == 0, run.stderr
    _add_failed_double_passed(by_name(run)["busy-loop"])


def test_sleep_costs_only_its_tests(cli_runs):
    """Does a ``time.sleep(1000)`` cell fail only the tests that need it?"""
    _add_failed_double_passed(by_name(cli_runs["blocking"])["sleep"])


def test_hung_coroutine_in_a_test_cell_fails_that_test_only(cli_runs):
    """Does a coroutine that hangs in one test cell time out there, and the next test pass?"""
    tests = grades_of(by_name(cli_runs["awaits"])["await-in-test"])
    assert tests["check-double"]["message"].startswith("CellTimeoutError")
    assert "2 s per cell" in tests["check-double"]["message"]
    assert tests["hidden-double"]["passed"]
    assert tests["check-add"]["passed"]


def test_wedged_kernel_is_stopped_at_the_bound(cli_runs):
    """Is a wedged notebook stopped at the bound, every test failed with the stated message?"""
    run = cli_runs["wedge"]
    assert run.returncode == 0, run.stderr
    wedged = by_name(run)["wedge"]
    message = f"grading stopped after {BOUND} s: the notebook never finished"
    assert [t["message"] for t in wedged["tests"]] == [message] * 4
    assert (wedged["score"], wedged["max_score"]) == (0.0, 5.0)
    assert run.seconds < 3 * float(BOUND) + 30


def test_notebook_after_a_wedged_one_is_still_graded(cli_runs):
    """Is the next notebook of the same call graded normally after a kill?"""
    assert by_name(cli_runs["wedge"])["correct"]["score"] == 5.0


def test_two_jobs_grade_as_one_does(cli_runs):
    """Does --jobs 2 give every notebook the score a single job gives it, the wedge included?"""
    run = cli_runs["jobs"]
    assert run.returncode == 2  # the missing path
    assert run.stderr.strip().endswith("missing.ipynb: no such file")
    jobs = {name: nb["score"] for name, nb in by_name(run).items()}
    assert jobs == {"wedge": 0.0, "correct": 5.0, "wrong": 4.0, "My copy (2)": 5.0}
    single = by_name(cli_runs["wedge"])["wedge"]["tests"]
    assert by_name(run)["wedge"]["tests"] == single
    assert list(run.tmpdir.iterdir()) == []  # both jobs' folders removed
