"""Submissions, command-line runs and result look-ups shared by the grading tests.

Submissions are made by editing the release nbgrader generates from
``tests/fixtures/course/solutions/demo``.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COURSE = ROOT / "tests" / "fixtures" / "course"
SOLUTIONS = COURSE / "solutions"

ADD = "def add(a, b):\n    return a + b"
DOUBLE = "async def double_later(x):\n    await asyncio.sleep(0.01)\n    return 2 * x"
CORRECT = {"answer-add": ADD, "answer-double": DOUBLE}
# add() is wrong for the hidden test only: the visible one passes.
WRONG = {"answer-add": "def add(a, b):\n    return 3", "answer-double": DOUBLE}
# A student cell that never finishes, before `add` is defined: only add's tests
# should fail; the cells after it must still run.
HANGS = {
    "await-forever": "await asyncio.Event().wait()\n" + ADD,
    "busy-loop": "while True:\n    pass\n" + ADD,
    "sleep": "import time\ntime.sleep(1000)\n" + ADD,
}
# Debug output on stderr: nbgrader scores every test cell that prints it 0.
NOISY = "import sys\n\ndef add(a, b):\n    print('debug', file=sys.stderr)\n    return a + b"
# A coroutine that hangs for x == 2 only, awaited by the visible test cell.
AWAIT_IN_TEST = ("async def double_later(x):\n    if x == 2:\n"
                 "        await asyncio.Event().wait()\n    return 2 * x")
# A blocking call inside an awaited coroutine wedges the kernel: no interrupt
# lands, so every later cell times out. Only the notebook's bound ends it.
WEDGE = "import time\n\nasync def stuck():\n    time.sleep(1000)\n\nawait stuck()\n" + ADD


def edit(release: dict, answers: dict[str, str]) -> dict:
    """A copy of the released notebook with the answer cells replaced."""
    notebook = copy.deepcopy(release)
    for cell in notebook["cells"]:
        if cell.get("id") in answers:
            cell["source"] = answers[cell["id"]]
    return notebook


def write(path: Path, notebook: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


def launch(command: list[str], tmpdir: Path | None = None) -> subprocess.Popen:
    """Start ``command`` from the repository root (optionally with its own TMPDIR)."""
    from autograder.environment import venv_bin_on_path

    env = venv_bin_on_path(dict(os.environ))
    if tmpdir is not None:
        tmpdir.mkdir(parents=True, exist_ok=True)
        env["TMPDIR"] = str(tmpdir)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


# Small bounds so hangs cost seconds: a cell may run 2 s; the wedged notebook's
# grading is stopped after 8 s.
CELL = "2"
BOUND = "8"

# Prints nbgrader's own gradebook revision (from the alembic executable, slow),
# then the one the worker gives new gradebooks without it.
ALEMBIC_CHECK = ("import nbgrader.api as a; real = a.get_alembic_version(); "
                 "from autograder.grading.worker import _skip_alembic_subprocess as s; s(); "
                 "print(real, a.get_alembic_version())")


@dataclass
class Run:
    """A finished command-line run."""

    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    tmpdir: Path

    def json(self) -> dict:
        return json.loads(self.stdout)


class Runs:
    """Command-line runs started together; ``runs["name"]`` waits for one."""

    def __init__(self) -> None:
        self._started: dict[str, tuple[list[str], subprocess.Popen, float, Path]] = {}
        self._done: dict[str, Run] = {}

    def start(self, name: str, args: list[str], tmpdir: Path) -> None:
        """Start ``python -m autograder ARGS``."""
        self.start_command(name, [sys.executable, "-m", "autograder", *args], tmpdir)

    def start_command(self, name: str, command: list[str], tmpdir: Path) -> None:
        """Start any command."""
        self._started[name] = (command, launch(command, tmpdir), time.monotonic(), tmpdir)

    def __getitem__(self, name: str) -> Run:
        if name not in self._done:
            args, process, began, tmpdir = self._started[name]
            stdout, stderr = process.communicate(timeout=240)
            self._done[name] = Run(args, process.returncode, stdout, stderr,
                                   time.monotonic() - began, tmpdir)
        return self._done[name]

    def stop(self) -> None:
        for _, process, _, _ in self._started.values():
            if process.poll() is None:
                process.kill()
            process.communicate()  # also closes its pipes (unread runs left them open)


def by_name(run: Run) -> dict[str, dict]:
    """The graded notebooks of a JSON run, by file stem."""
    return {Path(nb["path"]).stem: nb for nb in run.json()["notebooks"]}


def grades_of(notebook: dict) -> dict[str, dict]:
    return {test["grade_id"]: test for test in notebook["tests"]}
