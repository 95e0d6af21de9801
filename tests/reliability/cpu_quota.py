"""Grade the corpus on a throttled CPU, as on a JupyterHub with ``cpu_limit``: same verdicts?

    .venv/bin/python -m tests.reliability.cpu_quota [--cpus 0.25] [--jobs 1] [ASSIGNMENT ...]

JupyterHub's ``cpu_limit`` is a CFS quota: the user's processes together get
``cpus`` of one core, however many cores the machine has. This makes a cgroup
(v1 ``cpu`` controller, as root) with ``cpu.cfs_quota_us = cpus * period``,
starts one ``python -m autograder grade --json`` inside it (nbgrader, its kernels
and the student code's processes inherit the group), and compares every score with
the corpus goldens. Prints each mismatch, the wall time, the CPU time used and how
often the quota throttled the group; exits 1 if any verdict differs. Needs a writable
/sys/fs/cgroup/cpu (root, cgroup v1).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from .machines import CORPUS, corpus_notebooks, goldens, mismatches
from .submissions import grade

CGROUP_CPU = Path("/sys/fs/cgroup/cpu")
PERIOD_US = 100_000


class CpuQuota:
    """``with CpuQuota(0.25) as group:`` a cgroup limited to 0.25 CPU; ``group.join`` for
    ``preexec_fn``. Removed at the end (after its processes have ended)."""

    def __init__(self, cpus: float) -> None:
        self.path = CGROUP_CPU / f"asyncio-course-quota-{os.getpid()}"
        self.cpus = cpus

    def __enter__(self) -> CpuQuota:
        self.path.mkdir()
        (self.path / "cpu.cfs_period_us").write_text(str(PERIOD_US))
        (self.path / "cpu.cfs_quota_us").write_text(str(int(self.cpus * PERIOD_US)))
        return self

    def join(self) -> None:
        """Move the calling process (and so its future children) into the group."""
        (self.path / "cgroup.procs").write_text(str(os.getpid()))

    def throttled(self) -> int:
        """How many CFS periods the group was throttled in (its quota used up)."""
        stat = dict(line.split() for line in (self.path / "cpu.stat").read_text().splitlines())
        return int(stat.get("nr_throttled", 0))

    def __exit__(self, *exc_info) -> None:
        for _ in range(50):  # the group can be removed once its last process is gone
            try:
                self.path.rmdir()
                return
            except OSError:
                time.sleep(0.1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignments", nargs="*", help="default: every assignment")
    parser.add_argument("--cpus", type=float, default=0.25)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    assignments = args.assignments or sorted(
        p.parent.name for p in CORPUS.glob("*/solution.json"))
    expected = goldens(corpus_notebooks(assignments))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with CpuQuota(args.cpus) as group:
        graded = grade(list(expected), "--jobs", str(args.jobs), timeout=4 * 3600,
                       preexec_fn=group.join)
        throttled = group.throttled()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    mismatched = mismatches(expected, graded)
    print(f"{len(expected)} notebooks at {args.cpus} CPU, --jobs {args.jobs}: "
          f"{graded.seconds:.0f} s wall, {used:.0f} s CPU, "
          f"{throttled} throttled periods, {len(mismatched)} mismatches")
    print("".join(f"  {m}\n" for m in mismatched), end="")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
