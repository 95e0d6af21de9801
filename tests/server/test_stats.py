"""Per-scope statistics: counts, peaks, cancellations, connections, timeline."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.request

import aiohttp
import pytest

from autograder.server import DEFAULT_SCOPE, StatsRegistry

STATS_KEYS = {"requests", "in_flight", "peak_in_flight", "cancelled", "connections", "timeline"}


async def _get(session: aiohttp.ClientSession, url: str) -> int:
    async with session.get(url) as response:
        await response.read()
        return response.status


async def _stats(http, mock_server, name: str) -> dict:
    async with http.get(f"{mock_server.url}/stats/{name}") as response:
        assert response.status == 200
        return await response.json()


async def test_stats_shape_over_http(http, mock_server, scope):
    """Does GET /stats/{name} answer the documented keys, equal to the in-process snapshot?"""
    await _get(http, mock_server.scope_url(scope, "/get"))
    body = await _stats(http, mock_server, scope)
    assert set(body) == STATS_KEYS
    assert set(body["timeline"][0]) == {"path", "start", "end", "status", "cancelled"}
    assert body == mock_server.stats(scope)


async def test_unknown_scope_is_all_zeros(http, mock_server):
    """Does a scope never used answer zeros and an empty timeline (not 404)?"""
    body = await _stats(http, mock_server, mock_server.new_scope("never"))
    assert body == {"requests": 0, "in_flight": 0, "peak_in_flight": 0, "cancelled": 0,
                    "connections": 0, "timeline": []}


async def test_scopes_do_not_mix_and_unscoped_count_in_default(http, mock_server):
    """Do two scopes keep separate counts, and do unscoped requests count in "default"?"""
    a, b = mock_server.new_scope("a"), mock_server.new_scope("b")
    mock_server.reset(DEFAULT_SCOPE)
    for _ in range(2):
        await _get(http, mock_server.scope_url(a, "/get"))
    for _ in range(3):
        await _get(http, mock_server.scope_url(b, "/uuid"))
    await _get(http, f"{mock_server.url}/get")
    await _get(http, f"{mock_server.url}/status/404")

    assert mock_server.stats(a)["requests"] == 2
    assert mock_server.stats(b)["requests"] == 3
    assert {e["path"] for e in mock_server.stats(b)["timeline"]} == {f"/scope/{b}/uuid"}
    default = mock_server.stats(DEFAULT_SCOPE)
    assert default["requests"] == 2
    assert [(e["path"], e["status"]) for e in default["timeline"]] == [
        ("/get", 200), ("/status/404", 404)]
    async with http.get(f"{mock_server.url}/stats") as response:
        names = (await response.json())["scopes"]
    assert {a, b, DEFAULT_SCOPE} <= set(names)


async def test_stats_requests_are_not_counted(http, mock_server, scope):
    """Does reading /stats leave every scope's counts unchanged?"""
    mock_server.reset(DEFAULT_SCOPE)
    await _get(http, mock_server.scope_url(scope, "/get"))
    for _ in range(3):
        await _stats(http, mock_server, scope)
    assert mock_server.stats(scope)["requests"] == 1
    assert mock_server.stats(DEFAULT_SCOPE)["requests"] == 0


async def test_peak_is_exactly_100_for_100_concurrent_clients(unlimited, mock_server, scope):
    """Do 100 concurrent /delay/0.5 (TCPConnector(limit=0)) give peak_in_flight == 100?"""
    start = time.monotonic()
    statuses = await asyncio.gather(
        *(_get(unlimited, mock_server.scope_url(scope, f"/delay/0.5?i={i}")) for i in range(100)))
    elapsed = time.monotonic() - start
    assert statuses == [200] * 100
    stats = mock_server.stats(scope)
    assert stats["requests"] == 100
    assert stats["peak_in_flight"] == 100
    assert stats["in_flight"] == 0
    assert stats["connections"] == 100
    assert elapsed < 2.5  # overlapped, not 100 x 0.5 s


