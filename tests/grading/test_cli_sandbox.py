"""Does ``grade`` run the kernels in the instructor's sandbox, and say so when it cannot?

A notebook whose add() is right only when its kernel can read the solutions:
sandboxed, it cannot (4 of 5, as under the instructor's autograde); where bwrap
is missing, grade says so in one line and the read succeeds (5 of 5).
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from grading_fixtures import CORRECT, SOLUTIONS, Runs, edit, write

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading-sandbox")]

PEEKS = ('import os\n'
         'try:\n'
         '    open("../../../solutions/demo/demo.ipynb").close()\n'
         '    SEEN = True\n'
         'except OSError:\n'
         '    SEEN = False\n\n'
         'def add(a, b):\n'
         '    return a + b if SEEN else 3')


@pytest.fixture(scope="module")
def runs(release, tmp_path_factory, monkeypatch_module):
    folder = tmp_path_factory.mktemp("peek")
    peek = str(write(folder / "peek.ipynb", edit(release, {**CORRECT, "answer-add": PEEKS})))
    tools = folder / "bin"
    tools.mkdir()
    os.symlink(shutil.which("true"), tools / "true")
    started = Runs()
    started.start("sandboxed", ["grade", "--json", "--solutions", str(SOLUTIONS), peek],
                  folder / "sandboxed")
    # No bwrap on PATH: only Python's folder and a tool grade needs nothing else of.
    monkeypatch_module.setenv("PATH", f"{os.path.dirname(sys.executable)}:{tools}")
    started.start("no-bwrap", ["grade", "--json", "--solutions", str(SOLUTIONS), peek],
                  folder / "no-bwrap")
    monkeypatch_module.undo()
    yield started
    started.stop()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_sandboxed_grade_cannot_read_the_solutions(runs):
    """Sandboxed, does the peeking notebook fail the hidden test, as under autograde?"""
    run = runs["sandboxed"]
    assert run.returncode == 0, run.stderr
    [notebook] = run.json()["notebooks"]
    assert (notebook["score"], notebook["max_score"]) == (4.0, 5.0)
    assert "without a sandbox" not in run.stderr


def test_grade_says_in_one_line_when_it_runs_without_a_sandbox(runs):
    """Without bwrap, is there one line saying so, and does the read then succeed?"""
    run = runs["no-bwrap"]
    assert run.returncode == 0, run.stderr
    [line] = run.stderr.strip().splitlines()
    assert line.startswith("grade: running without a sandbox (bubblewrap (bwrap) is not "
                           "installed; ")
    assert "apt-get install bubblewrap" in line
    [notebook] = run.json()["notebooks"]
    assert notebook["score"] == 5.0  # unsandboxed, the solutions were in reach
