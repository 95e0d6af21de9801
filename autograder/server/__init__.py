"""The course's mock HTTP server: httpbin-compatible, instrumented per scope."""

from .app import BACKLOG, MockServer, make_app
from .background import ENV_VAR, BackgroundServer, ensure_server
from .stats import DEFAULT_SCOPE, StatsRegistry

__all__ = [
    "BACKLOG",
    "DEFAULT_SCOPE",
    "ENV_VAR",
    "BackgroundServer",
    "MockServer",
    "StatsRegistry",
    "ensure_server",
    "make_app",
]
