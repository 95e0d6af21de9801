"""How long does the whole course take to run, lesson by lesson, as a student runs it?

Executes every notebook of ``course/`` top to bottom with nbclient, one fresh
``python3`` kernel each, one after another, in a temporary copy of the folder
(lessons write files). Each kernel starts its own mock server, as in
JupyterLab. Repeats ``--repeats`` times and prints each notebook's median,
the spread, and the total against the kernel starts alone. Run from the
repository root::

    .venv/bin/python benchmarks/course_time.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder.environment import venv_bin_on_path  # noqa: E402


def _execute(path: Path, env: dict) -> float:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=120,
                            resources={"metadata": {"path": str(path.parent)}})
    began = time.perf_counter()
    client.execute(env=env)
    return time.perf_counter() - began


def _kernel_start(env: dict) -> float:
    began = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3", env=env)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    env = venv_bin_on_path(dict(os.environ))
    env.pop("ASYNC_COURSE_SERVER", None)  # each kernel its own server, as a student's
    env.pop("PYTHONASYNCIODEBUG", None)
    names = sorted(p.name for p in (ROOT / "course").glob("*.ipynb"))
    times: dict[str, list[float]] = {name: [] for name in names}
    kernels: list[float] = []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as scratch:
            course = Path(scratch) / "course"
            shutil.copytree(ROOT / "course", course,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
            for name in names:
                times[name].append(_execute(course / name, env))
        kernels.append(sum(_kernel_start(env) for _ in names))
    print(f"{len(names)} notebooks, median of {args.repeats}, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}")
    for name in names:
        runs = times[name]
        print(f"{name:<45} {statistics.median(runs):6.1f} s   "
              f"({min(runs):.1f} to {max(runs):.1f})")
    totals = [sum(times[name][i] for name in names) for i in range(args.repeats)]
    print(f"{'total':<45} {statistics.median(totals):6.1f} s   "
          f"({min(totals):.1f} to {max(totals):.1f})")
    print(f"{'the same number of bare kernel starts':<45} "
          f"{statistics.median(kernels):6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
