"""Cells with nbgrader metadata, for writing exercise notebooks with nbformat.

An exercise notebook in ``solutions/`` is a sequence of these:

>>> nb = new_exercise([
...     intro("# 05 · gather — exercises", "intro"),
...     setup("from autograder.checks import Check"),
...     answer("answer-fetch-all", "async def fetch_all(urls):\\n    ### BEGIN SOLUTION\\n ..."),
...     test("check-fetch-all", "...", points=1),
...     test("hidden-fetch-all", "### BEGIN HIDDEN TESTS\\n...\\n### END HIDDEN TESTS", points=2),
... ])

Cell ids equal grade ids, so they stay stable across edits.
"""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

__all__ = ["answer", "intro", "new_exercise", "setup", "test"]


def _meta(grade_id: str, *, grade: bool, solution: bool, locked: bool,
          points: float | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


def intro(text: str, grade_id: str):
    """A read-only markdown cell (instructions)."""
    return new_markdown_cell(text, id=grade_id,
                             metadata=_meta(grade_id, grade=False, solution=False, locked=True))


def setup(code: str, grade_id: str = "setup"):
    """A read-only code cell students run first (imports, the server URL)."""
    return new_code_cell(code, id=grade_id,
                         metadata=_meta(grade_id, grade=False, solution=False, locked=True))


def answer(grade_id: str, code: str):
    """The cell a student edits; code between ``### BEGIN/END SOLUTION`` is removed on release."""
    return new_code_cell(code, id=grade_id,
                         metadata=_meta(grade_id, grade=False, solution=True, locked=False))


def test(grade_id: str, code: str, points: float):
    """A locked, graded test cell; hidden parts go between ``### BEGIN/END HIDDEN TESTS``."""
    return new_code_cell(code, id=grade_id,
                         metadata=_meta(grade_id, grade=True, solution=False, locked=True,
                                        points=points))


def new_exercise(cells: list) -> nbformat.NotebookNode:
    """A valid notebook (python3 kernel) made of ``cells``."""
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(nb)
    return nb
