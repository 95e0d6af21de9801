"""Does ``python -m autograder grade`` grade notebooks as the instructor's autograde would?

These drive the real command line (``python -m autograder grade``) on the
fixture course; the runs are started together by the ``cli_runs`` fixture.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios

import pytest
from grading_fixtures import SOLUTIONS, by_name, grades_of

# One worker starts the shared command-line runs (conftest.cli_runs), not each of them.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading-cli")]


def test_json_has_exactly_the_contract_keys(cli_runs):
    """Does --json print exactly the documented keys, one entry per graded path?"""
    document = cli_runs["batch"].json()
    assert set(document) == {"notebooks"}
    for notebook in document["notebooks"]:
        assert set(notebook) == {"path", "assignment", "score", "max_score", "tests"}
        for test in notebook["tests"]:
            assert set(test) == {"grade_id", "score", "max_score", "passed", "message"}
    assert len(document["notebooks"]) == 4


def test_correct_notebook_gets_full_marks(cli_runs, submissions):
    """Does a correct notebook pass every visible and hidden test, with empty messages?"""
    correct = by_name(cli_runs["batch"])["correct"]
    assert correct["path"] == str(submissions["correct"])
    assert correct["assignment"] == "demo"
    assert (correct["score"], correct["max_score"]) == (5.0, 5.0)
    assert list(grades_of(correct)) == ["check-add", "hidden-add", "check-double",
                                       "hidden-double"]
    assert all(t["passed"] and t["message"] == "" for t in correct["tests"])


def test_hidden_tests_are_run(cli_runs):
    """Does a notebook passing the visible test but not the hidden one lose those points?"""
    wrong = grades_of(by_name(cli_runs["batch"])["wrong"])
    assert wrong["check-add"]["passed"] is True
    assert wrong["hidden-add"] == {"grade_id": "hidden-add", "score": 0.0, "max_score": 1.0,
                                   "passed": False,
                                   "message": "AssertionError: add(-4, 4) should return 0"}


def test_renamed_notebook_still_grades(cli_runs):
    """Is a renamed notebook in another folder matched to its assignment and graded?"""
    renamed = by_name(cli_runs["batch"])["My copy (2)"]
    assert renamed["assignment"] == "demo"
    assert renamed["score"] == 5.0


def test_unusable_paths_exit_2_with_one_line_each(cli_runs, submissions):
    """Are unusable paths reported one line each on stderr, after grading the others?"""
    run = cli_runs["batch"]
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    expected = {"invalid": "invalid JSON", "picture": "not a notebook",
                "unrelated": "no nbgrader cells", "missing": "no such file",
                "duplicated": "cell check-add appears twice in the notebook"}
    assert len(lines) == len(expected)
    for name, reason in expected.items():
        line = next(line for line in lines if line.startswith(f"grade: {submissions[name]}: "))
        assert reason in line


def test_stderr_output_is_named_as_the_reason(cli_runs):
    """Is a test scored 0 for output on stderr explained as such?"""
    noisy = grades_of(by_name(cli_runs["batch"])["noisy"])
    assert noisy["check-add"]["message"] == "output on stderr scores a test 0: debug"
    assert noisy["check-double"]["passed"]


def test_text_output_lines(cli_runs, submissions):
    """Does the text output show a mark, grade id, points and message per test, then the total?"""
    run = cli_runs["text"]
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"{submissions['wrong']} (demo)"
    assert lines[1].split() == ["✓", "check-add", "1.0/1.0"]
    assert lines[2].split(None, 3) == ["✗", "hidden-add", "0.0/1.0",
                                       "AssertionError: add(-4, 4) should return 0"]
    assert lines[-1].strip() == "total 4.0/5.0"


def test_temporary_course_folders_are_removed(cli_runs):
    """Is every temporary course folder gone once grading is over?"""
    for name in ("batch", "text", "wedge"):
        run = cli_runs[name]
        assert list(run.tmpdir.iterdir()) == [], name


def test_fixture_course_is_left_untouched(cli_runs):
    """Does grading leave the course it reads (solutions/) exactly as it was?"""
    cli_runs["batch"]
    files = sorted(p.relative_to(SOLUTIONS.parent).as_posix()
                   for p in SOLUTIONS.parent.rglob("*"))
    assert files == ["solutions", "solutions/demo", "solutions/demo/demo.ipynb"]


def test_a_course_config_nbgrader_cannot_load_fails_each_path_in_one_line(tmp_path):
    """Does a broken nbgrader_config.py give every path a one-line reason and exit 2?"""
    shutil.copytree(SOLUTIONS, tmp_path / "solutions")
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\nc.Exchange.root = (\n")
    notebook = SOLUTIONS / "demo" / "demo.ipynb"
    result = subprocess.run([sys.executable, "-m", "autograder", "grade", "--root", str(tmp_path),
                             "--jobs", "2", str(notebook), str(notebook)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"grade: {notebook}: nbgrader could not start: "
                     "SyntaxError: '(' was never closed"] * 2


def test_a_terminal_sees_a_progress_bar_and_a_pipe_does_not(tmp_path):
    """Is there a progress bar on a terminal's stderr (pty), and none when stderr is a pipe?"""
    notebook = str(SOLUTIONS / "demo" / "demo.ipynb")
    command = [sys.executable, "-m", "autograder", "grade", "--json",
               "--solutions", str(SOLUTIONS), notebook, notebook]
    controller, terminal = pty.openpty()
    # 24 rows x 80 columns: a new pty is 0 columns wide, and tqdm draws nothing in that.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal, text=True) as run:
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            shown += chunk
        stdout = run.communicate(timeout=120)[0]
    os.close(controller)
    assert run.returncode == 0, shown.decode(errors="replace")[-500:]
    assert len(json.loads(stdout)["notebooks"]) == 2
    assert b"grade:" in shown and b"2/2" in shown
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and piped.stderr == ""
