"""The mock server under abuse: it stays up, answers, counts correctly, and keeps quiet.

Every test here talks to one ``python -m autograder serve`` subprocess on 127.0.0.1
(started once for the module), so that the server's stderr can be read: a server
living in a notebook kernel must not print tracebacks, since whatever reaches stderr
lands in the student's cell. Each test ends by checking that the server still
answers ``/get`` and wrote nothing to stderr.
"""

from __future__ import annotations

import asyncio
import json
import resource
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

ROOT = Path(__file__).resolve().parents[2]
LOAD_CLIENT = ROOT / "benchmarks" / "load_client.py"


@dataclass
class Served:
    """A mock server subprocess: its URL, address and what it wrote to stderr."""

    process: subprocess.Popen
    url: str
    host: str
    port: int
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


def _raise_open_file_limit() -> int:
    """Soft RLIMIT_NOFILE up to the hard limit (children inherit it); returns the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """``python -m autograder serve`` on a free loopback port, stopped after the module."""
    with tempfile.TemporaryDirectory() as folder:
        stderr_path = Path(folder) / "stderr.txt"
        _raise_open_file_limit()  # the server needs 10,000 descriptors for the load test
        with stderr_path.open("w") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "autograder", "serve", "--port", "0"], cwd=ROOT,
                stdout=subprocess.PIPE, stderr=stderr, text=True)
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(process.stdout, selectors.EVENT_READ)
                assert selector.select(30), "the server printed no URL within 30 s"
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:"), url
            host, port = url.removeprefix("http://").split(":")
            yield Served(process, url, host, int(port), stderr_path)
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            process.stdout.close()


@pytest.fixture
def fresh(served) -> str:
    """A scope name of this test alone."""
    return f"abuse-{uuid.uuid4().hex[:8]}"


async def _status(session: aiohttp.ClientSession, url: str) -> int:
    async with session.get(url) as response:
        await response.read()
        return response.status


async def _stats(session: aiohttp.ClientSession, served: Served, scope: str) -> dict:
    async with session.get(f"{served.url}/stats/{scope}") as response:
        assert response.status == 200
        return await response.json()


async def _settled(session, served: Served, scope: str, patience: float = 5.0) -> dict:
    """The scope's stats once nothing is in flight (the server sees a disconnect late)."""
    deadline = time.monotonic() + patience
    while True:
        stats = await _stats(session, served, scope)
        if stats["in_flight"] == 0 or time.monotonic() > deadline:
            return stats
        await asyncio.sleep(0.02)


