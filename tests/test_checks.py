"""Tests of the student-facing checks: each fails, with its message, on the matching mistake.

Each mistake is a small coroutine named after it, run against the real mock
server with delays of 0.1-0.5 s. The assertions rest on counts the server saw
(peak in flight, connections, cancelled requests), not on wall-clock time.
"""

from __future__ import annotations

import asyncio
import socket
import time

import aiohttp
import pytest

from autograder.checks import Check, Outcome


@pytest.fixture
def check(mock_server):
    """A factory of checks on the test server: ``check("label", timeout=...)``."""

    def make(label: str = "check", timeout: float = 5.0) -> Check:
        return Check(label, timeout=timeout, base_url=mock_server.url)

    return make


async def get(session, url):
    async with session.get(url) as response:
        return await response.json()


async def gather_all(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(get(session, url) for url in urls))


async def sequential_awaits(urls):
    async with aiohttp.ClientSession() as session:
        return [await get(session, url) for url in urls]


async def session_per_request(urls):
    async def one(url):
        async with aiohttp.ClientSession() as session:
            return await get(session, url)

    return await asyncio.gather(*(one(url) for url in urls))


# Two batches of 5: five requests in flight at once need five connections either
# way, but a shared session reuses them for the second batch (5 in all, not 10).
async def session_per_request_in_batches(urls):
    return await session_per_request(urls[:5]) + await session_per_request(urls[5:])


async def shared_session_in_batches(urls):
    async with aiohttp.ClientSession() as session:
        first = await asyncio.gather(*(get(session, url) for url in urls[:5]))
        return first + await asyncio.gather(*(get(session, url) for url in urls[5:]))


async def time_sleep_in_coroutine(urls):
    async with aiohttp.ClientSession() as session:

        async def one(url):
            time.sleep(0.2)  # noqa: ASYNC251 - the mistake under test
            return await get(session, url)

        return await asyncio.gather(*(one(url) for url in urls))


async def bounded(urls, limit=2):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def one(url):
            async with semaphore:
                return await get(session, url)

        return await asyncio.gather(*(one(url) for url in urls))


async def cancels_slow(fast, slow):
    async with aiohttp.ClientSession() as session:
        try:
            await asyncio.wait_for(get(session, slow), timeout=0.2)
        except TimeoutError:
            pass
        return await get(session, fast)


async def ignores_slow(fast, slow):
    async with aiohttp.ClientSession() as session:
        task = asyncio.create_task(get(session, slow))
        await asyncio.wait({task}, timeout=0.2)  # the task keeps running
        return await get(session, fast)


async def raises(urls):
    raise KeyError("missing")


def fails_with(outcome_call, *fragments: str) -> str:
    """Call an assertion method; it must fail with a message holding every fragment."""
    with pytest.raises(AssertionError) as info:
        outcome_call()
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def urls_for(check: Check, n: int, delay: float = 0.1) -> list[str]:
    return [check.url(f"/delay/{delay}?i={i}") for i in range(n)]


def test_correct_code_passes_the_whole_chain(check):
    """Does a correct gather pass every check, each returning the Outcome?"""
    c = check("fetch-all")
    out = c.run(gather_all, urls_for(c, 5, 0.3))
    assert isinstance(out, Outcome)
    chained = (
        out.finished().concurrent(5).at_most_in_flight(5).requests(5).requests_between(5, 5)
        .loop_not_blocked().no_pending_tasks().all_awaited().sessions_closed()
        .connections_at_most(5).no_unretrieved_exceptions().no_warnings()
        # 5 x 0.3 s run together take ~0.3 s, one after another 1.5 s: 1.2 s sits
        # between the two with room for a loaded machine.
        .took_at_most(1.2)
    )
    assert chained is out
    assert len(out.value) == 5


def test_sequential_awaits_fail_concurrent(check):
    """Do awaits one after another fail concurrent(5) with 'one after another'?"""
    c = check("sequential")
    out = c.run(sequential_awaits, urls_for(c, 5))
    out.finished().requests(5)
    fails_with(lambda: out.concurrent(5), "one after another", "more than 1 in flight",
               "expected 5", "gather")


def test_session_per_request_fails_connections(check):
    """Does a new ClientSession per request fail connections_at_most, and one session pass?"""
    c = check("session-per-request")
    out = c.run(session_per_request_in_batches, urls_for(c, 10))
    out.finished().requests(10)
    fails_with(lambda: out.connections_at_most(5), "10 separate connections",
               "a new ClientSession per request?")
    c = check("shared-session")
    c.run(shared_session_in_batches, urls_for(c, 10)).finished().connections_at_most(5)


def test_time_sleep_fails_loop_not_blocked(check):
    """Does time.sleep in async def fail loop_not_blocked while asyncio code passes?"""
    c = check("time-sleep")
    out = c.run(time_sleep_in_coroutine, urls_for(c, 3))
    out.finished()
    fails_with(out.loop_not_blocked, "The event loop was blocked for",
               "a blocking call such as time.sleep or requests.get inside async def?")
    assert out.report.max_lag >= 0.195  # each sleep alone blocks 0.2 s
    c = check("no-sleep")
    c.run(gather_all, urls_for(c, 3)).finished().loop_not_blocked()