async def test_default_connector_caps_peak_at_100(http, mock_server, scope):
    """Does aiohttp's default connector (limit=100) keep 150 concurrent requests to 100?"""
    statuses = await asyncio.gather(
        *(_get(http, mock_server.scope_url(scope, "/delay/0.2")) for _ in range(150)))
    assert statuses == [200] * 150
    assert mock_server.stats(scope)["peak_in_flight"] == 100


async def test_sequential_requests_peak_at_one(http, mock_server, scope):
    """Do awaited-one-by-one requests give peak_in_flight == 1?"""
    for _ in range(4):
        await _get(http, mock_server.scope_url(scope, "/delay/0.05"))
    stats = mock_server.stats(scope)
    assert (stats["requests"], stats["peak_in_flight"]) == (4, 1)


async def test_client_timeout_counts_cancelled(mock_server, scope):
    """Does a client giving up at 0.3 s on /delay/2 count as cancelled, with no status?"""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.3)) as session:
        start = time.monotonic()
        try:
            await _get(session, mock_server.scope_url(scope, "/delay/2"))
        except TimeoutError:
            pass
        else:
            raise AssertionError("the client timeout did not fire")
        assert time.monotonic() - start < 1.0
    stats = await mock_server.asettled(scope)
    assert stats["cancelled"] == 1
    assert stats["in_flight"] == 0
    [entry] = stats["timeline"]
    assert entry["cancelled"] is True
    assert entry["status"] is None
    assert 0.25 <= entry["end"] - entry["start"] < 1.0  # ended when the client left, not at 2 s


async def test_finished_requests_are_not_cancelled(http, mock_server, scope):
    """Do answered requests (even 4xx/5xx) count 0 cancelled?"""
    for path in ("/get", "/status/500", "/status/404", "/delay/0.05"):
        await _get(http, mock_server.scope_url(scope, path))
    stats = mock_server.stats(scope)
    assert stats["cancelled"] == 0
    assert [e["status"] for e in stats["timeline"]] == [200, 500, 404, 200]
    assert not any(e["cancelled"] for e in stats["timeline"])


async def test_one_session_reuses_its_connection(http, mock_server, scope):
    """Does one keep-alive session making 5 sequential requests use fewer connections (1)?"""
    for _ in range(5):
        await _get(http, mock_server.scope_url(scope, "/get"))
    stats = mock_server.stats(scope)
    assert stats["requests"] == 5
    assert stats["connections"] == 1


async def test_session_per_request_opens_a_connection_each(mock_server, scope):
    """Does a new ClientSession per request open one connection per request?"""
    for _ in range(5):
        async with aiohttp.ClientSession() as session:
            await _get(session, mock_server.scope_url(scope, "/get"))
    stats = mock_server.stats(scope)
    assert stats["requests"] == 5
    assert stats["connections"] == 5


async def test_timeline_relative_and_ordered(http, mock_server, scope):
    """Does the timeline start at 0 (the first request) and list sequential requests in order?"""
    paths = [f"/delay/0.1?step={i}" for i in range(3)]
    for path in paths:
        await _get(http, mock_server.scope_url(scope, path))
    timeline = mock_server.stats(scope)["timeline"]
    assert [e["path"] for e in timeline] == [f"/scope/{scope}{p}" for p in paths]
    assert timeline[0]["start"] == 0
    for entry in timeline:
        assert 0.09 <= entry["end"] - entry["start"] < 0.5
    for before, after in zip(timeline, timeline[1:], strict=False):
        assert before["end"] <= after["start"]
    assert timeline[-1]["end"] < 1.5


async def test_concurrent_timeline_overlaps(unlimited, mock_server, scope):
    """Do gathered requests appear in the timeline as overlapping intervals?"""
    await asyncio.gather(
        *(_get(unlimited, mock_server.scope_url(scope, "/delay/0.2")) for _ in range(5)))
    timeline = mock_server.stats(scope)["timeline"]
    assert len(timeline) == 5
    assert max(e["start"] for e in timeline) < min(e["end"] for e in timeline)


