"""Tests of the checks on the run itself: each fails, with its message, on the matching mistake.

These need no server counts: a :class:`RunOutcome` wraps the runner's report.
Each mistake is a small coroutine named after it.
"""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from autograder.outcome import DEFAULT_MAX_LAG, RunOutcome
from autograder.runner import run_isolated


async def waits_forever():
    await asyncio.Queue().get()


async def blocks_forever():
    time.sleep(1000)  # noqa: ASYNC251 - the mistake under test


async def raises():
    raise KeyError("missing")


async def fetch(url):
    return url


async def nested_run():
    return asyncio.run(fetch("x"))


async def forgot_await():
    fetch("x")


async def unclosed_session(url):
    session = aiohttp.ClientSession()
    async with session.get(url) as response:
        return response.status


async def forgotten_task():
    async def fails():
        raise ValueError("lost")

    task = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    del task


async def leaves_task_running():
    asyncio.create_task(asyncio.sleep(10))  # noqa: RUF006 - the mistake under test


async def one_after_another():
    for _ in range(4):
        await asyncio.sleep(0.2)


async def correct():
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(3)))
    return "ok"


def outcome(fn, *args, timeout: float = 5.0) -> RunOutcome:
    return RunOutcome(run_isolated(fn, *args, timeout=timeout))


def fails_with(outcome_call, *fragments: str) -> str:
    """Call an assertion method; it must fail with a message holding every fragment."""
    with pytest.raises(AssertionError) as info:
        outcome_call()
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_correct_code_passes_every_run_check():
    """Does correct code pass every check on the run, each returning the outcome?"""
    out = outcome(correct)
    chained = (
        out.finished().loop_not_blocked().no_pending_tasks().all_awaited().sessions_closed()
        .no_unretrieved_exceptions().no_warnings()
        # 3 x 0.1 s together take ~0.1 s; 1 s leaves room for a loaded machine.
        .took_at_most(1.0)
    )
    assert chained is out and out.value == "ok" and out.error is None


def test_finished_tells_a_hang_from_a_blocked_loop():
    """Does finished() tell a never-finishing await from a blocking call, naming the line?"""
    out = outcome(waits_forever, timeout=0.4)
    fails_with(out.finished, "still waiting on an await that never finished after 0.4 s",
               "asyncio.Queue().get()", "— a missing timeout, or an Event/Queue nobody sets?")
    out = outcome(blocks_forever, timeout=0.4)
    fails_with(out.finished, "the event loop was blocked for the last", "time.sleep(1000)",
               "— a blocking call such as time.sleep or requests.get inside async def?")
    fails_with(out.loop_not_blocked, "The event loop was blocked for")


def test_finished_shows_the_error():
    """Does finished() name the exception, its message and the line it came from?"""
    out = outcome(raises)
    fails_with(out.finished, "raises() raised KeyError: 'missing'", 'raise KeyError("missing")')
    assert out.raised(KeyError) is out
    fails_with(lambda: out.raised(ValueError), "expected to raise ValueError", "raised KeyError")
    out = outcome(lambda: 42)
    fails_with(out.finished, "not a coroutine", "async def")
    out = outcome(nested_run)
    fails_with(out.finished, "cannot be called from a running event loop",
               "`await` the coroutine instead of calling asyncio.run()")


def test_never_awaited_names_the_coroutine():
    """Does all_awaited() say which coroutine was never awaited?"""
    out = outcome(forgot_await)
    fails_with(out.all_awaited, "coroutine 'fetch' was never awaited — a missing await?")
    fails_with(out.no_warnings, "coroutine 'fetch' was never awaited")


def test_unclosed_session_points_at_async_with(mock_server):
    """Does sessions_closed() fail an unclosed session and suggest `async with`?"""
    out = outcome(unclosed_session, f"{mock_server.url}/get")
    out.finished()
    fails_with(out.sessions_closed, "1 aiohttp ClientSession was never closed",
               "async with aiohttp.ClientSession()")


def test_lost_exception_and_leaked_task():
    """Do no_unretrieved_exceptions() and no_pending_tasks() name the task and the error?"""
    fails_with(outcome(forgotten_task).no_unretrieved_exceptions,
               "Task exception was never retrieved", "ValueError: lost")
    fails_with(outcome(leaves_task_running).no_pending_tasks,
               "1 task was still running", "sleep()", "create_task")


def test_took_at_most_is_a_loose_bound():
    """Does took_at_most() fail code far slower than the bound?"""
    out = outcome(one_after_another)
    # 4 x 0.2 s one after another cannot take under 0.8 s; 0.4 s is half of that.
    fails_with(lambda: out.took_at_most(0.4), "expected at most 0.4 s")


def test_default_max_lag_sits_below_a_short_sleep():
    """Is the default lag threshold below what one time.sleep(0.2) shows (>= 0.195 s)?"""
    assert 0.05 < DEFAULT_MAX_LAG < 0.195
    assert "max lag" in repr(outcome(correct))


def test_returned_coroutine_fails_all_awaited():
    """Does returning an un-awaited coroutine in the result fail all_awaited, naming it?"""
    async def brew():
        return "coffee"

    async def routine():
        return ["toast", brew()]  # forgot await

    outcome = RunOutcome(run_isolated(routine, timeout=5))
    with pytest.raises(AssertionError, match=r"returned a coroutine object \(.*brew\)"):
        outcome.all_awaited()


def test_took_at_least_catches_a_skipped_wait():
    """Does a function that never waits fail took_at_least, and one that waits pass?"""
    async def no_wait():
        return "hello"

    async def waits():
        await asyncio.sleep(0.2)

    with pytest.raises(AssertionError, match="the wait was skipped"):
        RunOutcome(run_isolated(no_wait, timeout=5)).took_at_least(0.2)
    RunOutcome(run_isolated(waits, timeout=5)).took_at_least(0.15)  # 0.05 s: clock granularity
