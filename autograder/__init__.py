"""The asyncio course's toolkit: mock HTTP server, isolated runner, checks, grading CLI."""

__all__ = ["Scope", "ensure_server"]


def __getattr__(name: str):
    # Imported on first use: a process-pool worker that imports an exercise's workload.py
    # (and so autograder.where_it_ran) need not load aiohttp and the server.
    if name == "Scope":
        from .scope import Scope

        return Scope
    if name == "ensure_server":
        from .server import ensure_server

        return ensure_server
    raise AttributeError(f"module 'autograder' has no attribute {name!r}")
