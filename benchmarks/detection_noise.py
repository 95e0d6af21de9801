"""How far apart are the runner's signals and its noise, on this Python, with every core busy?

    .venv/bin/python benchmarks/detection_noise.py [--runs 100] [--burners N]
    .venv-3.13/bin/python benchmarks/detection_noise.py        # the same on 3.13

While one CPU-burning process per core runs, each repetition runs, through the
isolated runner the checks use (server in this process, as in a kernel):

- a correct gather of 10 requests (/delay/0.2): its worst loop lag is the noise
  under DEFAULT_MAX_LAG (0.15 s);
- five time.sleep(0.2) in coroutines: the lag a blocking call shows;
- a thread doing CPU work beside the loop (asyncio.to_thread): lesson 12's noise;
- a hang (await an Event nobody sets) and a blocked hang (time.sleep(3)) with a
  0.5 s timeout: is each detected as the right kind, and how long did it take?

Prints the worst and best figures and the ratios to the thresholds.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder import Scope  # noqa: E402
from autograder.outcome import DEFAULT_MAX_LAG  # noqa: E402
from autograder.runner import run_isolated  # noqa: E402
from tests.reliability.load import Burners  # noqa: E402


async def correct_gather(urls):
    async with aiohttp.ClientSession() as session:
        async def get(url):
            async with session.get(url) as response:
                return await response.read()
        return await asyncio.gather(*(get(url) for url in urls))


async def blocking_sleeps():
    async def one():
        time.sleep(0.2)  # noqa: ASYNC251 - the mistake being measured
    await asyncio.gather(*(one() for _ in range(5)))


def crunch(n=300_000):
    return sum(i * i for i in range(n))


async def cpu_in_a_thread():
    return await asyncio.gather(*(asyncio.to_thread(crunch) for _ in range(3)))


async def hang():
    await asyncio.Event().wait()


async def blocked_hang():
    time.sleep(3)  # noqa: ASYNC251 - the mistake being measured


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--burners", type=int, default=None, help="default: one per core")
    parser.add_argument("--hangs", type=int, default=10, help="hang runs of each kind")
    args = parser.parse_args(argv)
    correct, blocking, thread_cpu = [], [], []
    hangs_ok, blocked_ok, hang_seconds = 0, 0, []
    with Burners(args.burners) as burners:
        for _ in range(args.runs):
            scope = Scope("noise")
            urls = [scope.url(f"/delay/0.2?i={i}") for i in range(10)]
            correct.append(run_isolated(correct_gather, urls, timeout=10).max_lag)
            blocking.append(run_isolated(blocking_sleeps, timeout=10).max_lag)
            thread_cpu.append(run_isolated(cpu_in_a_thread, timeout=30).max_lag)
        for _ in range(args.hangs):
            start = time.perf_counter()
            report = run_isolated(hang, timeout=0.5)
            hang_seconds.append(time.perf_counter() - start)
            hangs_ok += report.timed_out and not report.loop_blocked_at_timeout \
                and not report.abandoned
            report = run_isolated(blocked_hang, timeout=0.5)
            blocked_ok += report.timed_out and report.loop_blocked_at_timeout
        n = burners.n
    print(f"Python {sys.version.split()[0]}, {n} burners, {args.runs} runs of each kind")
    print(f"correct gather of 10, worst lag:       {max(correct):.3f} s "
          f"(threshold {DEFAULT_MAX_LAG} s is {DEFAULT_MAX_LAG / max(correct):.1f}x above)")
    print(f"5 x time.sleep(0.2), smallest lag:     {min(blocking):.3f} s "
          f"({min(blocking) / DEFAULT_MAX_LAG:.1f}x the threshold)")
    print(f"CPU work in threads, worst loop lag:   {max(thread_cpu):.3f} s "
          f"(median {sorted(thread_cpu)[len(thread_cpu) // 2]:.3f} s)")
    print(f"hangs seen as awaiting, unwound:       {hangs_ok}/{args.hangs} "
          f"(slowest report {max(hang_seconds):.2f} s for a 0.5 s timeout)")
    print(f"blocked hangs seen as blocked:         {blocked_ok}/{args.hangs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
