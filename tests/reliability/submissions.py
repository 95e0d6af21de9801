"""Tampered and broken submissions of one real assignment, made in a temporary folder.

Every submission starts from the student release of 05-gather
(``exercises/05-gather/05-gather.ipynb``) and is changed with nbformat the way
a student could change it in JupyterLab: answer cells filled in, cells edited,
tagged, deleted, added or retyped. :func:`grade` runs the real
``python -m autograder grade --json`` on a batch of them and returns the
scores by file name, the stderr lines and the wall time.
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

import nbformat

ROOT = Path(__file__).resolve().parents[2]
ASSIGNMENT = "05-gather"
RELEASE = ROOT / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
SOURCE = ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"

# The graded cells of 05-gather and their points (9 in all).
POINTS = {"check-fetch-all": 1.0, "hidden-fetch-all": 2.0,
          "check-fetch-profile": 1.0, "hidden-fetch-profile": 2.0,
          "check-fetch-in-batches": 1.0, "hidden-fetch-in-batches": 2.0}
FETCH_ALL = ("check-fetch-all", "hidden-fetch-all")
STUB = "async def fetch_all(urls):\n    return None"
SEQUENTIAL = """async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        return [await fetch_text(session, url) for url in urls]"""


def scores(**overrides: float) -> dict[str, float]:
    """Full marks for every test, except the ``grade_id=points`` given (dashes as _)."""
    full = dict(POINTS)
    for key, value in overrides.items():
        full[key.replace("_", "-")] = value
    return full


def zero(*grade_ids: str) -> dict[str, float]:
    """Full marks except 0 for ``grade_ids``."""
    return {g: (0.0 if g in grade_ids else p) for g, p in POINTS.items()}


def answers() -> dict[str, str]:
    """The correct answer cells (the source's, solution markers removed), by grade_id."""
    notebook = nbformat.read(SOURCE, 4)
    return {grade_id(c): "\n".join(line for line in c.source.splitlines()
                                    if "### BEGIN SOLUTION" not in line
                                    and "### END SOLUTION" not in line)
            for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution")}


def grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def release(**answer_sources: str):
    """The release notebook with every answer correct, except those given (``fetch_all=...``)."""
    notebook = nbformat.read(RELEASE, 4)
    sources = answers()
    for name, source in answer_sources.items():
        sources[f"answer-{name.replace('_', '-')}"] = source
    for cell in notebook.cells:
        if grade_id(cell) in sources:
            cell.source = sources[grade_id(cell)]
    return notebook


def graded_cells(notebook):
    """The graded (test) cells of ``notebook``."""
    return [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade")]


def new_cell(source: str):
    """A cell a student adds: no nbgrader metadata."""
    return nbformat.v4.new_code_cell(source)


def write(folder: Path, name: str, notebook) -> Path:
    path = folder / f"{name}.ipynb"
    nbformat.write(copy.deepcopy(notebook), path)
    return path


@dataclass
class Graded:
    """One ``grade --json`` call: scores and messages per file stem (and per path as
    given, in ``by_path``), stderr lines, exit code, wall time."""

    scores: dict[str, dict[str, float | None]]
    messages: dict[str, dict[str, str]]
    errors: list[str]
    returncode: int
    seconds: float
    by_path: dict[str, dict[str, tuple[float | None, str]]]


def grade(paths: list[Path], *extra: str, timeout: float = 600, env: dict | None = None,
          preexec_fn=None) -> Graded:
    """Grade ``paths`` in ONE ``python -m autograder grade --json`` call (``preexec_fn``
    runs in the child before it starts, e.g. to join a cgroup)."""
    start = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "autograder", "grade", "--json", *extra, *map(str, paths)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
        env=dict(os.environ) if env is None else env, preexec_fn=preexec_fn)
    seconds = time.monotonic() - start
    document = json.loads(run.stdout) if run.stdout.strip() else {"notebooks": []}
    got, messages, by_path = {}, {}, {}
    for notebook in document["notebooks"]:
        stem = Path(notebook["path"]).stem
        got[stem] = {t["grade_id"]: t["score"] for t in notebook["tests"]}
        messages[stem] = {t["grade_id"]: t.get("message") or "" for t in notebook["tests"]}
        by_path[notebook["path"]] = {t["grade_id"]: (t["score"], t.get("message") or "")
                                     for t in notebook["tests"]}
    errors = [line for line in run.stderr.splitlines() if line.strip()]
    return Graded(got, messages, errors, run.returncode, seconds, by_path)
