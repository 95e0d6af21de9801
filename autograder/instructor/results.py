"""``python -m autograder feedback A`` and ``python -m autograder export [--to grades.csv]``.

Thin wrappers: ``nbgrader generate_feedback A --force`` writes
``feedback/<student>/<A>/<notebook>.html`` for every autograded student, and
``nbgrader export --to FILE`` writes one CSV row per student and assignment
(students registered without a submission score 0).

The feedback HTML shows every cell as autograded, hidden tests included
(nbgrader does so by design), unless ``hide_tests`` (``feedback --hide-tests``):
then each hidden test shows its message and points, not its code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .nbgrader_cmd import nbgrader

__all__ = ["export", "feedback"]


def feedback(assignment: str, root: Path, hide_tests: bool = False) -> int:
    """Generate the feedback HTML of ``assignment``; print where it is."""
    result = nbgrader(["generate_feedback", assignment, "--force"], root, timeout=1800,
                      hide_tests=hide_tests)
    if not result.ok:
        print(f"feedback: nbgrader generate_feedback failed: {result.reason()}", file=sys.stderr)
        return 1
    pages = sorted((root / "feedback").glob(f"*/{assignment}/*.html"))
    print(f"feedback of {assignment}: {len(pages)} page(s) in feedback/<student>/{assignment}/")
    return 0


def export(root: Path, to: Path | None = None) -> int:
    """Export every grade of the gradebook to a CSV file (default ``ROOT/grades.csv``)."""
    target = (Path(to) if to else root / "grades.csv").resolve()
    result = nbgrader(["export", f"--to={target}"], root, timeout=600)
    if not result.ok:
        print(f"export: nbgrader export failed: {result.reason()}", file=sys.stderr)
        return 1
    print(f"grades exported to {target}")
    return 0
