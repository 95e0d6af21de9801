"""A named slice of the mock server's statistics, read from any thread.

Each check and each lesson demo makes its own :class:`Scope`, so what the
server saw for it is never mixed with anything else:

>>> scope = Scope("gather-demo")                      # doctest: +SKIP
>>> urls = [scope.url(f"/delay/0.5?i={i}") for i in range(5)]
>>> # ... run requests ...
>>> scope.settled()["peak_in_flight"]                 # doctest: +SKIP
5

Reads use ``urllib`` (synchronous) on purpose: the server runs on its own
thread, so this never waits on the caller's event loop.
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid

from .server.background import ensure_server

__all__ = ["Scope"]

_clock = time.monotonic  # bound at import: a student patching time.monotonic cannot skew it


class Scope:
    """A fresh, uniquely named scope on the course server."""

    def __init__(self, label: str = "scope", base_url: str | None = None) -> None:
        slug = re.sub(r"[^A-Za-z0-9_-]+", "-", label).strip("-") or "scope"
        self.name = f"{slug}-{uuid.uuid4().hex[:8]}"
        self.base_url = (base_url or ensure_server()).rstrip("/")

    def url(self, path: str = "/get") -> str:
        """The scoped URL of an endpoint, e.g. ``scope.url("/delay/1")``."""
        return f"{self.base_url}/scope/{self.name}/{path.lstrip('/')}"

    def _call(self, method: str) -> dict:
        request = urllib.request.Request(f"{self.base_url}/stats/{self.name}", method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def stats(self) -> dict:
        """What the server saw so far (see ``GET /stats/{name}``)."""
        return self._call("GET")

    def settled(self, timeout: float = 2.0) -> dict:
        """The stats once nothing is in flight (abandoned requests take a moment to end)."""
        deadline = _clock() + timeout
        stats = self.stats()
        while stats["in_flight"] and _clock() < deadline:
            time.sleep(0.02)
            stats = self.stats()
        return stats

    def reset(self) -> None:
        self._call("DELETE")

    def plot(self, title: str | None = None, ax=None):
        """Draw this scope's request timeline (see :func:`autograder.timeline.plot_timeline`)."""
        from .timeline import plot_timeline

        return plot_timeline(self.settled(), title=title, ax=ax)

    def __repr__(self) -> str:
        return f"Scope({self.name!r}, base_url={self.base_url!r})"
