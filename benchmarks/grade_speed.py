"""How much slower is ``python -m autograder grade`` than just running the notebook?

For one notebook (default: the fixture course's demo solution, graded as a
correct submission) it measures, each in a fresh process, ``--repeats`` times,
and prints the medians:

- floor, kernel: start a bare python3 kernel and shut it down;
- floor, execute: ``nbclient`` executes the notebook (its own kernel start
  included), timed inside the process, and the same process's wall time with
  Python's start and imports;
- grade: ``python -m autograder grade NOTEBOOK --json`` (nbgrader's API in one
  worker process: generate_assignment, then autograde, reading the gradebook);
- nbgrader CLI: the same two steps as two ``nbgrader`` commands in a temporary
  course, the way a shell script would run them;

then the ratio grade / floor. Run from the repository root::

    .venv/bin/python benchmarks/grade_speed.py [--repeats 3] [--notebook NB --solutions DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timed_run import timed_run  # noqa: E402  (benchmarks/, beside this script)

from autograder.grading.identify import identify, read_notebook, source_notebooks  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "course" / "solutions"

KERNEL = """
import time
from jupyter_client.manager import start_new_kernel
began = time.perf_counter()
km, kc = start_new_kernel(kernel_name="python3")
kc.stop_channels()
km.shutdown_kernel(now=True)
print(time.perf_counter() - began)
"""

EXECUTE = """
import sys, time
import nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
began = time.perf_counter()
NotebookClient(nb, timeout=60, kernel_name="python3").execute()
print(time.perf_counter() - began)
"""


def _nbgrader_cli(notebook: Path, solutions: Path) -> float:
    """generate_assignment + autograde as two nbgrader commands in a temporary course."""
    source = identify(read_notebook(notebook), notebook.name, source_notebooks(solutions))
    root = Path(tempfile.mkdtemp(prefix="grade-speed-"))
    try:
        shutil.copy2(ROOT / "nbgrader_config.py", root)
        shutil.copytree(solutions / source.assignment, root / "solutions" / source.assignment)
        target = root / "submitted" / "s1" / source.assignment / source.name
        target.parent.mkdir(parents=True)
        shutil.copy2(notebook, target)
        nbgrader = [sys.executable, "-m", "nbgrader"]
        began = time.perf_counter()
        timed_run([*nbgrader, "generate_assignment", source.assignment, "--force", "--create"],
                  cwd=root)
        timed_run([*nbgrader, "autograde", source.assignment, "--student", "s1", "--force"],
                  cwd=root)
        return time.perf_counter() - began
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notebook", type=Path, default=FIXTURE / "demo" / "demo.ipynb")
    parser.add_argument("--solutions", type=Path, default=FIXTURE)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    samples: dict[str, list[float]] = {k: [] for k in
                                       ("kernel", "execute", "execute_process", "grade", "cli")}
    for _ in range(args.repeats):
        samples["kernel"].append(float(timed_run([python, "-c", KERNEL])[1]))
        wall, out = timed_run([python, "-c", EXECUTE, str(args.notebook)])
        samples["execute"].append(float(out))
        samples["execute_process"].append(wall)
        wall, out = timed_run([python, "-m", "autograder", "grade", "--json", "--solutions",
                          str(args.solutions), str(args.notebook)])
        [graded] = json.loads(out)["notebooks"]
        samples["grade"].append(wall)
        samples["cli"].append(_nbgrader_cli(args.notebook, args.solutions))
    m = {k: statistics.median(v) for k, v in samples.items()}
    print(f"notebook: {args.notebook} ({graded['assignment']}, "
          f"{graded['score']}/{graded['max_score']}), median of {args.repeats}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"floor, bare kernel start + shutdown      {m['kernel']:6.2f} s")
    print(f"floor, nbclient execute (in process)     {m['execute']:6.2f} s")
    print(f"floor, nbclient execute (whole process)  {m['execute_process']:6.2f} s")
    print(f"python -m autograder grade               {m['grade']:6.2f} s")
    print(f"nbgrader CLI (generate + autograde)      {m['cli']:6.2f} s")
    print(f"ratio grade / execute in process         {m['grade'] / m['execute']:6.1f}")
    print(f"ratio grade / execute whole process      {m['grade'] / m['execute_process']:6.1f}")
    print(f"ratio nbgrader CLI / grade               {m['cli'] / m['grade']:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
