"""Which assignment does a student's notebook belong to?

A student may rename the file or move it anywhere, so the name is only a
tie-breaker: the notebook is matched by its nbgrader cells. Each cell of an
exercise keeps its ``grade_id`` in its metadata; the source notebook in
``solutions/<assignment>/`` sharing the most graded ``grade_id`` s wins. Cells
every exercise has (``setup``, ``intro``) do not count on their own: at least
one graded cell (a test) must be shared.

Notebooks are read with :mod:`json` only (no nbformat import: it costs seconds).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SourceNotebook", "duplicate_ids", "Unusable", "identify", "read_notebook",
           "source_notebooks"]


class Unusable(Exception):
    """A path that cannot be graded; ``str(error)`` is the one-line reason."""


@dataclass(frozen=True)
class SourceNotebook:
    """One notebook of ``solutions/``: its assignment, file, grade ids and tests (with points)."""

    assignment: str
    path: Path
    grade_ids: frozenset[str]
    tests: tuple[tuple[str, float], ...]

    @property
    def graded_ids(self) -> frozenset[str]:
        """The grade ids of the graded (test) cells."""
        return frozenset(grade_id for grade_id, _ in self.tests)

    @property
    def name(self) -> str:
        """The file name nbgrader expects in ``submitted/`` (e.g. ``demo.ipynb``)."""
        return self.path.name


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as JSON; raises :class:`Unusable` with the reason."""
    if not path.exists():
        raise Unusable("no such file")
    if not path.is_file():
        raise Unusable("not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise Unusable("not a notebook: not UTF-8 text") from None
    except OSError as error:
        raise Unusable(f"cannot read it ({error.strerror})") from None
    try:
        notebook = json.loads(text)
    except json.JSONDecodeError as error:
        raise Unusable(f"not a notebook: invalid JSON ({error.msg} at line {error.lineno} "
                       f"column {error.colno})") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise Unusable("not a notebook: JSON without a list of cells")
    return notebook


def _grade_ids(notebook: dict) -> tuple[set[str], list[tuple[str, float]]]:
    """All grade ids of the notebook's nbgrader cells, and the graded cells with points."""
    every, graded = set(), []
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader") if isinstance(cell, dict) else None
        if isinstance(meta, dict) and isinstance(meta.get("grade_id"), str):
            every.add(meta["grade_id"])
            if meta.get("grade"):
                graded.append((meta["grade_id"], float(meta.get("points") or 0)))
    return every, graded


def duplicate_ids(notebook: dict) -> list[str]:
    """Grade ids held by more than one cell (nbgrader cannot grade such a notebook)."""
    seen, twice = set(), []
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader") if isinstance(cell, dict) else None
        grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
        if isinstance(grade_id, str):
            if grade_id in seen and grade_id not in twice:
                twice.append(grade_id)
            seen.add(grade_id)
    return twice


def source_notebooks(solutions: Path) -> list[SourceNotebook]:
    """Every notebook of every assignment folder of ``solutions``."""
    found = []
    if not solutions.is_dir():
        return found
    for folder in sorted(p for p in solutions.iterdir() if p.is_dir()):
        if folder.name.startswith("."):
            continue
        for path in sorted(folder.glob("*.ipynb")):
            every, graded = _grade_ids(read_notebook(path))
            found.append(SourceNotebook(folder.name, path, frozenset(every), tuple(graded)))
    return found


def identify(notebook: dict, file_name: str,
             sources: list[SourceNotebook]) -> SourceNotebook:
    """The source notebook sharing most graded cells with ``notebook``; raises Unusable."""
    every, _ = _grade_ids(notebook)

    def rank(source: SourceNotebook) -> tuple:
        union = len(every | source.grade_ids) or 1
        return (len(every & source.graded_ids), len(every & source.grade_ids) / union,
                file_name == source.name)

    candidates = [s for s in sources if every & s.graded_ids]
    if not candidates:
        if not every:
            raise Unusable("no nbgrader cells: not one of the course's exercise notebooks")
        raise Unusable("matches no assignment (none of its test cells is in solutions/)")
    return max(candidates, key=rank)
