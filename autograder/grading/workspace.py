"""A temporary nbgrader course folder: the course's config, assignments, submissions.

Grading never touches the real course: nbgrader runs inside this folder (its
gradebook, ``submitted/``, ``autograded/``, the kernels' connection files and
temporary files), and the folder is removed when the ``with`` block ends,
whatever happened inside. An assignment's source (hidden tests included) is
copied in with its first submission.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

__all__ = ["LAYOUT", "Workspace"]

# The folder names the workspace creates; the worker passes them to nbgrader so a
# course config with other names still finds them here.
LAYOUT = {"source_directory": "solutions", "submitted_directory": "submitted",
          "autograded_directory": "autograded"}


class Workspace:
    """``with Workspace(solutions, config) as ws:`` a course folder in /tmp."""

    def __init__(self, solutions: Path, config: Path) -> None:
        self.solutions = Path(solutions)
        self.root = Path(tempfile.mkdtemp(prefix="grade-"))
        try:
            shutil.copy2(config, self.root / "nbgrader_config.py")
            # TMPDIR and Jupyter's runtime folder of the processes grading runs: the
            # kernels' connection files stay in here even when a kernel is killed.
            self.scratch = self.root / ".tmp"
            self.scratch.mkdir()
        except BaseException:
            self.close()
            raise

    def add_assignment(self, assignment: str) -> Path:
        """Copy ``assignment``'s source in (once); raises FileNotFoundError if there is none."""
        target = self.root / LAYOUT["source_directory"] / assignment
        if not target.is_dir():
            shutil.copytree(self.solutions / assignment, target,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        return target

    def add_submission(self, student: str, assignment: str, notebook: Path, name: str) -> Path:
        """Copy ``notebook`` to ``submitted/<student>/<assignment>/<name>``."""
        self.add_assignment(assignment)
        target = self.root / LAYOUT["submitted_directory"] / student / assignment / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(notebook, target)
        return target

    def autograded(self, student: str, assignment: str, name: str) -> Path:
        """Where nbgrader writes the executed notebook of ``student``."""
        return self.root / LAYOUT["autograded_directory"] / student / assignment / name

    def close(self) -> None:
        """Remove the folder (idempotent)."""
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
