"""The baseline for ``server_overhead.py``: a bare aiohttp server with one ``/delay/{n}``.

No middleware, no statistics, no scopes: what any aiohttp server costs. Prints
its base URL as the first stdout line (like ``python -m autograder serve``) and
stops on SIGINT or SIGTERM.

    python benchmarks/bare_server.py [--port 0]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import signal

from aiohttp import web

BACKLOG = 4096  # the same listen backlog as the mock server


def raise_open_file_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit; returns the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def delay(request: web.Request) -> web.Response:
    seconds = float(request.match_info["n"])
    if not 0 <= seconds <= 10:
        raise web.HTTPBadRequest(text='{"error": "delay must be between 0 and 10"}',
                                 content_type="application/json")
    await asyncio.sleep(seconds)
    return web.json_response({"url": str(request.url)})


async def main(host: str, port: int) -> None:
    app = web.Application()
    app.router.add_get("/delay/{n}", delay)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=BACKLOG)
    await site.start()
    bound_port = site._server.sockets[0].getsockname()[1]
    print(f"http://{host}:{bound_port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    raise_open_file_limit()
    asyncio.run(main(args.host, args.port))
