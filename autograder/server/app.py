"""The mock server's application and its lifecycle (shaped like aiohttp's fake_server).

Every endpoint is served twice: at its httpbin path (``/get``) and under a
scope (``/scope/{name}/get``). A middleware counts each request in its scope;
``GET /stats/{name}`` reports the counts and ``DELETE /stats/{name}`` resets them.

>>> server = MockServer()
>>> url = await server.start()          # doctest: +SKIP
>>> await server.stop()                 # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from . import httpbin, teaching
from .open_files import raise_open_file_limit
from .stats import DEFAULT_SCOPE, StatsRegistry
from .teaching import FLAKY_KEY, STATS_KEY, FlakyCounter

__all__ = ["BACKLOG", "MockServer", "make_app"]

# Many students' code opens hundreds of connections at once; the default of 128
# made 250 simultaneous connections take 1.28 s instead of 0.28 s (SYN retries).
BACKLOG = 4096

stats_routes = web.RouteTableDef()


class _QuietClientErrors(logging.Filter):
    """Drop aiohttp's traceback for a malformed request (already answered 400).

    Junk on the socket or an over-long request line is the client's fault, and the
    server often runs inside a notebook kernel, where anything on stderr lands in
    the student's cell (and a grader scores a test cell with stderr output 0).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, HttpProcessingError)


# The server's own logger (aiohttp's "aiohttp.server" is shared by every aiohttp
# server in the process, which this filter must leave alone).
server_logger = logging.getLogger("autograder.server")
server_logger.addFilter(_QuietClientErrors())


@stats_routes.get("/stats")
async def list_scopes(request: web.Request) -> web.Response:
    return web.json_response({"scopes": request.app[STATS_KEY].names()})


@stats_routes.get("/stats/{name}")
async def get_stats(request: web.Request) -> web.Response:
    return web.json_response(request.app[STATS_KEY].snapshot(request.match_info["name"]))


@stats_routes.delete("/stats/{name}")
async def reset_stats(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    request.app[STATS_KEY].reset(name)
    request.app[FLAKY_KEY].reset(name)
    return web.json_response({"reset": name})


@web.middleware
async def instrument(request: web.Request, handler):
    """Count the request in its scope; a client that leaves first counts as cancelled."""
    if request.path.startswith("/stats"):
        return await handler(request)
    scope = request.match_info.get("scope", DEFAULT_SCOPE)
    peer = request.transport.get_extra_info("peername") if request.transport else None
    registry = request.app[STATS_KEY]
    entry = registry.begin(scope, request.path_qs, repr(peer))
    status, cancelled = None, False
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    except asyncio.CancelledError:
        cancelled = True
        raise
    except ConnectionResetError:
        # A streaming handler writing to a client that left. Re-raised as is, aiohttp
        # would log a traceback to stderr; a cancellation is what it expects of a
        # client that went away (handler_cancellation) and ends the connection quietly.
        cancelled = True
        raise asyncio.CancelledError from None
    except Exception:
        status = 500
        raise
    finally:
        registry.finish(entry, status, cancelled)


def make_app() -> web.Application:
    """Build the application: httpbin and teaching routes, plain and scoped."""
    app = web.Application(middlewares=[instrument])
    app[STATS_KEY] = StatsRegistry()
    app[FLAKY_KEY] = FlakyCounter()
    app.add_routes(stats_routes)
    for table in (httpbin.routes, teaching.routes):
        app.add_routes(table)
        for route in table:
            app.router.add_route(route.method, "/scope/{scope}" + route.path, route.handler)
    return app


class MockServer:
    """Owns the application and its runner; binds a host and reports its URL."""

    def __init__(self) -> None:
        self.app = make_app()
        self.runner: web.AppRunner | None = None
        self.url: str | None = None

    @property
    def stats(self) -> StatsRegistry:
        return self.app[STATS_KEY]

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start serving; returns the base URL (``port=0`` picks a free port)."""
        raise_open_file_limit()  # for the whole process: a kernel's own client needs them too
        # handler_cancellation: without it aiohttp never cancels a handler whose
        # client went away, so an abandoned request could not be counted.
        # shutdown_timeout: stopping must not wait for a student's /delay/10 to end.
        self.runner = web.AppRunner(self.app, handler_cancellation=True, access_log=None,
                                    shutdown_timeout=1.0, logger=server_logger)
        await self.runner.setup()
        site = web.TCPSite(self.runner, host, port, backlog=BACKLOG)
        await site.start()
        bound_host, bound_port = site._server.sockets[0].getsockname()[:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        return self.url

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
