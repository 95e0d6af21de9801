"""Endpoints made for exercises: a flaky service, a rate limit, a slow body.

- ``/flaky/{key}?fail=K``: the first K requests for ``key`` (per scope) answer
  503, later ones 200. For retry-with-backoff exercises.
- ``/limited?max=N&delay=S``: 429 with ``Retry-After`` when more than N requests
  of this scope are in flight; otherwise holds S seconds (default 0.2) and 200.
- ``/slow-stream?chunks=C&interval=S``: headers at once, then C chunks S seconds
  apart. For timeouts that must fire on a partial body.
- ``/large/{n}``: n bytes (at most ``MAX_LARGE_BYTES``, 8 MiB), more than a
  client's read buffer and the sockets' buffers hold: the connection stays busy
  until the client has read the body. All answers are slices of one cached buffer.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections import Counter

from aiohttp import web

from .limits import MAX_DELAY, MAX_LARGE_BYTES, MAX_STREAM_LINES, bounded
from .stats import DEFAULT_SCOPE, StatsRegistry

__all__ = ["FLAKY_KEY", "STATS_KEY", "FlakyCounter", "routes"]

routes = web.RouteTableDef()

STATS_KEY = web.AppKey("stats", StatsRegistry)


class FlakyCounter:
    """How many times each ``(scope, key)`` was asked for (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()

    def bump(self, scope: str, key: str) -> int:
        with self._lock:
            self._counts[scope, key] += 1
            return self._counts[scope, key]

    def reset(self, scope: str) -> None:
        with self._lock:
            for pair in [p for p in self._counts if p[0] == scope]:
                del self._counts[pair]


FLAKY_KEY = web.AppKey("flaky", FlakyCounter)


def scope_of(request: web.Request) -> str:
    return request.match_info.get("scope", DEFAULT_SCOPE)


@routes.get("/flaky/{key}")
async def flaky(request: web.Request) -> web.Response:
    fail = int(bounded(request.query.get("fail"), "fail", cap=1000, default=2, integer=True))
    key = request.match_info["key"]
    attempt = request.app[FLAKY_KEY].bump(scope_of(request), key)
    if attempt <= fail:
        return web.json_response(
            {"key": key, "attempt": attempt, "error": "service unavailable, try again"},
            status=503)
    return web.json_response({"key": key, "attempt": attempt, "ok": True})


@routes.get("/limited")
async def limited(request: web.Request) -> web.Response:
    limit = int(bounded(request.query.get("max"), "max", cap=10_000, default=5, integer=True))
    hold = bounded(request.query.get("delay"), "delay", cap=MAX_DELAY, default=0.2)
    in_flight = request.app[STATS_KEY].in_flight(scope_of(request))
    if in_flight > limit:
        return web.json_response(
            {"error": f"too many requests: {in_flight} in flight, limit {limit}"},
            status=429, headers={"Retry-After": "1"})
    await asyncio.sleep(hold)
    return web.json_response({"ok": True, "in_flight": in_flight, "max": limit})


@routes.get("/slow-stream")
async def slow_stream(request: web.Request) -> web.StreamResponse:
    q = request.query
    chunks = int(bounded(q.get("chunks"), "chunks", cap=MAX_STREAM_LINES, default=10,
                         integer=True))
    interval = bounded(q.get("interval"), "interval", cap=MAX_DELAY, default=0.5)
    response = web.StreamResponse(headers={"Content-Type": "text/plain"})
    await response.prepare(request)
    for i in range(chunks):
        await response.write(f"chunk {i}\n".encode())
        await asyncio.sleep(interval)
    await response.write_eof()
    return response


LARGE_CHUNK = 64 * 1024


@functools.cache
def _large_buffer() -> memoryview:
    """The bytes every /large answer is a slice of: made once, on first use."""
    return memoryview(b"*" * MAX_LARGE_BYTES)


@routes.get("/large/{n}")
async def large(request: web.Request) -> web.StreamResponse:
    """``n`` asterisks, in chunks that each wait while the socket's buffer is full.

    The server holds one chunk per stalled client, never a copy of the body. Its
    timeline entry ends once the last chunk is in the sockets' buffers; the client's
    connection is busy until the client has read them.
    """
    n = int(bounded(request.match_info["n"], "n", cap=MAX_LARGE_BYTES, integer=True))
    body = _large_buffer()[:n]
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream",
                                           "Content-Length": str(n)})
    await response.prepare(request)
    for offset in range(0, n, LARGE_CHUNK):
        await response.write(body[offset:offset + LARGE_CHUNK])
    await response.write_eof()
    return response
