"""What does the sandbox cost ``autograde`` on a class of 10?

The class of ``class_grading.py`` (10 submissions of ``05-gather``: the corpus
solution five times and five wrong variants) is collected into fresh course
roots with the assignment generated beforehand, so the timed part is the
grading alone. Then, alternating the order each round, ``python -m autograder
autograde 05-gather`` sandboxed (the default) and with ``--no-sandbox``. Prints
both median wall times, the cost ratio (goal: at most 10 % more time), and
whether both exports equal the corpus's golden scores. Run from the repository
root::

    .venv/bin/python benchmarks/sandbox_cost.py [--repeats 3] [--jobs 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from class_grading import ASSIGNMENT, _class, _cli, _course, _golden, _scores

MODES = {"sandboxed": [], "unsandboxed": ["--no-sandbox"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    agree = True
    base = Path(tempfile.mkdtemp(prefix="sandbox-cost-"))
    try:
        submissions = _class(base / "class")
        golden = _golden(submissions)
        for round_ in range(args.repeats):
            order = list(MODES) if round_ % 2 == 0 else list(reversed(MODES))
            for mode in order:
                root = _course(base, f"round{round_}-{mode}", submissions)
                times[mode].append(_cli("autograde", ASSIGNMENT, "--jobs", str(args.jobs),
                                        *MODES[mode], "--root", str(root)))
                scores = _scores(root)
                agree = agree and scores == golden
                print(f"round {round_ + 1}: {mode:<11} {times[mode][-1]:6.1f} s, scores "
                      f"{'= the goldens' if scores == golden else sorted(scores.values())}",
                      flush=True)
                shutil.rmtree(root, ignore_errors=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    boxed, bare = (statistics.median(times[m]) for m in ("sandboxed", "unsandboxed"))
    print(f"class of 10, {ASSIGNMENT}, --jobs {args.jobs}, median of {args.repeats}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"autograde (sandboxed)         {boxed:6.1f} s")
    print(f"autograde --no-sandbox        {bare:6.1f} s")
    print(f"sandbox cost                  {100 * (boxed / bare - 1):+6.1f} %  (goal <= +10 %)")
    print(f"both exports = the goldens    {'yes' if agree else 'NO'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
