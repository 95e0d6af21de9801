"""What does autograding a full submission cost above the work its tests need?

A full submission is every assignment's corpus solution
(``tests/corpus/*/solution.ipynb``, those that exist). Measured side by side,
alternating, ``--repeats`` times, each in a fresh process:

- grade: ``python -m autograder grade --json`` on all of them in one command
  (one temporary course and one nbgrader worker for all, hidden tests
  included), with ``--jobs 1`` and with ``--jobs 2`` (two workers);
- floor: one process that executes each assignment's SOURCE notebook
  (``solutions/<A>/*.ipynb``: the same cells, hidden tests included) with
  nbclient, one fresh kernel each, in a temporary copy of the assignment's
  folder -- the kernel starts and the execution the hidden tests themselves
  need; reported in process (kernels + execution) and as the whole process;
- kernels: the same number of bare kernel starts and shutdowns, for reference.

Prints the medians and the ratios grade / floor (goal <= 1.3). Run from the
repository root::

    .venv/bin/python benchmarks/full_submission.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timed_run import timed_run  # noqa: E402  (benchmarks/, beside this script)

FLOOR = """
import shutil, sys, tempfile, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient
began = time.perf_counter()
for folder in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / Path(folder).name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        for path in sorted(copy.glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                           resources={"metadata": {"path": str(copy)}}).execute()
print(time.perf_counter() - began)
"""

KERNELS = """
import sys, time
from jupyter_client.manager import start_new_kernel
began = time.perf_counter()
for _ in range(int(sys.argv[1])):
    km, kc = start_new_kernel(kernel_name="python3")
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(time.perf_counter() - began)
"""


def _run(command: list[str]) -> tuple[float, str]:
    return timed_run(command, timeout=3600)  # 14 notebooks, one after another


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    solutions = sorted(ROOT.glob("tests/corpus/*/solution.ipynb"))
    assignments = [p.parent.name for p in solutions]
    folders = [str(ROOT / "solutions" / a) for a in assignments]
    python = sys.executable
    samples: dict[str, list[float]] = {k: [] for k in ("grade", "grade2", "floor",
                                                       "floor_process", "kernels")}
    scores = set()
    for _ in range(args.repeats):
        for key, jobs in (("grade", "1"), ("grade2", "2")):
            wall, out = _run([python, "-m", "autograder", "grade", "--json", "--jobs", jobs,
                              *map(str, solutions)])
            samples[key].append(wall)
            graded = json.loads(out)["notebooks"]
            scores.add(", ".join(f"{n['assignment'][:2]} {n['score']:g}/{n['max_score']:g}"
                                 for n in graded))
        wall, out = _run([python, "-c", FLOOR, *folders])
        samples["floor"].append(float(out))
        samples["floor_process"].append(wall)
        samples["kernels"].append(float(_run([python, "-c", KERNELS,
                                              str(len(folders))])[1]))
    m = {k: statistics.median(v) for k, v in samples.items()}
    print(f"{len(solutions)} corpus solutions ({assignments[0]} .. {assignments[-1]}), "
          f"median of {args.repeats}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"scores: {' | '.join(sorted(scores))}")
    print(f"bare kernel start + shutdown x {len(folders):<2}        {m['kernels']:7.1f} s")
    print(f"floor: nbclient, source notebooks (in process)  {m['floor']:7.1f} s")
    print(f"floor: nbclient, source notebooks (process)     {m['floor_process']:7.1f} s")
    print(f"python -m autograder grade --jobs 1             {m['grade']:7.1f} s")
    print(f"python -m autograder grade --jobs 2             {m['grade2']:7.1f} s")
    for key, label in (("grade", "--jobs 1"), ("grade2", "--jobs 2")):
        print(f"ratio grade {label} / floor in process         "
              f"{m[key] / m['floor']:7.2f}")
        print(f"ratio grade {label} / floor whole process      "
              f"{m[key] / m['floor_process']:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
