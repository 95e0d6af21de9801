"""Per-scope request statistics: what the server saw, for grading concurrency.

Every request belongs to a *scope* (``/scope/{name}/...``, or ``default``). A
scope counts requests, the number in flight and its peak, requests whose client
went away before the response was sent, the distinct client connections, and a
timeline of ``{path, start, end, status, cancelled}`` with times in seconds
relative to the scope's first request.

The registry is thread-safe: the server writes from its own thread while tests
may read from another.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

__all__ = ["DEFAULT_SCOPE", "Entry", "ScopeStats", "StatsRegistry"]

DEFAULT_SCOPE = "default"


@dataclass(eq=False)
class Entry:
    """One request on a scope's timeline."""

    scope: str
    owner: ScopeStats = field(repr=False)
    path: str
    start: float
    end: float | None = None
    status: int | None = None
    cancelled: bool = False


@dataclass(eq=False)
class ScopeStats:
    """Counters and timeline of one scope (mutate only under the registry lock)."""

    origin: float | None = None
    requests: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    cancelled: int = 0
    connections: set[str] = field(default_factory=set)
    timeline: list[Entry] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "requests": self.requests,
            "in_flight": self.in_flight,
            "peak_in_flight": self.peak_in_flight,
            "cancelled": self.cancelled,
            "connections": len(self.connections),
            "timeline": [
                {
                    "path": e.path,
                    "start": round(e.start, 4),
                    "end": None if e.end is None else round(e.end, 4),
                    "status": e.status,
                    "cancelled": e.cancelled,
                }
                for e in self.timeline
            ],
        }


class StatsRegistry:
    """All scopes of one server, guarded by one lock."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._scopes: dict[str, ScopeStats] = {}

    def begin(self, scope: str, path: str, connection: str) -> Entry:
        """Record a request arriving; returns the entry to pass to :meth:`finish`."""
        now = self._clock()
        with self._lock:
            stats = self._scopes.setdefault(scope, ScopeStats())
            if stats.origin is None:
                stats.origin = now
            stats.requests += 1
            stats.in_flight += 1
            stats.peak_in_flight = max(stats.peak_in_flight, stats.in_flight)
            stats.connections.add(connection)
            entry = Entry(scope=scope, owner=stats, path=path, start=now - stats.origin)
            stats.timeline.append(entry)
            return entry

    def finish(self, entry: Entry, status: int | None, cancelled: bool) -> None:
        """Record a request leaving, answered (``status``) or abandoned (``cancelled``)."""
        now = self._clock()
        with self._lock:
            stats = entry.owner
            if self._scopes.get(entry.scope) is not stats:
                return  # the scope was reset while this request was in flight
            stats.in_flight -= 1
            stats.cancelled += cancelled
            entry.end = now - stats.origin
            entry.status = status
            entry.cancelled = cancelled

    def in_flight(self, scope: str) -> int:
        with self._lock:
            stats = self._scopes.get(scope)
            return stats.in_flight if stats else 0

    def snapshot(self, scope: str) -> dict:
        """A JSON-ready copy of a scope's stats (zeros for a scope never seen)."""
        with self._lock:
            return self._scopes.get(scope, ScopeStats()).as_dict()

    def reset(self, scope: str) -> None:
        with self._lock:
            self._scopes.pop(scope, None)

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._scopes)
