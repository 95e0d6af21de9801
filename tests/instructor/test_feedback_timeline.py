"""Does nbgrader's feedback show a student the request timeline of a failed concurrency test?

A real exercise (05-gather) in a temporary copy of the course root: one student
whose fetch_all awaits each request in turn. After collect, autograde and
feedback, the student's HTML page must hold the check's message and the
timeline picture that the failing check displayed in the test cell.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ASSIGNMENT = "05-gather"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_feedback_page_shows_message_and_timeline(tmp_path):
    """Does the feedback for sequential awaits carry the message and a PNG timeline?"""
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, root / "solutions" / ASSIGNMENT)
    inbox = tmp_path / "inbox" / "ann"
    inbox.mkdir(parents=True)
    shutil.copy2(ROOT / "tests" / "corpus" / ASSIGNMENT / "sequential-awaits.ipynb",
                 inbox / f"{ASSIGNMENT}.ipynb")
    for step in (("collect", str(inbox.parent), "--assignment", ASSIGNMENT),
                 ("autograde", ASSIGNMENT), ("feedback", ASSIGNMENT)):
        run = _cli(*step, "--root", str(root))
        assert run.returncode == 0, f"{step[0]}: {run.stdout}\n{run.stderr}"
    page = (root / "feedback" / "ann" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    text = unescape(re.sub(r"<[^>]+>", "", page))
    assert "Your requests ran one after another" in text
    assert re.search(r"<img[^>]+src=\"data:image/png;base64,", page), \
        "the failing concurrency test should show the timeline picture"
