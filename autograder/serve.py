"""``python -m autograder serve``: the mock server in the foreground."""

from __future__ import annotations

import asyncio
import signal

from .server import MockServer

__all__ = ["serve"]


async def _serve(host: str, port: int) -> None:
    server = MockServer()
    url = await server.start(host, port)
    print(url, flush=True)  # first line on stdout: the base URL, for scripts to read
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def serve(host: str = "127.0.0.1", port: int = 0) -> int:
    """Serve until SIGINT or SIGTERM; returns the exit status."""
    asyncio.run(_serve(host, port))
    return 0
