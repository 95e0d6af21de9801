"""Fixtures of the mock server's own tests."""

from __future__ import annotations

import aiohttp
import pytest


@pytest.fixture
def scope(mock_server) -> str:
    """A scope name of this test alone."""
    return mock_server.new_scope("t")


@pytest.fixture
async def http():
    """A client session with aiohttp's defaults, closed after the test."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        yield session


@pytest.fixture
async def unlimited():
    """A client session without aiohttp's 100-connection cap (``TCPConnector(limit=0)``)."""
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        yield session
