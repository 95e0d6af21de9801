"""The endpoints made for exercises and lessons: /flaky, /limited, /slow-stream, /large."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from autograder.server import teaching
from autograder.server.limits import MAX_LARGE_BYTES


async def _statuses(http, url: str, times: int) -> list[int]:
    statuses = []
    for _ in range(times):
        async with http.get(url) as response:
            statuses.append(response.status)
            await response.read()
    return statuses


async def test_flaky_fails_k_times_then_succeeds(http, mock_server, scope):
    """Does /flaky/{key}?fail=3 answer 503 three times, then 200 with the attempt number?"""
    url = mock_server.scope_url(scope, "/flaky/job?fail=3")
    assert await _statuses(http, url, 3) == [503, 503, 503]
    async with http.get(url) as response:
        assert response.status == 200
        assert await response.json() == {"key": "job", "attempt": 4, "ok": True}
    assert await _statuses(http, url, 2) == [200, 200]


async def test_flaky_503_body_says_try_again(http, mock_server, scope):
    """Does a /flaky 503 carry a JSON body with the key, the attempt and an error?"""
    async with http.get(mock_server.scope_url(scope, "/flaky/a?fail=1")) as response:
        assert response.status == 503
        body = await response.json()
    assert body["key"] == "a" and body["attempt"] == 1 and "error" in body


async def test_flaky_default_and_zero(http, mock_server, scope):
    """Does /flaky fail twice by default, and never with fail=0?"""
    assert await _statuses(http, mock_server.scope_url(scope, "/flaky/d"), 3) == [503, 503, 200]
    assert await _statuses(http, mock_server.scope_url(scope, "/flaky/z?fail=0"), 1) == [200]


async def test_flaky_counts_per_key_and_per_scope(http, mock_server):
    """Are /flaky attempts counted per key and per scope, never shared?"""
    one, two = mock_server.new_scope("one"), mock_server.new_scope("two")
    assert await _statuses(http, mock_server.scope_url(one, "/flaky/k?fail=1"), 2) == [503, 200]
    assert await _statuses(http, mock_server.scope_url(two, "/flaky/k?fail=1"), 2) == [503, 200]
    assert await _statuses(http, mock_server.scope_url(one, "/flaky/other?fail=1"), 1) == [503]


async def test_flaky_reset_by_delete_stats(http, mock_server, scope):
    """Does DELETE /stats/{name} restart that scope's /flaky counters (and only that scope's)?"""
    other = mock_server.new_scope("other")
    url = mock_server.scope_url(scope, "/flaky/k?fail=1")
    other_url = mock_server.scope_url(other, "/flaky/k?fail=1")
    assert await _statuses(http, url, 2) == [503, 200]
    assert await _statuses(http, other_url, 1) == [503]
    async with http.delete(f"{mock_server.url}/stats/{scope}") as response:
        assert response.status == 200
        assert await response.json() == {"reset": scope}
    assert await _statuses(http, url, 2) == [503, 200]
    assert await _statuses(http, other_url, 1) == [200]


async def test_limited_answers_429_above_max(unlimited, mock_server, scope):
    """Does /limited?max=2 answer 429 with Retry-After to the requests beyond 2 in flight?"""
    url = mock_server.scope_url(scope, "/limited?max=2&delay=0.4")

    async def one() -> tuple[int, str | None, dict]:
        async with unlimited.get(url) as response:
            return response.status, response.headers.get("Retry-After"), await response.json()

    results = await asyncio.gather(*(one() for _ in range(6)))
    statuses = sorted(status for status, _, _ in results)
    assert statuses == [200, 200, 429, 429, 429, 429]
    for status, retry_after, body in results:
        if status == 429:
            assert retry_after is not None and int(retry_after) >= 1
            assert "too many requests" in body["error"]
        else:
            assert body["ok"] is True and body["max"] == 2


async def test_limited_sequential_never_limited(http, mock_server, scope):
    """Does a client that waits for each /limited answer always get 200?"""
    url = mock_server.scope_url(scope, "/limited?max=1&delay=0")
    assert await _statuses(http, url, 5) == [200] * 5


async def test_limited_counts_per_scope(unlimited, mock_server):
    """Do requests in flight in one scope leave another scope's /limited alone?"""
    busy, calm = mock_server.new_scope("busy"), mock_server.new_scope("calm")

    async def status(url: str) -> int:
        async with unlimited.get(url) as response:
            await response.read()
            return response.status

    hold = asyncio.gather(*(status(mock_server.scope_url(busy, "/delay/0.4")) for _ in range(3)))
    await asyncio.sleep(0.15)
    assert await status(mock_server.scope_url(calm, "/limited?max=1&delay=0")) == 200
    assert await status(mock_server.scope_url(busy, "/limited?max=1&delay=0")) == 429
    assert await hold == [200, 200, 200]


