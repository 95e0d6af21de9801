"""Run one ``nbgrader`` command in a course root, bounded in time, with a one-line summary.

The venv's ``bin`` goes first on ``PATH`` (nbgrader runs ``alembic``), the
command runs from the root (so nbgrader loads its ``nbgrader_config.py``), and
temporary files (kernels' connection files) go to a folder removed afterwards.
With ``sandbox`` or ``hide_tests``, nbgrader runs through
:mod:`autograder.instructor.nbgrader_app`, which configures them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..environment import venv_bin_on_path
from ..grading.nbgrader_results import failure_reason
from ..grading.processes import kill_tree

__all__ = ["Result", "nbgrader"]


@dataclass
class Result:
    """How an nbgrader command ended, and everything it printed."""

    returncode: int
    output: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def reason(self) -> str:
        """Why it failed, in one line."""
        return failure_reason(self.output)


def nbgrader(args: list[str], root: Path, timeout: float | None = None,
             started: Callable[[subprocess.Popen], None] | None = None,
             sandbox: bool = False, hide_tests: bool = False) -> Result:
    """``nbgrader ARGS`` in ``root``; killed with its kernels after ``timeout`` seconds.

    ``started``, if given, is called with the process once it runs (so that a
    caller grading several students at once can kill them all on Ctrl-C).
    """
    options = [o for o, on in (("--sandbox", sandbox), ("--hide-tests", hide_tests)) if on]
    program = ["autograder.instructor.nbgrader_app", *options] if options else ["nbgrader"]
    command = [sys.executable, "-m", *program, *args, f"--CourseDirectory.root={root}"]
    scratch = tempfile.mkdtemp(prefix="nbgrader-")
    env = venv_bin_on_path(dict(os.environ))
    env["TMPDIR"] = env["JUPYTER_RUNTIME_DIR"] = scratch
    try:
        with tempfile.TemporaryFile(dir=scratch) as output:
            process = subprocess.Popen(command, cwd=root, env=env, stdin=subprocess.DEVNULL,
                                       stdout=output, stderr=subprocess.STDOUT,
                                       start_new_session=True)
            timed_out = False
            try:
                if started is not None:
                    started(process)
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                kill_tree(process)
                timed_out = True
            except BaseException:
                kill_tree(process)
                raise
            output.seek(0)
            text = output.read().decode("utf-8", errors="replace")
        return Result(process.returncode, text, timed_out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
