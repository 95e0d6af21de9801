"""Pieces shared by the instructor tests: the fixture course's answers and the CLI.

A class is made of the fixture course's ``demo`` notebook with its answer cells
replaced; each step (collect, autograde, feedback, export) is the real
``python -m autograder`` command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "course"
CORRECT = {"answer-add": "def add(a, b):\n    return a + b",
           "answer-double": "async def double_later(x):\n    return 2 * x"}
WRONG = {**CORRECT, "answer-add": "def add(a, b):\n    return 3"}


def student_notebook(answers: dict[str, str]) -> str:
    """The fixture notebook with its answer cells replaced (hidden tests left out)."""
    notebook = json.loads((FIXTURE / "solutions" / "demo" / "demo.ipynb").read_text())
    for cell in notebook["cells"]:
        if cell["id"] in answers:
            cell["source"] = answers[cell["id"]]
        elif cell["id"].startswith("hidden-"):
            cell["source"] = ""
    return json.dumps(notebook)


def autograder_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m autograder ARGS`` from the repository root, output captured."""
    return subprocess.run([sys.executable, "-m", "autograder", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ))
