"""The asyncio course's toolkit: mock HTTP server, isolated runner, checks, grading CLI."""

__all__ = ["Scope", "ensure_server"]

from .scope import Scope
from .server import ensure_server
