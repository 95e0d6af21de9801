"""The long run: repeat the load test K times and write a Markdown report.

    .venv/bin/python -m tests.reliability.soak --repeat 20
    .venv/bin/python -m tests.reliability.soak --repeat 3 --all --jobs 2

Each repetition grades every full-mark corpus submission of the load test's
assignments (``--all``: of every assignment) in one ``python -m autograder grade
--json`` call (``--jobs N``: N notebooks at a time) while one
CPU-burning process per core runs (see :mod:`tests.reliability.load`). The
report (repetitions, false fails, timing min/median/max) goes to
``benchmarks/results/reliability.md``. Exit status 1 when any correct
submission lost a mark. Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from .load import ASSIGNMENTS, every_assignment, run_once
from .submissions import ROOT

REPORT = ROOT / "benchmarks" / "results" / "reliability.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="repetitions (default 10)")
    parser.add_argument("--burners", type=int, default=None,
                        help="CPU-burning processes (default: one per core)")
    parser.add_argument("--assignments", nargs="+", default=list(ASSIGNMENTS))
    parser.add_argument("--all", action="store_true", help="every assignment with a corpus")
    parser.add_argument("--jobs", type=int, default=1, help="grade --jobs N (default 1)")
    parser.add_argument("--out", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    if args.all:
        args.assignments = list(every_assignment())

    runs = []
    for index in range(1, args.repeat + 1):
        run = run_once(tuple(args.assignments), burners=args.burners, jobs=args.jobs)
        runs.append(run)
        print(f"{index}/{args.repeat}: {run.notebooks} notebooks in {run.seconds:.1f} s, "
              f"{len(run.false_fails)} false fail(s)", flush=True)
        for line in run.false_fails:
            print(f"  {line}", flush=True)

    seconds = [r.seconds for r in runs]
    fails = [line for r in runs for line in r.false_fails]
    lines = [
        "# Reliability: correct submissions graded under load",
        "",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- assignments: {', '.join(args.assignments)} "
        f"({runs[0].notebooks} full-mark corpus notebooks per repetition, one grade call "
        f"with --jobs {args.jobs})",
        f"- CPU burners: {args.burners or 'one per core'}",
        f"- repetitions: {len(runs)}",
        f"- false fails: {len(fails)}",
        f"- seconds per grade call: min {min(seconds):.1f}, "
        f"median {statistics.median(seconds):.1f}, max {max(seconds):.1f}",
    ]
    if fails:
        lines += ["", "## False fails", "", *(f"- {line}" for line in fails)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")
    print(f"report: {args.out}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
