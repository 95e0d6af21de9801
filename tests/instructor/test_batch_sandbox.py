"""Does autograde refuse without a sandbox, and grade as before with --no-sandbox?"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from class_fixtures import CORRECT, FIXTURE, ROOT, autograder_cli, student_notebook

from autograder.instructor.batch import NO_SANDBOX_WARNING

pytestmark = pytest.mark.slow


@pytest.fixture
def course(tmp_path) -> Path:
    """A course copy with one correct submission collected."""
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(FIXTURE / "solutions", root / "solutions")
    export = tmp_path / "export"
    export.mkdir()
    (export / "alice.ipynb").write_text(student_notebook(CORRECT))
    run = autograder_cli("collect", str(export), "--assignment", "demo", "--root", str(root))
    assert run.returncode == 0, run.stderr
    return root


def _without_bwrap(tmp_path: Path) -> dict:
    """An environment whose PATH has Python and nbgrader's tools, but no bwrap."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for name in ("prlimit", "true"):
        os.symlink(shutil.which(name), tools / name)
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}:{tools}"}


def test_autograde_refuses_in_one_line_without_bwrap(course, tmp_path, monkeypatch):
    """Without bwrap, does autograde grade nobody and say how to install it, in one line?"""
    monkeypatch.setattr(os, "environ", _without_bwrap(tmp_path))
    run = autograder_cli("autograde", "demo", "--root", str(course))
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert "bubblewrap (bwrap) is not installed" in line
    assert "apt-get install bubblewrap" in line and "--no-sandbox" in line
    assert not (course / "autograded").exists()


def test_no_sandbox_grades_and_warns_in_the_summary(course, tmp_path, monkeypatch):
    """With --no-sandbox and no bwrap, is the class graded, the summary warning of it?"""
    monkeypatch.setattr(os, "environ", _without_bwrap(tmp_path))
    run = autograder_cli("autograde", "demo", "--no-sandbox", "--root", str(course))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "autograded 1 of 1 submission(s) of demo" in run.stdout
    assert run.stdout.strip().splitlines()[-1] == NO_SANDBOX_WARNING
    assert (course / "autograded" / "alice" / "demo" / "demo.ipynb").is_file()
