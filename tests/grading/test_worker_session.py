"""Does one worker grade notebooks of several assignments, and say why when it cannot start?"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from grading_fixtures import CORRECT, ROOT, SOLUTIONS, WRONG, edit, write

from autograder.grading.worker_session import Submission, WorkerSession, WorkerUnavailable
from autograder.grading.workspace import Workspace

CONFIG = ROOT / "nbgrader_config.py"


def _grade_in_turn(solutions: Path, *submissions: Submission) -> tuple[list, WorkerSession]:
    """Grade ``submissions`` one after another in one session; outcomes and the session."""
    with Workspace(solutions, CONFIG) as workspace:
        session = WorkerSession(workspace, cell_timeout=20, notebook_timeout=120)
        try:
            outcomes = [session.grade(submission) for submission in submissions]
            assert all(workspace.autograded(s.student, s.assignment, s.name).is_file()
                       for s, o in zip(submissions, outcomes, strict=True) if o.tests)
        finally:
            session.close()
    return outcomes, session


def _score(outcome) -> float:
    assert outcome.tests is not None, outcome.reason
    return sum(test["score"] for test in outcome.tests)


@pytest.mark.slow
def test_one_worker_grades_two_assignments_in_turn(release, tmp_path):
    """Are notebooks of two assignments graded by one worker, each against its own source?"""
    solutions = tmp_path / "solutions"
    shutil.copytree(SOLUTIONS / "demo", solutions / "demo")
    shutil.copytree(SOLUTIONS / "demo", solutions / "twin")
    (solutions / "twin" / "demo.ipynb").rename(solutions / "twin" / "twin.ipynb")
    correct = write(tmp_path / "correct.ipynb", edit(release, CORRECT))
    wrong = write(tmp_path / "wrong.ipynb", edit(release, WRONG))
    outcomes, session = _grade_in_turn(solutions, Submission("s1", "demo", correct, "demo.ipynb"),
                                       Submission("s2", "twin", wrong, "twin.ipynb"),
                                       Submission("s3", "demo", wrong, "demo.ipynb"))
    assert [_score(outcome) for outcome in outcomes] == [5.0, 4.0, 4.0]
    assert session.starts == 1


def test_a_worker_that_cannot_start_says_why(tmp_path):
    """Does a broken course config give a one-line reason instead of a hang or a crash?"""
    config = tmp_path / "nbgrader_config.py"
    config.write_text("c = get_config()\nc.Exchange.root = (\n")  # a syntax error
    with Workspace(SOLUTIONS, config) as workspace:
        session = WorkerSession(workspace, cell_timeout=20, notebook_timeout=120)
        with pytest.raises(WorkerUnavailable, match=r"^nbgrader could not start: .*Error"):
            session.grade(Submission("s1", "demo", tmp_path / "any.ipynb", "demo.ipynb"))
        session.close()


@pytest.mark.slow
def test_an_assignment_nbgrader_cannot_build_fails_its_notebooks_only(tmp_path):
    """Does a broken source fail its own notebooks (once built, never retried), not the next?"""
    solutions = tmp_path / "solutions"
    shutil.copytree(SOLUTIONS / "demo", solutions / "demo")
    broken = solutions / "broken" / "broken.ipynb"
    broken.parent.mkdir()
    source = json.loads((SOLUTIONS / "demo" / "demo.ipynb").read_text())
    graded = [c for c in source["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade")]
    graded[1]["metadata"]["nbgrader"]["grade_id"] = graded[0]["metadata"]["nbgrader"]["grade_id"]
    broken.write_text(json.dumps(source))
    demo = SOLUTIONS / "demo" / "demo.ipynb"
    (first, second, third), session = _grade_in_turn(
        solutions, Submission("s1", "broken", broken, "broken.ipynb"),
        Submission("s2", "broken", broken, "broken.ipynb"),
        Submission("s3", "demo", demo, "demo.ipynb"))
    assert first.reason.startswith("nbgrader could not build the assignment: ")
    assert second.reason == first.reason
    assert _score(third) == 5.0 and session.starts == 1
