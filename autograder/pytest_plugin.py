"""The course's mock server as a pytest fixture.

Enable it from a ``conftest.py``::

    pytest_plugins = ["autograder.pytest_plugin"]

then ask for ``mock_server`` (one server for the whole session, on its own
thread and event loop, so sync and async tests can both call it)::

    async def test_gather_overlaps(mock_server):
        scope = mock_server.new_scope("gather")
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(session.get(mock_server.scope_url(scope, "/delay/0.2"))
                                   for _ in range(5)))
        assert (await mock_server.asettled(scope))["peak_in_flight"] == 5

Statistics are read straight from the server's registry (thread-safe), so
reading them never blocks on the network or on the test's event loop.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import pytest

from .server.background import BackgroundServer
from .server.stats import DEFAULT_SCOPE, StatsRegistry
from .server.teaching import FLAKY_KEY

__all__ = ["MockServerFixture", "mock_server"]


class MockServerFixture:
    """A running mock server: its base URL and direct access to its statistics."""

    def __init__(self, background: BackgroundServer) -> None:
        self.background = background

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:43117`` (no trailing slash)."""
        return self.background.url

    @property
    def registry(self) -> StatsRegistry:
        return self.background.server.stats

    def new_scope(self, label: str = "test") -> str:
        """A scope name no other test uses."""
        return f"{label}-{uuid.uuid4().hex[:8]}"

    def scope_url(self, scope: str, path: str = "/get") -> str:
        """``{url}/scope/{scope}/{path}``: requests counted in ``scope`` only."""
        return f"{self.url}/scope/{scope}/{path.lstrip('/')}"

    def stats(self, scope: str = DEFAULT_SCOPE) -> dict:
        """What the server saw in ``scope`` so far (same shape as ``GET /stats/{scope}``)."""
        return self.registry.snapshot(scope)

    def settled(self, scope: str = DEFAULT_SCOPE, timeout: float = 2.0) -> dict:
        """The stats once nothing is in flight (an abandoned request takes a moment to end)."""
        deadline = time.monotonic() + timeout
        while self.registry.in_flight(scope) and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.stats(scope)

    async def asettled(self, scope: str = DEFAULT_SCOPE, timeout: float = 2.0) -> dict:  # noqa: ASYNC109
        """:meth:`settled` for async tests (waits without blocking the test's loop)."""
        # Polling on purpose: the counts change on the server's thread and loop, which
        # no asyncio.Event of the test's loop could follow.
        deadline = time.monotonic() + timeout
        while self.registry.in_flight(scope) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        return self.stats(scope)

    def reset(self, scope: str = DEFAULT_SCOPE) -> None:
        """Forget a scope's statistics and flaky counters (like ``DELETE /stats/{scope}``)."""
        self.registry.reset(scope)
        self.background.server.app[FLAKY_KEY].reset(scope)

    def __repr__(self) -> str:
        return f"MockServerFixture(url={self.url!r})"


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServerFixture]:
    """One mock server for the session; use a fresh scope per test to keep counts apart."""
    with BackgroundServer() as background:
        yield MockServerFixture(background)