async def test_delete_resets_a_scope(http, mock_server, scope):
    """Does DELETE /stats/{name} bring every count of that scope back to zero?"""
    other = mock_server.new_scope("other")
    for _ in range(3):
        await _get(http, mock_server.scope_url(scope, "/get"))
    await _get(http, mock_server.scope_url(other, "/get"))
    async with http.delete(f"{mock_server.url}/stats/{scope}") as response:
        assert await response.json() == {"reset": scope}
    assert mock_server.stats(scope)["requests"] == 0
    assert mock_server.stats(scope)["timeline"] == []
    assert mock_server.stats(other)["requests"] == 1
    await _get(http, mock_server.scope_url(scope, "/get"))
    after = mock_server.stats(scope)
    assert after["requests"] == 1 and after["timeline"][0]["start"] == 0


async def test_reset_while_in_flight_never_goes_negative(unlimited, mock_server, scope):
    """Does a reset during a request leave in_flight at 0 (not -1) when that request ends?"""
    pending = asyncio.ensure_future(_get(unlimited, mock_server.scope_url(scope, "/delay/0.3")))
    await asyncio.sleep(0.1)
    assert mock_server.stats(scope)["in_flight"] == 1
    async with unlimited.delete(f"{mock_server.url}/stats/{scope}") as response:
        assert response.status == 200
    assert await pending == 200
    stats = mock_server.stats(scope)
    assert (stats["requests"], stats["in_flight"], stats["peak_in_flight"]) == (0, 0, 0)


def test_stats_read_from_another_thread_while_server_writes(mock_server):
    """Are snapshots read from the test thread consistent while the server thread writes?"""
    scope = mock_server.new_scope("threads")
    total = 300

    async def load() -> None:
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            await asyncio.gather(
                *(_get(session, mock_server.scope_url(scope, f"/delay/0.{i % 3}")) for i in
                  range(total)))

    errors: list[BaseException] = []

    def run_load() -> None:
        try:
            asyncio.run(load())
        except BaseException as exc:  # reported below, in the test thread
            errors.append(exc)

    loader = threading.Thread(target=run_load, name="stats-load")
    loader.start()
    snapshots = 0
    while loader.is_alive() or snapshots == 0:
        stats = mock_server.stats(scope)
        timeline = stats["timeline"]
        assert len(timeline) == stats["requests"]
        assert stats["in_flight"] == sum(e["end"] is None for e in timeline)
        assert 0 <= stats["in_flight"] <= stats["peak_in_flight"] <= total
        snapshots += 1
        time.sleep(0.001)  # let the server thread have the GIL between reads
    loader.join(10)
    assert not errors
    final = mock_server.stats(scope)
    assert final["requests"] == total and final["in_flight"] == 0
    assert snapshots > 10


def test_registry_directly_with_a_fake_clock():
    """Does StatsRegistry compute relative times and peaks from its clock, per scope?"""
    now = [100.0]
    registry = StatsRegistry(clock=lambda: now[0])
    first = registry.begin("s", "/a", "c1")
    now[0] = 101.0
    second = registry.begin("s", "/b", "c1")
    now[0] = 102.5
    registry.finish(first, 200, False)
    registry.finish(second, None, True)
    stats = registry.snapshot("s")
    assert stats["timeline"] == [
        {"path": "/a", "start": 0.0, "end": 2.5, "status": 200, "cancelled": False},
        {"path": "/b", "start": 1.0, "end": 2.5, "status": None, "cancelled": True},
    ]
    assert (stats["peak_in_flight"], stats["cancelled"], stats["connections"]) == (2, 1, 1)
    assert registry.names() == ["s"]
    assert registry.snapshot("t")["requests"] == 0


def test_fixture_settled_waits_for_an_abandoned_request(mock_server):
    """Does mock_server.settled() wait until a request abandoned by a sync client has ended?"""
    scope = mock_server.new_scope("sync")
    with pytest.raises(OSError):  # urllib's timeout (URLError or TimeoutError)
        urllib.request.urlopen(mock_server.scope_url(scope, "/delay/1"), timeout=0.2)
    stats = mock_server.settled(scope)
    assert (stats["requests"], stats["in_flight"], stats["cancelled"]) == (1, 0, 1)
