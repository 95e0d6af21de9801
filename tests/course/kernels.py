"""Start course kernels the way the tests need them: offline, on the shared mock server.

Every kernel gets an environment with ``tests/course/offline`` first on
``PYTHONPATH`` (its ``sitecustomize.py`` refuses any connection off this
machine) and ``ASYNC_COURSE_SERVER`` pointing at the session's mock server, so
``ensure_server()`` in the notebooks reuses it instead of starting its own.
The kernelspec ``python3`` starts ``python``, which jupyter_client replaces by
the interpreter running the tests (the venv's); a test checks it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

__all__ = [
    "COURSE", "KERNEL_NAME", "OFFLINE", "ROOT", "cell_text", "each_cell_twice", "execute",
    "kernel_environment",
]

ROOT = Path(__file__).resolve().parents[2]
COURSE = ROOT / "course"
OFFLINE = Path(__file__).resolve().parent / "offline"
KERNEL_NAME = "python3"
CELL_TIMEOUT = 60  # seconds per cell; the slowest lesson cell waits about 7 s


def kernel_environment(server_url: str) -> dict[str, str]:
    """The environment of a course kernel: offline guard first, the shared server's URL."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(OFFLINE), env.get("PYTHONPATH", "")) if p)
    env["ASYNC_COURSE_SERVER"] = server_url
    env.pop("PYTHONASYNCIODEBUG", None)  # lessons measure timings; debug mode would skew them
    return env


def execute(nb: nbformat.NotebookNode, env: dict[str, str], cwd: Path = COURSE,
            allow_errors: bool = False) -> float:
    """Execute ``nb`` in place under a fresh ``python3`` kernel; returns the seconds it took.

    Raises:
        nbclient.exceptions.CellExecutionError: a cell raised (unless ``allow_errors``).
    """
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=CELL_TIMEOUT,
                            allow_errors=allow_errors,
                            resources={"metadata": {"path": str(cwd)}})
    start = time.perf_counter()
    client.execute(env=env)  # passed on to KernelManager.start_kernel(env=...)
    return time.perf_counter() - start


def each_cell_twice(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``nb`` in which every code cell runs twice in a row, as a learner re-runs it.

    Each cell's ``id`` becomes ``cell-N`` (N counts the lesson's cells) and its rerun's
    ``cell-N-again``, so a failure names the lesson cell and the run.
    """
    twice = nbformat.from_dict(nb)
    twice.cells = []
    for n, cell in enumerate(nb.cells):
        first = nbformat.from_dict(cell)
        first["id"] = f"cell-{n}"
        twice.cells.append(first)
        if cell.cell_type == "code":
            again = nbformat.from_dict(cell)
            again["id"] = f"cell-{n}-again"
            twice.cells.append(again)
    return twice


def cell_text(cell, error_prefix: str = "") -> str:
    """Everything a code cell printed or displayed as text, errors included."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append(f"{error_prefix}{out.ename}: {out.evalue}")
        elif "text/plain" in out.get("data", {}):
            parts.append(out.data["text/plain"])
    return "".join(parts)