def test_cancelled_at_least_needs_a_real_cancellation(check):
    """Does a wait_for that cancels pass cancelled_at_least(1), and one that ignores fail?"""
    c = check("cancels")
    c.run(cancels_slow, c.url("/get"), c.url("/delay/2")).finished().cancelled_at_least(1)
    c = check("ignores")
    out = c.run(ignores_slow, c.url("/get"), c.url("/delay/2"))
    out.finished()
    fails_with(lambda: out.cancelled_at_least(1), "ignored, not cancelled", "task.cancel()")
    c = check("waits-it-out")
    out = c.run(gather_all, [c.url("/delay/0.3")])
    fails_with(lambda: out.cancelled_at_least(1), "0 cancelled requests", "ran to its end")


def test_unbounded_concurrency_fails_at_most_in_flight(check):
    """Does gathering everything at once fail at_most_in_flight(2), and a Semaphore pass?"""
    c = check("unbounded")
    out = c.run(gather_all, urls_for(c, 6))
    fails_with(lambda: out.at_most_in_flight(2), "6 requests in flight", "Semaphore(2)")
    c = check("bounded")
    c.run(bounded, urls_for(c, 6)).finished().at_most_in_flight(2).concurrent(2)


async def semaphore_per_request(urls):
    async with aiohttp.ClientSession() as session:
        async def get(url):
            async with asyncio.Semaphore(2):  # the mistake under test: one per request
                async with session.get(url) as response:
                    return response.status
        return await asyncio.gather(*(get(url) for url in urls))


async def semaphore_of_three(urls):
    semaphore = asyncio.Semaphore(3)  # shared, but the wrong size
    async with aiohttp.ClientSession() as session:
        async def get(url):
            async with semaphore, session.get(url) as response:
                return response.status
        return await asyncio.gather(*(get(url) for url in urls))


async def semaphore_of_one(urls):
    semaphore = asyncio.Semaphore(1)
    async with aiohttp.ClientSession() as session:
        async def get(url):
            async with semaphore, session.get(url) as response:
                return response.status
        return await asyncio.gather(*(get(url) for url in urls))


def test_at_most_in_flight_names_what_the_limit_did(check):
    """Is a Semaphore made per request told apart from a shared one of the wrong size?"""
    c = check("semaphore-per-request")
    out = c.run(semaphore_per_request, urls_for(c, 6)).finished()
    fails_with(lambda: out.at_most_in_flight(2), "all 6 were in flight together",
               "A Semaphore created inside each request's coroutine limits nothing",
               "one asyncio.Semaphore(2) shared by all the requests")
    c = check("semaphore-of-three")
    out = c.run(semaphore_of_three, urls_for(c, 6)).finished()
    message = fails_with(lambda: out.at_most_in_flight(2), "3 requests in flight",
                         "something limited them, but to more than 2")
    assert "limits nothing" not in message


def test_a_semaphore_of_one_is_named_with_the_for_loop(check):
    c = check("semaphore-of-one")
    out = c.run(semaphore_of_one, urls_for(c, 4)).finished()
    fails_with(lambda: out.concurrent(4), "one after another", "Semaphore(1)")


def test_advice_replaces_the_general_remedy(check):
    """Does a task's own advice replace "use aiohttp" where the task forbids it?"""
    c = check("advice")
    out = c.run(time_sleep_in_coroutine, urls_for(c, 3)).finished()
    message = fails_with(lambda: out.loop_not_blocked(advice="Use threads for legacy_get."),
                         "blocked for", "Use threads for legacy_get.")
    assert "aiohttp" not in message
    c = check("advice-sequential")
    out = c.run(sequential_awaits, urls_for(c, 3)).finished()
    message = fails_with(lambda: out.concurrent(3, advice="Gather to_thread calls."),
                         "one after another", "Gather to_thread calls.")
    assert "TaskGroup" not in message


async def forgets_await(urls):
    async def get(url):
        raise AssertionError("never runs")

    for url in urls:
        get(url)  # the mistake under test: each coroutine is dropped, never awaited


def test_request_counts(check):
    """Do requests() and requests_between() say how many the server received?"""
    c = check("counts")
    out = c.run(gather_all, urls_for(c, 3))
    out.requests(3).requests_between(2, 4)
    fails_with(lambda: out.requests(4), "received 3 requests", "expected exactly 4")
    fails_with(lambda: out.requests_between(0, 2), "expected between 0 and 2", "retries")
    c = check("none")
    out = c.run(raises, [])
    fails_with(lambda: out.requests(1), "no requests", "raised KeyError")
    fails_with(lambda: out.concurrent(2), "no requests")
    c = check("forgotten")
    out = c.run(forgets_await, urls_for(c, 2))
    fails_with(lambda: out.concurrent(2), "no requests: a coroutine was never awaited",
               "A missing await?")
    assert "?." not in str(pytest.raises(AssertionError, out.requests, 2).value)


def test_describe_and_repr_summarise(check):
    """Do describe() and repr() show the run and the server's counts?"""
    c = check("describe")
    out = c.run(gather_all, urls_for(c, 2))
    assert "gather_all: returned" in out.describe()
    assert "2 requests, peak 2 in flight" in out.describe()
    assert repr(out).startswith("<Outcome gather_all")
    assert "describe" in repr(c)


def test_a_server_that_does_not_answer_fails_only_the_server_checks():
    """Does a check whose server is gone still return an Outcome, failing only server checks?"""
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    c = Check("gone", timeout=2, base_url=f"http://127.0.0.1:{port}")
    out = c.run(raises, [])
    assert out.stats is None
    out.raised(KeyError)
    fails_with(lambda: out.concurrent(2), "did not answer")
    assert "server: no answer" in out.describe()