async def test_slow_stream_sends_all_chunks(http, mock_server, scope):
    """Does /slow-stream?chunks=3&interval=0.05 send "chunk 0".."chunk 2" lines?"""
    async with http.get(mock_server.scope_url(scope, "/slow-stream?chunks=3&interval=0.05")) as r:
        assert r.status == 200
        assert await r.text() == "chunk 0\nchunk 1\nchunk 2\n"


async def test_slow_stream_timeout_on_partial_body_counts_cancelled(mock_server, scope):
    """Does a client timeout fire mid-body on /slow-stream, and the server count it cancelled?"""
    received: list[bytes] = []
    timeout = aiohttp.ClientTimeout(total=0.5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.get(
                    mock_server.scope_url(scope, "/slow-stream?chunks=10&interval=0.2")) as r:
                assert r.status == 200  # headers came at once: the timeout hits the body
                async for chunk in r.content.iter_any():
                    received.append(chunk)
        except TimeoutError:
            pass
        else:
            raise AssertionError("the client timeout did not fire")
    body = b"".join(received)
    assert body.startswith(b"chunk 0\n")
    assert b"chunk 9" not in body
    stats = await mock_server.asettled(scope)
    assert stats["cancelled"] == 1
    assert stats["in_flight"] == 0
    assert stats["timeline"][0]["cancelled"] is True


async def test_large_sends_n_bytes(http, mock_server, scope):
    """Does /large/{n} answer n octet-stream bytes with a Content-Length, also under a scope?"""
    for n in (0, 1, 65_537, 3 * 1024 * 1024):
        async with http.get(mock_server.scope_url(scope, f"/large/{n}")) as response:
            assert response.status == 200
            assert response.content_type == "application/octet-stream"
            assert response.content_length == n
            body = await response.read()
        assert body == b"*" * n
    assert mock_server.stats(scope)["requests"] == 4


async def test_large_at_the_cap(http, mock_server):
    """Does /large/{MAX_LARGE_BYTES} (8 MiB) still answer the full amount?"""
    async with http.get(f"{mock_server.url}/large/{MAX_LARGE_BYTES}") as response:
        assert response.status == 200
        assert len(await response.read()) == MAX_LARGE_BYTES


@pytest.mark.parametrize("n", [MAX_LARGE_BYTES + 1, -1, "1.5", "lots"])
async def test_large_above_the_cap_or_malformed_answers_400(http, mock_server, n):
    """Is /large/{n} above 8 MiB, negative or not an integer refused with 400 at once?"""
    async with http.get(f"{mock_server.url}/large/{n}") as response:
        assert response.status == 400
        assert "n" in (await response.json())["error"]


def test_large_answers_share_one_buffer():
    """Is the 8 MiB buffer made once (memory stays bounded however many answers are sent)?"""
    assert teaching._large_buffer() is teaching._large_buffer()
    assert len(teaching._large_buffer()) == MAX_LARGE_BYTES


async def test_large_unread_body_keeps_the_connection_busy(mock_server, scope):
    """With a pool of one connection, does a second request wait until the first 2 MiB are read?

    The reason /large exists: a body bigger than the buffers is still arriving while
    the client does not read it, so its connection is not back in the pool.
    """
    url = mock_server.scope_url(scope, f"/large/{2 * 1024 * 1024}")
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as session:

        async def hold_then_read() -> int:
            async with session.get(url) as response:
                await asyncio.sleep(0.3)
                return len(await response.read())

        first = asyncio.create_task(hold_then_read())
        await asyncio.sleep(0.05)
        start = time.monotonic()
        async with session.get(url) as response:
            assert len(await response.read()) == 2 * 1024 * 1024
        waited = time.monotonic() - start
        assert await first == 2 * 1024 * 1024
    # The second request cannot leave before the first body is read, 0.3 s after it
    # arrived (0.25 s after the second was sent): a lower bound, whatever the load.
    assert waited >= 0.2
    starts = [entry["start"] for entry in mock_server.settled(scope)["timeline"]]
    assert starts[1] - starts[0] >= 0.29


async def test_large_client_leaving_mid_body_counts_cancelled(http, mock_server, scope):
    """Does a client that leaves after reading part of /large count as cancelled, quietly?"""
    async with http.get(mock_server.scope_url(scope, f"/large/{MAX_LARGE_BYTES}")) as response:
        await response.content.read(1024)
        response.close()   # drop the connection with most of the body unsent
    stats = await mock_server.asettled(scope)
    assert stats["in_flight"] == 0
    assert stats["cancelled"] == 1
