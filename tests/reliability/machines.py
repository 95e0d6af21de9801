"""Other machines, simulated: a faster CPU, another core count, a CPU quota.

A verdict is a claim about the student's code, so it must not change with the
machine that grades it. Grading owns the exercises' workload (12's
``count_primes``) and the kernels' environment, so a test can make the machine
look different to the student's code and compare every score with the goldens:

- :func:`faster_workload` copies the course's ``solutions/`` with ``count_primes``
  replaced by one that returns the same counts with a third of the divisions, as
  on a CPU 3x faster (still pure Python, holding the GIL the same way);
- :func:`cpu_count_environment` makes ``os.cpu_count()`` (and 3.13's
  ``os.process_cpu_count()``) answer ``n`` in every process grading starts, so the
  default thread pool (``min(32, cores + 4)`` threads) is sized as on that machine;
- the 0.25 CPU quota is :mod:`tests.reliability.cpu_quota`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from .submissions import ROOT, Graded

__all__ = ["CORPUS", "corpus_notebooks", "cpu_count_environment", "faster_workload",
           "goldens", "mismatches"]

CORPUS = ROOT / "tests" / "corpus"
WORKLOAD_ASSIGNMENT = "12-asyncio-threads-processes"

# count_primes with 6k±1 trial division: the same count for every range, about a third
# of the original's divisions (3.0x faster measured on 0..500,000: 3.12 s against 1.03 s).
FASTER_COUNT_PRIMES = '''
@recorded
def count_primes(start, stop):
    """How many primes are in ``range(start, stop)``: as on a CPU 3x faster."""
    found = sum(1 for p in (2, 3) if start <= p < stop)
    for n in range(max(start, 5), stop):
        if n % 2 == 0 or n % 3 == 0:
            continue
        limit, d = int(n ** 0.5), 5
        while d <= limit:
            if n % d == 0 or n % (d + 2) == 0:
                break
            d += 6
        else:
            found += 1
    return found
'''

CPU_COUNT_PATCH = '''"""Grading on a machine with {n} cores, as the graded code sees it."""
import os

os.cpu_count = lambda: {n}
if hasattr(os, "process_cpu_count"):
    os.process_cpu_count = lambda: {n}
'''


def corpus_notebooks(assignments: list[str], mentioning: str | None = None) -> list[Path]:
    """The corpus notebooks of ``assignments``; with ``mentioning``, only those whose answer
    (the ``.py`` beside it) matches that regex, and each assignment's solution."""
    paths = []
    for assignment in assignments:
        for notebook in sorted((CORPUS / assignment).glob("*.ipynb")):
            answer = notebook.with_suffix(".py")
            if (mentioning is None or notebook.stem == "solution"
                    or (answer.exists() and re.search(mentioning, answer.read_text()))):
                paths.append(notebook)
    return paths


def goldens(notebooks: list[Path]) -> dict[Path, dict[str, float]]:
    """Each notebook's golden scores, by grade_id."""
    return {nb: {k: float(v) for k, v in json.loads(nb.with_suffix(".json").read_text()).items()}
            for nb in notebooks}


def mismatches(expected: dict[Path, dict[str, float]], graded: Graded) -> list[str]:
    """Every score that differs from its golden (and grading's own errors), one line each."""
    lines = list(graded.errors)
    for path, scores in expected.items():
        got = graded.by_path.get(str(path), {})
        for grade_id, points in scores.items():
            score, message = got.get(grade_id, (None, "not graded"))
            if score != points:
                lines.append(f"{path.parent.name}/{path.stem} {grade_id}: got {score}, "
                             f"expected {points} ({message[:200]})")
    return lines


def faster_workload(into: Path) -> Path:
    """A copy of ``solutions/`` in ``into`` whose 12 workload runs as on a 3x faster CPU."""
    solutions = into / "solutions"
    shutil.copytree(ROOT / "solutions", solutions,
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    workload = solutions / WORKLOAD_ASSIGNMENT / "workload.py"
    text = workload.read_text()
    original = re.search(r"\n@recorded\ndef count_primes\(.*?(?=\n\n\n|\Z)", text, re.DOTALL)
    if original is None:
        raise ValueError(f"{workload}: no @recorded count_primes to replace")
    workload.write_text(text[:original.start()] + FASTER_COUNT_PRIMES.rstrip("\n")
                        + text[original.end():])
    return solutions


def cpu_count_environment(n: int, into: Path) -> dict[str, str]:
    """The environment of a grading run on which every process sees ``n`` cores."""
    into.mkdir(parents=True, exist_ok=True)
    (into / "sitecustomize.py").write_text(CPU_COUNT_PATCH.format(n=n))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(into), env.get("PYTHONPATH", "")) if p)
    return env
