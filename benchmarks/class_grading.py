"""How much faster does ``autograde --jobs 2`` grade a class than ``--jobs 1``?

A class of 10 submissions of ``05-gather`` (the corpus solution five times and
the corpus's five wrong variants) is collected into two temporary copies of a
course root (``nbgrader_config.py`` + ``solutions/05-gather``), and the
assignment is generated in each beforehand, so the timed part is the grading
alone. Then, alternating, ``python -m autograder autograde 05-gather --jobs 1``
on one copy and ``--jobs 2`` on the other (``--repeats`` rounds, a fresh pair of
copies each round); prints both wall times, the speedup, and whether the two
exports agree score for score and with the corpus's golden scores. With
``--load``, one CPU-burning process per core runs during the grading (the load
test's burners): the scores must still be the goldens. Run from the repository
root::

    .venv/bin/python benchmarks/class_grading.py [--repeats 2] [--jobs 2] [--load]
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder.environment import venv_bin_on_path  # noqa: E402
from autograder.instructor.nbgrader_cmd import nbgrader  # noqa: E402
from tests.reliability.load import Burners  # noqa: E402

ASSIGNMENT = "05-gather"
CORPUS = ROOT / "tests" / "corpus" / ASSIGNMENT


def _class(folder: Path) -> Path:
    """A folder of 10 submissions: the solution 5 times, then each wrong variant."""
    folder.mkdir()
    variants = sorted(p for p in CORPUS.glob("*.ipynb") if p.stem != "solution")[:5]
    for i in range(10 - len(variants)):
        shutil.copy2(CORPUS / "solution.ipynb", folder / f"right{i}.ipynb")
    for i, variant in enumerate(variants):
        shutil.copy2(variant, folder / f"wrong{i}.ipynb")
    return folder


def _cli(*args: str) -> float:
    """Wall seconds of ``python -m autograder ARGS`` (exit 0 or 1 both count as done)."""
    env = venv_bin_on_path(dict(os.environ))
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "autograder", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=3600, check=False)
    seconds = time.perf_counter() - began
    if result.returncode not in (0, 1):
        raise SystemExit(f"failed: {' '.join(args)}\n{result.stderr[-2000:]}")
    return seconds


def _golden(submissions: Path) -> dict[str, float]:
    """Each student's expected total, from the corpus goldens of the notebook they sent."""
    import filecmp
    import json

    expected = {}
    for notebook in submissions.glob("*.ipynb"):
        source = next(p for p in CORPUS.glob("*.ipynb") if filecmp.cmp(p, notebook, shallow=False))
        expected[notebook.stem] = sum(json.loads(source.with_suffix(".json").read_text()).values())
    return expected


def _course(base: Path, name: str, submissions: Path) -> Path:
    """A course root with the class collected and the assignment generated."""
    root = base / name
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, root / "solutions" / ASSIGNMENT)
    _cli("collect", str(submissions), "--assignment", ASSIGNMENT, "--root", str(root))
    if not nbgrader(["generate_assignment", ASSIGNMENT, "--force", "--create"], root,
                    timeout=600).ok:
        raise SystemExit(f"generate_assignment failed in {root}")
    return root


def _scores(root: Path) -> dict[str, float]:
    target = root / "grades.csv"
    _cli("export", "--root", str(root), "--to", str(target))
    with target.open() as handle:
        return {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--load", action="store_true", help="burn every core while grading")
    args = parser.parse_args()
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    agree = True
    base = Path(tempfile.mkdtemp(prefix="class-grading-"))
    try:
        submissions = _class(base / "class")
        golden = _golden(submissions)
        for round_ in range(args.repeats):
            order = (1, args.jobs) if round_ % 2 == 0 else (args.jobs, 1)
            scores = {}
            for jobs in order:
                root = _course(base, f"round{round_}-jobs{jobs}", submissions)
                with Burners(None if args.load else 0):
                    times[jobs].append(_cli("autograde", ASSIGNMENT, "--jobs", str(jobs),
                                            "--root", str(root)))
                scores[jobs] = _scores(root)
                print(f"round {round_ + 1}: --jobs {jobs}: {times[jobs][-1]:6.1f} s, "
                      f"scores {sorted(scores[jobs].values())}", flush=True)
            agree = agree and scores[1] == scores[args.jobs] == golden
    finally:
        shutil.rmtree(base, ignore_errors=True)
    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    print(f"class of 10, {ASSIGNMENT}, median of {args.repeats}, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}"
          f"{', every core burnt while grading' if args.load else ''}")
    print(f"autograde --jobs 1            {one:6.1f} s")
    print(f"autograde --jobs {args.jobs:<2}           {many:6.1f} s")
    print(f"speedup                       {one / many:6.2f}x")
    print(f"both exports = the goldens    {'yes' if agree else 'NO'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
