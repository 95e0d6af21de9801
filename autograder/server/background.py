"""Run the mock server on its own thread and event loop.

A server on the caller's loop would deadlock any synchronous client used from
the same thread (a notebook cell calling ``urllib``), so the server always gets
a thread of its own. :func:`ensure_server` is what notebooks call: it reuses the
server named by ``$ASYNC_COURSE_SERVER`` (set by ``make lab``) when it answers,
and otherwise starts one per process, once.
"""

from __future__ import annotations

import asyncio
import os
import threading
import urllib.request

from .app import MockServer

__all__ = ["ENV_VAR", "BackgroundServer", "ensure_server"]

ENV_VAR = "ASYNC_COURSE_SERVER"


class BackgroundServer:
    """A :class:`MockServer` serving from a daemon thread. Usable as a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host, self.port = host, port
        self.server = MockServer()
        self.url: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def start(self, timeout: float = 10) -> str:
        self._thread = threading.Thread(target=self._serve, name="mock-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"mock server did not start within {timeout} s")
        if self._error is not None:
            raise RuntimeError(f"mock server failed to start: {self._error}") from self._error
        return self.url

    def _serve(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self.url = self._loop.run_until_complete(self.server.start(self.host, self.port))
        except BaseException as exc:  # reported to start() in the caller's thread
            self._error = exc
            self._ready.set()
            self._loop.close()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.server.stop())
        self._loop.close()

    def stop(self, timeout: float = 10) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout)

    def __enter__(self) -> BackgroundServer:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


_shared: BackgroundServer | None = None
_shared_lock = threading.Lock()


def answers(url: str, timeout: float = 2) -> bool:
    """Does a mock server answer at ``url``?"""
    try:
        with urllib.request.urlopen(f"{url}/stats", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def ensure_server() -> str:
    """The base URL of a running course server, starting one if none answers."""
    global _shared
    url = os.environ.get(ENV_VAR, "").rstrip("/")  # "http://host:port/" must work too
    if url and answers(url):
        return url
    with _shared_lock:
        if _shared is None:
            _shared = BackgroundServer()
            _shared.start()
        return _shared.url
