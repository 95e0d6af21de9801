"""Does the lessons' heartbeat see a blocked loop, and only a blocked one?"""

from __future__ import annotations

import asyncio
import time

from autograder.loop_watch import LoopWatch


def test_a_blocking_sleep_shows_as_lag():
    async def main():
        async with LoopWatch() as watch:
            time.sleep(0.3)  # noqa: ASYNC251 -- the blocking call under test
        return watch

    watch = asyncio.run(main())
    # The heartbeat was due 10 ms in and woke after the 0.3 s sleep: at least 0.25 s late
    # even if the sleep itself ran short by a clock tick; elapsed covers the sleep.
    assert watch.worst_lag >= 0.25
    assert watch.elapsed >= 0.29


def test_awaiting_leaves_the_loop_free():
    async def main():
        async with LoopWatch() as watch:
            await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(5)))
        return watch

    watch = asyncio.run(main())
    # 0.2 s of free loop is about 20 beats; a correct await lags a few ms, even under load
    # (0.006-0.07 s worst measured with a CPU burner per core, benchmarks/README.md).
    assert watch.worst_lag < 0.15
    assert watch.beats >= 5
    assert 0.19 <= watch.elapsed < 1.0


def test_the_heartbeat_is_gone_after_the_block():
    async def main():
        async with LoopWatch():
            await asyncio.sleep(0.02)
        return len(asyncio.all_tasks())

    assert asyncio.run(main()) == 1  # only main() itself
