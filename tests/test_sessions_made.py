"""Does the runner count the aiohttp sessions a run creates, and put aiohttp back as it was?"""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiohttp import ClientSession

from autograder.outcome import RunOutcome
from autograder.runner import run_isolated
from autograder.scope import Scope

ORIGINAL_INIT = aiohttp.ClientSession.__init__


@pytest.fixture
def scope(mock_server) -> Scope:
    return Scope("sessions", base_url=mock_server.url)


async def one_shared_session(urls):
    async with aiohttp.ClientSession() as session:
        async def get(url):
            async with session.get(url) as response:
                return response.status
        return await asyncio.gather(*(get(url) for url in urls))


async def a_session_per_request(urls):
    async def get(url):
        async with ClientSession() as session, session.get(url) as response:  # imported name
            return response.status
    return await asyncio.gather(*(get(url) for url in urls))


async def no_session(urls):
    return [200 for _ in urls]


async def session_then_hang(urls):
    async with aiohttp.ClientSession():
        await asyncio.Event().wait()


def test_one_shared_session_is_one(scope):
    """Are three concurrent requests through one session counted as one session?"""
    report = run_isolated(one_shared_session, [scope.url("/get")] * 3, timeout=5)
    assert report.value == [200, 200, 200] and report.sessions_created == 1
    RunOutcome(report).one_session()


def test_a_session_per_request_is_counted_and_named(scope):
    """Are three sessions (made through `from aiohttp import ClientSession`) counted as three?"""
    report = run_isolated(a_session_per_request, [scope.url("/get")] * 3, timeout=5)
    assert report.sessions_created == 3
    with pytest.raises(AssertionError, match=r"created 3 aiohttp ClientSessions \(expected one"):
        RunOutcome(report).one_session()


def test_no_session_fails_one_session():
    """Does code that made no session fail the check, saying so?"""
    report = run_isolated(no_session, ["x"], timeout=5)
    with pytest.raises(AssertionError, match="created no aiohttp ClientSession"):
        RunOutcome(report).one_session()


def test_aiohttp_is_restored_after_a_run_even_a_hung_one(scope):
    """Is ClientSession.__init__ the original again after a run, also one that timed out?"""
    run_isolated(one_shared_session, [scope.url("/get")], timeout=5)
    assert aiohttp.ClientSession.__init__ is ORIGINAL_INIT
    report = run_isolated(session_then_hang, [], timeout=0.3)
    assert report.timed_out and report.sessions_created == 1
    assert aiohttp.ClientSession.__init__ is ORIGINAL_INIT