async def _assert_healthy(served: Served) -> None:
    """The server answers /get, is still running, and wrote nothing to stderr."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        assert await _status(session, f"{served.url}/get") == 200
    assert served.process.poll() is None
    assert served.stderr() == ""


def _raw(served: Served, data: bytes, *, read: bool = True, reset: bool = False) -> bytes:
    """Send ``data`` on a new socket, read at most the first bytes back, close.

    ``reset``: close with SO_LINGER 0, an RST instead of a FIN (a client killed hard).
    """
    with socket.create_connection((served.host, served.port), timeout=5) as sock:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
        sock.sendall(data)
        return sock.recv(64) if read else b""


# --- oversized, malformed and exotic parameters -------------------------------------

LONG_DIGITS = "9" * 5000  # more than int()'s 4,300-digit limit, within aiohttp's line limit
REFUSED = [
    "/delay/1e308",
    "/delay/1e309",  # float("1e309") is inf
    "/delay/inf",
    "/delay/-inf",
    "/delay/infinity",
    "/delay/nan",
    "/delay/-nan",
    "/delay/1e3",
    "/bytes/1e3",  # an integer parameter does not take exponents
    f"/delay/{LONG_DIGITS}",
    f"/bytes/{LONG_DIGITS}",
    f"/stream/{LONG_DIGITS}",
    f"/redirect/{LONG_DIGITS}",
    f"/status/{LONG_DIGITS}",
    f"/drip?numbytes={LONG_DIGITS}",
    f"/drip?duration={LONG_DIGITS}",
    "/drip?duration=nan",
    "/drip?delay=inf",
    "/drip?code=1e308",
    "/status/200:1e308,500:1e308",  # weights whose total is inf
    "/status/200:nan",
    "/flaky/x?fail=1e308",
    "/limited?max=inf",
    "/slow-stream?interval=nan",
    "/bytes/" + "9" * 9000,  # request line above aiohttp's 8,190 bytes
    "/" + "x" * 9000,
    "/scope/" + "s" * 9000 + "/get",
    # Unicode digits, underscores and spaces: int() and float() take them, a URL should not.
    "/delay/%D9%A1",  # ARABIC-INDIC DIGIT ONE
    "/delay/%EF%BC%95",  # FULLWIDTH DIGIT FIVE
    "/bytes/%EF%BC%95",
    "/status/%EF%BC%92%EF%BC%90%EF%BC%90",  # fullwidth "200"
    "/delay/1_0",
    "/bytes/1_000",
    "/delay/%205",
    "/delay/5%20",
    "/delay/%C3%A9",
    "/delay/%00",
    "/delay/%F0%9F%90%8D",  # an emoji
    "/no-such/%F0%9F%90%8D",
]


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p[:40])
async def test_bad_parameters_are_refused_at_once(served, path):
    """Does each absurd parameter answer 400 or 404 at once, the server answering after?"""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        start = time.monotonic()
        async with session.get(f"{served.url}{path}") as response:
            await response.read()
            assert response.status in (400, 404), (path, response.status)
        assert time.monotonic() - start < 1.0  # refused, never slept
    await _assert_healthy(served)


async def test_raw_unicode_in_the_path_is_refused(served):
    """Does a request line with raw (not percent-encoded) UTF-8 answer 400 or 404?"""
    for path in ("/delay/\u0661", "/bytes/\uff15", "/\u00e9t\u00e9"):
        request = f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        status_line = _raw(served, request.encode()).split(b"\r\n")[0]
        assert status_line.split()[1] in (b"400", b"404"), (path, status_line)
    await _assert_healthy(served)


async def test_negative_zero_is_zero(served, fresh):
    """Is "-0" (like "0", "+0" and "0.0") a zero delay or length, answered at once?

    Negative zero is within 0..cap, so it is accepted, not refused: a zero delay.
    """
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        start = time.monotonic()
        for path in ("/delay/-0", "/delay/-0.0", "/delay/+0", "/drip?numbytes=-0&duration=-0"):
            assert await _status(session, f"{served.url}/scope/{fresh}{path}") == 200
        async with session.get(f"{served.url}/bytes/-0") as response:
            assert (response.status, await response.read()) == (200, b"")
        assert time.monotonic() - start < 1.0
    await _assert_healthy(served)


# --- 10,000 concurrent connections from another process -----------------------------

BIG = 10_000
# Long enough for all 10,000 connections to arrive before the first answer (they all
# arrived within 1.6 s on 2 cores), so peak_in_flight must be exactly 10,000.
BIG_DELAY = 4


@pytest.mark.slow
async def test_ten_thousand_concurrent_connections(served, fresh):
    """Do 10,000 concurrent /delay/4 from a separate client process give 0 errors, and
    does the server count 10,000 requests, 10,000 connections and a peak of 10,000?

    About 12 s on an idle 2-core machine (client and server CPU, 4 to 5 s each, not
    the delay, dominate); the client's per-request limit is 60 s.
    """
    if _raise_open_file_limit() < BIG + 200:
        pytest.skip(f"{BIG:,} connections need more open files than this machine allows")
    argv = [sys.executable, str(LOAD_CLIENT), f"{served.url}/scope/{fresh}/delay/{BIG_DELAY}",
            "-n", str(BIG), "--timeout", "60"]
    # load_client.py raises its own RLIMIT_NOFILE (soft to hard) and uses
    # TCPConnector(limit=0); run in a thread so this test's loop stays free.
    result = await asyncio.to_thread(subprocess.run, argv, capture_output=True, text=True,
                                     timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == 0, outcome["error_kinds"]
    assert outcome["statuses"] == {"200": BIG}

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        stats = await _settled(session, served, fresh)
    assert stats["requests"] == BIG
    assert stats["peak_in_flight"] == BIG
    assert stats["connections"] == BIG
    assert (stats["in_flight"], stats["cancelled"]) == (0, 0)
    assert len(stats["timeline"]) == BIG
    assert all(e["status"] == 200 for e in stats["timeline"])
    await _assert_healthy(served)


# --- clients that leave in the middle of a response ---------------------------------

# (path, must the server count it cancelled?). /bytes and /stream write their whole
# body at once: it is in the kernel's socket buffer before the client closes, so the
# server may well have finished (200). The slow ones are always cut short.
LEAVING = [
    ("/drip?duration=2&numbytes=20", True),
    ("/drip?delay=0&duration=1&numbytes=5", True),
    ("/slow-stream?chunks=20&interval=0.1", True),
    ("/stream/100", False),
    ("/bytes/102400", False),
]


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
@pytest.mark.parametrize("path,always_cancelled", LEAVING, ids=[p for p, _ in LEAVING])
async def test_client_leaving_mid_response(served, fresh, path, always_cancelled, reset):
    """Does a client closing after the first bytes count as cancelled (or answered), leave
    nothing in flight, print nothing to stderr, and leave the server answering?"""
    request = f"GET /scope/{fresh}{path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    first = await asyncio.to_thread(_raw, served, request, reset=reset)
    assert first.startswith(b"HTTP/1.1 200")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        stats = await _settled(session, served, fresh)
    assert stats["requests"] == 1
    assert stats["in_flight"] == 0
    [entry] = stats["timeline"]
    assert entry["end"] is not None
    if always_cancelled:
        assert (stats["cancelled"], entry["cancelled"], entry["status"]) == (1, True, None)
        assert entry["end"] - entry["start"] < 0.9  # ended when the client left
    else:
        assert (entry["cancelled"], entry["status"]) in ((True, None), (False, 200))
    await _assert_healthy(served)


async def test_many_clients_leaving_at_once(served, fresh):
    """Do 200 aiohttp clients giving up on /slow-stream after the headers all count
    cancelled, with in_flight back to 0?"""
    url = f"{served.url}/scope/{fresh}/slow-stream?chunks=50&interval=0.1"

    async def leave_after_first_chunk(session: aiohttp.ClientSession) -> None:
        async with session.get(url) as response:
            await response.content.readany()
            response.close()  # drop the connection, body unread

    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(leave_after_first_chunk(session) for _ in range(200)))
        stats = await _settled(session, served, fresh)
    assert (stats["requests"], stats["cancelled"], stats["in_flight"]) == (200, 200, 0)
    await _assert_healthy(served)


# --- garbage and half-open connections ----------------------------------------------

GARBAGE = [
    (b"\x00\xff\xfe\x80 garbage\r\n\r\n", True),
    (b"GARBAGE\r\n\r\n", True),
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64), True),  # a TLS hello
    (b"GET /get HTTP/9.9\r\nHost: x\r\n\r\n", True),
    (b"GET /get HTTP/1.1\r\n\r\n", True),  # no Host header
    (b"GET /get HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", True),
    (b"GET /get HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", True),
    (b"GET /get HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", True),
    (b"GET /get HTTP/1.1\r\nHost: x\r\n" + b"X: y\r\n" * 200 + b"\r\n", True),
    (b"GET /get HTT", False),  # an incomplete request line, then close
    (b"GET /delay/1 HTTP/1.1\r\nHost: x\r\n", False),  # headers never finished
    (b"POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc", False),  # short body
    (b"\r\n" * 100, False),
    (b"", False),  # connect, then close at once
]


@pytest.mark.parametrize("data,answered", GARBAGE, ids=[repr(d[:24]) for d, _ in GARBAGE])
async def test_garbage_and_half_open_requests(served, data, answered):
    """Does junk on a raw socket get a 400 (or just a close), with nothing on stderr and
    the server still serving?"""
    reply = await asyncio.to_thread(_raw, served, data, read=answered)
    if answered:
        assert reply.split(b"\r\n")[0].split()[1:2] in ([b"400"], [b"431"], [b"200"]), reply
    await _assert_healthy(served)


async def test_half_open_connections_do_not_block_others(served, fresh):
    """Do 200 connections that send half a request and wait leave others served at once?"""
    socks = []
    try:
        for i in range(200):
            sock = socket.create_connection((served.host, served.port), timeout=5)
            sock.sendall(b"GET /get HTTP/1.1\r\nHost: x\r\n" if i % 2 else b"GET /ge")
            socks.append(sock)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
            start = time.monotonic()
            statuses = await asyncio.gather(
                *(_status(session, f"{served.url}/scope/{fresh}/get") for _ in range(20)))
            assert statuses == [200] * 20
            assert time.monotonic() - start < 2.0
    finally:
        for sock in socks:
            sock.close()
    await _assert_healthy(served)


# --- many scopes --------------------------------------------------------------------

async def test_a_thousand_scopes(served):
    """Do 1,000 distinct scopes each count their own requests, all listed by /stats?"""
    tag = uuid.uuid4().hex[:8]
    names = [f"many-{tag}-{i}" for i in range(1000)]
    connector = aiohttp.TCPConnector(limit=50)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        # Scope i gets 1 + i % 3 requests.
        urls = [f"{served.url}/scope/{name}/get" for i, name in enumerate(names)
                for _ in range(1 + i % 3)]
        statuses = await asyncio.gather(*(_status(session, url) for url in urls))
        assert statuses == [200] * len(urls)
        async with session.get(f"{served.url}/stats") as response:
            listed = set((await response.json())["scopes"])
        assert set(names) <= listed
        snapshots = await asyncio.gather(*(_stats(session, served, n) for n in names))
    for i, stats in enumerate(snapshots):
        assert (stats["requests"], stats["in_flight"], stats["cancelled"]) == (1 + i % 3, 0, 0)
        assert len(stats["timeline"]) == 1 + i % 3
    await _assert_healthy(served)
