"""Caps on what one request may ask of the mock server, and the 400 above them."""

from __future__ import annotations

import json

from aiohttp import web

__all__ = [
    "MAX_BYTES", "MAX_DELAY", "MAX_LARGE_BYTES", "MAX_REDIRECTS", "MAX_STREAM_LINES", "bounded",
    "plain_number",
]

MAX_DELAY = 10.0  # seconds, like httpbin
MAX_BYTES = 100 * 1024  # like httpbin's /bytes
MAX_LARGE_BYTES = 8 * 1024 * 1024  # /large: bodies bigger than a client's read buffer
MAX_STREAM_LINES = 100  # like httpbin's /stream
MAX_REDIRECTS = 20


def bad_request(message: str) -> web.HTTPBadRequest:
    """A 400 whose JSON body says what was wrong."""
    return web.HTTPBadRequest(text=json.dumps({"error": message}), content_type="application/json")


def plain_number(raw: str) -> bool:
    """Could ``raw`` be an ASCII number? ``int()`` and ``float()`` also take Unicode
    digits (``"\\uff15"``), ``"1_000"`` and surrounding spaces: none belongs in a URL."""
    return raw.isascii() and "_" not in raw and raw == raw.strip()


def bounded(raw: str | None, name: str, *, cap: float, default: float | None = None,
            integer: bool = False) -> float:
    """Parse a numeric parameter and enforce ``0 <= value <= cap``.

    Raises:
        web.HTTPBadRequest: the value is missing, not a number, negative or above ``cap``.
    """
    if raw is None:
        if default is None:
            raise bad_request(f"{name} is required")
        return default
    try:
        if not plain_number(raw):
            raise ValueError(raw)
        value = int(raw) if integer else float(raw)
    except ValueError:
        raise bad_request(f"{name} must be a number, got {raw!r}") from None
    if not 0 <= value <= cap:
        raise bad_request(f"{name} must be between 0 and {cap:g}, got {raw}")
    return value
