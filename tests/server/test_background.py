"""The server on its own thread: lifecycle, ensure_server(), the listen backlog."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import urllib.request
from pathlib import Path

import pytest

from autograder.server import BACKLOG, ENV_VAR, BackgroundServer, MockServer, background
from autograder.server.background import answers, ensure_server


def _free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


@pytest.fixture
def own_shared_server(monkeypatch):
    """Run ensure_server() as in a fresh process; stop whatever it started afterwards."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(background, "_shared", None)
    yield
    if background._shared is not None:
        background._shared.stop()


def test_start_stop_leaves_no_thread():
    """Does stop() end the server's thread and close its port?"""
    before = set(threading.enumerate())
    server = BackgroundServer()
    url = server.start()
    assert url.startswith("http://127.0.0.1:")
    assert _get_json(f"{url}/get")["url"] == f"{url}/get"
    thread = server._thread
    assert thread in threading.enumerate() and thread.daemon
    server.stop()
    assert not thread.is_alive()
    assert set(threading.enumerate()) == before
    assert not answers(url, timeout=1)


def test_context_manager_starts_and_stops():
    """Does `with BackgroundServer() as s` serve inside the block and nothing after it?"""
    before = set(threading.enumerate())
    with BackgroundServer() as server:
        url = server.url
        assert answers(url)
        assert len(set(threading.enumerate()) - before) == 1
    assert set(threading.enumerate()) == before
    assert not answers(url, timeout=1)


def test_stop_twice_and_stop_before_start_are_harmless():
    """Can stop() be called before start() and twice after it without error?"""
    server = BackgroundServer()
    server.stop()
    server.start()
    server.stop()
    server.stop()


def test_port_in_use_raises_and_leaves_no_thread():
    """Does start() on a port already in use raise RuntimeError, with no thread left behind?"""
    before = set(threading.enumerate())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = BackgroundServer(port=port)
        with pytest.raises(RuntimeError, match="failed to start"):
            server.start()
    server._thread.join(5)
    assert set(threading.enumerate()) == before


def test_servers_are_independent():
    """Do two BackgroundServers in one process keep separate ports and statistics?"""
    with BackgroundServer() as one, BackgroundServer() as two:
        assert one.url != two.url
        _get_json(f"{one.url}/get")
        assert one.server.stats.snapshot("default")["requests"] == 1
        assert two.server.stats.snapshot("default")["requests"] == 0


def test_ensure_server_same_url_twice(own_shared_server):
    """Does ensure_server() start one server per process and return its URL every time?"""
    threads = len(threading.enumerate())
    first = ensure_server()
    second = ensure_server()
    assert first == second
    assert answers(first)
    assert len(threading.enumerate()) == threads + 1


def test_ensure_server_same_url_from_many_threads(own_shared_server):
    """Do threads calling ensure_server() at once still share one server?"""
    urls: list[str] = []
    workers = [threading.Thread(target=lambda: urls.append(ensure_server())) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(10)
    assert len(urls) == 8 and len(set(urls)) == 1


def test_ensure_server_honors_env_var(own_shared_server, monkeypatch):
    """Does ensure_server() return $ASYNC_COURSE_SERVER (no trailing /) when it answers?"""
    with BackgroundServer() as running:
        monkeypatch.setenv(ENV_VAR, running.url + "/")
        assert ensure_server() == running.url
        assert background._shared is None  # nothing of its own was started


def test_ensure_server_falls_back_when_env_var_is_dead(own_shared_server, monkeypatch):
    """Does ensure_server() start its own server when $ASYNC_COURSE_SERVER does not answer?"""
    dead = f"http://127.0.0.1:{_free_port()}"
    monkeypatch.setenv(ENV_VAR, dead)
    url = ensure_server()
    assert url != dead
    assert answers(url)
    assert ensure_server() == url


def test_backlog_constant_is_large():
    """Is the listen backlog constant at least 4096 (aiohttp's default of 128 is too small)?"""
    assert BACKLOG >= 4096


async def test_listen_is_called_with_backlog(monkeypatch):
    """Does MockServer.start() pass BACKLOG to the socket's listen() call?"""
    backlogs: list[int] = []
    real_listen = socket.socket.listen

    def spy(sock, *args):
        backlogs.extend(args)
        return real_listen(sock, *args)

    monkeypatch.setattr(socket.socket, "listen", spy)
    server = MockServer()
    await server.start()
    try:
        assert backlogs == [BACKLOG]
    finally:
        await server.stop()


def test_kernel_listen_queue_is_large():
    """Does the kernel report a listen queue of >= 4096 on the real socket (ss Send-Q)?"""
    if shutil.which("ss") is None:
        pytest.skip("the `ss` command is not installed")
    somaxconn = Path("/proc/sys/net/core/somaxconn")
    if somaxconn.exists() and int(somaxconn.read_text()) < BACKLOG:
        pytest.skip(f"net.core.somaxconn={somaxconn.read_text().strip()} caps every backlog")
    with BackgroundServer() as server:
        port = server.url.rsplit(":", 1)[1]
        out = subprocess.run(["ss", "-Hltn", f"sport = :{port}"], capture_output=True,
                             text=True, timeout=10, check=True).stdout
    [line] = out.strip().splitlines()
    state, _recv_q, send_q = line.split()[:3]
    assert state == "LISTEN"
    assert int(send_q) >= 4096  # for a listening socket, Send-Q is its backlog
