"""The endpoints made for exercises: /flaky, /limited, /slow-stream."""

from __future__ import annotations

import asyncio

import aiohttp


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
