"""Tests of the isolated runner: each classic mistake ends in a report, within the timeout.

Every test uses the real mock server and real threads. Wall-clock assertions
are upper bounds only, with the margin explained where they appear.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time

import aiohttp
import pytest

from autograder.checks import Check
from autograder.measure import raised_at
from autograder.runner import CANCEL_GRACE, NotAwaitableError, run_isolated
from autograder.scope import Scope

# Slack on top of a timeout for the runner's own work: starting the thread,
# cancelling, and two or three full garbage collections, which take ~0.1 s each in
# a process holding 200,000 objects (measured in the whole suite). 1 s covered that
# with the suite alone on 2 cores, but not at a load average of 12 (1.29 s over a 0.5 s
# timeout, measured); 4 s still tells a bounded run from a wedged one (the full 1000 s).
SLACK = 4.0


async def hang():
    await asyncio.Event().wait()


async def block():
    time.sleep(1000)  # noqa: ASYNC251 - the mistake under test


async def block_briefly():
    time.sleep(0.8)  # noqa: ASYNC251 - the mistake under test


async def spin():
    while True:
        pass


async def swallow_cancellation():
    while True:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            pass


async def leak_task():
    asyncio.create_task(asyncio.sleep(30), name="forgotten")  # noqa: RUF006 - under test
    return "done"


async def leave_session_open(url):
    session = aiohttp.ClientSession()
    async with session.get(url) as response:
        return response.status


async def close_without_await(url):
    session = aiohttp.ClientSession()
    async with session.get(url) as response:
        await response.read()
    session.close()  # the mistake under test: a coroutine, never awaited


async def cancel_without_awaiting():
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()  # the mistake under test: the cancellation is never waited for
    return "done"


async def cancel_and_await():
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return "done"


async def fail_with_open_session(url):
    session = aiohttp.ClientSession()
    async with session.get(url) as response:
        raise RuntimeError(f"status {response.status}")


async def fetch(url):
    return url


async def forget_await(url):
    fetch(url)


async def lose_exception():
    async def boom():
        raise ValueError("boom")

    asyncio.ensure_future(boom())  # noqa: RUF006 - the mistake under test
    await asyncio.sleep(0.05)


async def raise_value_error():
    raise ValueError("bad input")


def not_async():
    return 42


async def say_hello():
    print("hello from the student")
    return 1


@pytest.fixture
def scope(mock_server) -> Scope:
    return Scope("runner", base_url=mock_server.url)


def test_hang_fails_within_timeout_naming_the_await():
    """Does a hang fail within the timeout with a message naming the await?"""
    start = time.perf_counter()
    report = run_isolated(hang, timeout=0.5)
    assert time.perf_counter() - start < 0.5 + SLACK
    assert report.timed_out and not report.loop_blocked_at_timeout
    assert "asyncio.Event().wait()" in report.stuck_at
    assert report.error is None  # our own cancellation is not the student's error
    assert not report.abandoned


def test_blocking_call_is_abandoned_at_timeout():
    """Does time.sleep(1000) in async def end the run at the timeout, seen as a blocked loop?"""
    start = time.perf_counter()
    report = run_isolated(block, timeout=0.5)
    assert time.perf_counter() - start < 0.5 + SLACK
    assert report.timed_out and report.loop_blocked_at_timeout
    assert "time.sleep(1000)" in report.stuck_at
    assert report.blocked_for > 0.4 and report.max_lag > 0.4
    assert report.abandoned


def test_abandoned_thread_stops_quietly_when_its_call_returns(capfd):
    """Does a thread abandoned in a blocking call stop, silently, once the call returns?"""
    report = run_isolated(block_briefly, timeout=0.3)
    assert report.loop_blocked_at_timeout
    deadline = time.monotonic() + 5  # the 0.8 s sleep ends long before this
    while any(t.name == "isolated-block_briefly" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the abandoned thread kept running"
        time.sleep(0.05)
    assert capfd.readouterr().err == ""


def test_busy_loop_is_seen_as_blocking_and_stopped():
    """Is `while True: pass` in async def reported as blocking, and its thread stopped?"""
    report = run_isolated(spin, timeout=0.3)
    assert report.timed_out and report.loop_blocked_at_timeout
    assert "spin() line" in report.stuck_at
    deadline = time.monotonic() + 5  # the injected exception lands within a bytecode
    while any(t.name == "isolated-spin" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the busy loop kept running"
        time.sleep(0.05)


def test_swallowed_cancellation_still_returns():
    """Does code that swallows CancelledError still let the run end?"""
    start = time.perf_counter()
    report = run_isolated(swallow_cancellation, timeout=0.3)
    # The runner waits CANCEL_GRACE for the cancellation, then stops the loop.
    assert time.perf_counter() - start < 0.3 + 2 * CANCEL_GRACE + SLACK
    assert report.timed_out and not report.loop_blocked_at_timeout


def test_leaked_task_is_reported_and_cancelled():
    """Is a task still running after the function returned reported by its coroutine?"""
    report = run_isolated(leak_task, timeout=2)
    assert report.value == "done" and not report.timed_out
    assert report.pending_tasks == ["sleep()"]
    assert not report.abandoned  # it was cancelled and the loop closed


def test_a_task_cancelled_but_never_awaited_is_still_running_at_return():
    """Is a task the code cancelled but never waited for listed as running when it returned?

    Listed one loop turn later, it would have ended already and gone unseen.
    """
    report = run_isolated(cancel_without_awaiting, timeout=2)
    assert report.value == "done"
    assert report.pending_tasks == ["sleep() (cancelled, but never awaited)"]


def test_a_cancelled_task_that_was_awaited_is_not_listed():
    """Is a task cancelled and then awaited (gather with return_exceptions) not listed?"""
    report = run_isolated(cancel_and_await, timeout=2)
    assert report.value == "done" and report.pending_tasks == []


def test_unclosed_session_is_counted_once(scope):
    """Is an aiohttp session left open counted once (warning and loop report together)?"""
    report = run_isolated(leave_session_open, scope.url("/get"), timeout=5)
    assert report.value == 200
    assert report.unclosed_sessions == 1
    assert not report.stderr_free


def test_close_never_awaited_is_reported_not_a_crash(scope):
    """Is an un-awaited session.close() (three warnings, one freeing the next) reported?

    Its warnings arrive in a chain, each collection freeing the next object that warns;
    the capture once raised TypeError on the one it had not converted.
    """
    report = run_isolated(close_without_await, scope.url("/get"), timeout=5)
    assert report.error is None and not report.timed_out
    assert report.never_awaited == ["ClientSession.close"]
    assert report.unclosed_sessions == 1


def test_session_left_open_by_an_error_is_counted(scope):
    """Is a session still held by the failing frame counted, with the line still shown?"""
    report = run_isolated(fail_with_open_session, scope.url("/get"), timeout=5)
    assert isinstance(report.error, RuntimeError)
    assert report.unclosed_sessions == 1
    assert "fail_with_open_session() line" in raised_at(report.error)


def test_never_awaited_coroutine_is_named():
    """Is a coroutine called without await reported by name?"""
    report = run_isolated(forget_await, "x", timeout=2)
    assert report.never_awaited == ["fetch"]


def test_unretrieved_exception_is_reported():
    """Is an exception lost in a forgotten task reported with its type and message?"""
    report = run_isolated(lose_exception, timeout=2)
    assert len(report.unretrieved) == 1
    assert "never retrieved" in report.unretrieved[0]
    assert "ValueError: boom" in report.unretrieved[0]


def test_student_error_is_the_report_error():
    """Is the student's exception returned in the report rather than raised?"""
    report = run_isolated(raise_value_error, timeout=2)
    assert isinstance(report.error, ValueError) and not report.timed_out


