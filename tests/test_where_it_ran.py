"""Does a recorded function tell the check which thread ran it, whatever the machine's speed?

The work here is deliberately tiny (microseconds): a CPU four times faster than
any student's still leaves a call on the loop's thread, so the verdict cannot
depend on how long the call took.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from autograder.outcome import RunOutcome
from autograder.runner import run_isolated
from autograder.where_it_ran import calls_since, mark, recorded


@recorded
def tiny_work(n):
    return sum(range(n))


async def on_the_loop():
    return [tiny_work(10), tiny_work(20)]


async def in_threads():
    return await asyncio.gather(asyncio.to_thread(tiny_work, 10), asyncio.to_thread(tiny_work, 20))


async def in_a_process_pool():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        return await asyncio.gather(*(loop.run_in_executor(pool, tiny_work, n) for n in (10, 20)))


def test_a_recorded_function_behaves_and_pickles_as_itself():
    """Does the wrapper return the same value, keep the name, and pickle by reference?"""
    start = mark()
    assert tiny_work(4) == 6
    assert tiny_work.__name__ == "tiny_work"
    assert pickle.loads(pickle.dumps(tiny_work)) is tiny_work
    assert [call.name for call in calls_since(start)] == ["tiny_work"]


def test_a_call_that_raises_is_recorded_too():
    """Is a call recorded even when the function raises?"""
    start = mark()
    with pytest.raises(TypeError):
        tiny_work("x")
    assert len(calls_since(start)) == 1


def test_calls_on_the_loop_fail_the_check_by_name():
    """Are two calls made inside a coroutine seen on the loop's thread, and named?"""
    report = run_isolated(on_the_loop, timeout=5)
    assert [c.name for c in report.calls_on_loop("tiny_work")] == ["tiny_work", "tiny_work"]
    with pytest.raises(AssertionError, match=r"tiny_work\(\) ran on the event loop's own "
                                             r"thread \(2 calls"):
        RunOutcome(report).ran_off_the_loop(tiny_work)
    with pytest.raises(AssertionError, match="ProcessPoolExecutor for CPU-heavy work"):
        RunOutcome(report).ran_off_the_loop(tiny_work)
    with pytest.raises(AssertionError) as info:
        RunOutcome(report).ran_off_the_loop(tiny_work, advice="Use asyncio.to_thread.")
    assert str(info.value).endswith("Use asyncio.to_thread.")
    assert "ProcessPoolExecutor" not in str(info.value)


def test_calls_in_threads_pass():
    """Are calls made through asyncio.to_thread recorded, and not on the loop's thread?"""
    report = run_isolated(in_threads, timeout=5)
    assert report.value == [45, 190]
    assert len(report.calls) == 2 and report.calls_on_loop("tiny_work") == []
    RunOutcome(report).ran_off_the_loop(tiny_work)


@pytest.mark.slow
def test_calls_in_a_process_pool_pass():
    """Do calls made in spawned worker processes leave no record here (they ran elsewhere)?"""
    report = run_isolated(in_a_process_pool, timeout=60)
    assert report.value == [45, 190], report.describe()
    assert report.calls_on_loop("tiny_work") == []
    RunOutcome(report).ran_off_the_loop(tiny_work)


def test_other_runs_calls_are_not_counted():
    """Does a run see only the calls made during it, not those of an earlier run?"""
    run_isolated(on_the_loop, timeout=5)
    report = run_isolated(in_threads, timeout=5)
    assert report.calls_on_loop("tiny_work") == []


def test_importing_the_recorder_does_not_load_the_server():
    """Can a spawned worker import a workload module without loading aiohttp?"""
    code = "import sys, autograder.where_it_ran; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