def test_plain_function_is_reported_as_not_async():
    """Is a plain `def` returning a value reported as not being async?"""
    report = run_isolated(not_async, timeout=2)
    assert isinstance(report.error, NotAwaitableError)
    assert "async def" in str(report.error)
    assert report.value == 42


def test_coroutine_object_and_kwargs_are_accepted():
    """Can a check pass a coroutine object, or keyword arguments?"""
    assert run_isolated(fetch("a"), timeout=2).value == "a"
    assert run_isolated(fetch, url="b", timeout=2).value == "b"


async def test_works_from_a_running_event_loop():
    """Does the runner work from a thread whose event loop is running (a notebook cell)?"""
    asyncio.get_running_loop()
    report = run_isolated(fetch, "c", timeout=2)
    assert report.value == "c" and report.error is None


def test_nothing_reaches_stderr_and_prints_go_through(capfd, scope):
    """Do all the mistakes above stay off stderr, while the student's prints still show?"""
    run_isolated(forget_await, "x", timeout=2)
    run_isolated(lose_exception, timeout=2)
    run_isolated(leave_session_open, scope.url("/get"), timeout=5)
    run_isolated(leak_task, timeout=2)
    run_isolated(raise_value_error, timeout=2)
    run_isolated(hang, timeout=0.2)
    run_isolated(say_hello, timeout=2)
    out, err = capfd.readouterr()
    assert err == ""
    assert "hello from the student" in out


def test_patched_clocks_do_not_skew_the_measurement(monkeypatch):
    """Does a student who patches time.perf_counter and asyncio.sleep still get measured?"""

    async def fake_sleep(delay, result=None):
        return result

    monkeypatch.setattr(time, "perf_counter", lambda: 0.0)
    monkeypatch.setattr(time, "monotonic", lambda: 0.0)
    monkeypatch.setattr(asyncio, "sleep", fake_sleep)

    async def blocks_then_returns():
        time.sleep(0.3)  # noqa: ASYNC251 - the mistake under test
        await asyncio.sleep(0)

    report = run_isolated(blocks_then_returns, timeout=3)
    monkeypatch.undo()
    assert report.error is None and not report.timed_out
    assert report.max_lag >= 0.25  # a 0.3 s block is at least 0.295 s of lag
    assert report.elapsed >= 0.25


async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:

        async def one(url):
            async with session.get(url) as response:
                return await response.json()

        return await asyncio.gather(*(one(url) for url in urls))


def test_correct_fetch_passes_while_both_cores_are_busy(mock_server):
    """Does a correct gather pass concurrent(5) and loop_not_blocked() with both cores busy?"""
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)
    ]
    try:
        for _ in range(3):
            check = Check("under-load", timeout=10, base_url=mock_server.url)
            urls = [check.url(f"/delay/0.3?i={i}") for i in range(5)]
            out = check.run(fetch_all, urls)
            out.finished().concurrent(5).loop_not_blocked().sessions_closed().all_awaited()
            assert len(out.value) == 5
    finally:
        for burner in burners:
            burner.kill()  # by its own PID
            burner.wait()
