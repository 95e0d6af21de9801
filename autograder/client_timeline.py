"""The client's view of time: when did each coroutine start and finish?

The server's timeline (``Scope.plot()``) shows when requests arrived. This one shows
the same run from the caller's side, so both can be read next to each other::

    timeline = ClientTimeline()
    bodies = await asyncio.gather(*(timeline.track(f"get {i}", fetch(session, url))
                                    for i, url in enumerate(urls)))
    timeline.print()                        # one text bar per coroutine
    timeline.plot(server=scope.settled())   # the picture, the server's view beside it

``track`` wraps an awaitable; ``span`` times a block. Times are seconds since the
first recorded start.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["ClientTimeline", "Span"]

T = TypeVar("T")


@dataclass
class Span:
    """One coroutine's start and finish (perf_counter seconds), and how it ended."""

    label: str
    start: float
    end: float | None = None
    outcome: str = "running"      # "ok", "error", "cancelled" or "running"


class ClientTimeline:
    """Record when each tracked coroutine starts and finishes, and draw it."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    @asynccontextmanager
    async def span(self, label: str):
        """Time the ``async with`` block as one bar named ``label``."""
        span = Span(label, time.perf_counter())
        self.spans.append(span)
        try:
            yield span
        except BaseException as error:
            span.outcome = "cancelled" if isinstance(error, asyncio.CancelledError) else "error"
            raise
        else:
            span.outcome = "ok"
        finally:
            span.end = time.perf_counter()

    async def track(self, label: str, awaitable: Awaitable[T]) -> T:
        """Await ``awaitable`` as one bar: it starts when this coroutine first runs."""
        async with self.span(label):
            return await awaitable

    def rows(self) -> list[tuple[str, float, float | None, str]]:
        """(label, start, end, outcome) per span, in seconds since the first start."""
        if not self.spans:
            return []
        zero = min(s.start for s in self.spans)
        return [(s.label, s.start - zero, None if s.end is None else s.end - zero, s.outcome)
                for s in self.spans]

    def text(self, width: int = 40) -> str:
        """The timeline as text: one bar per span, ``#`` while it ran."""
        rows = self.rows()
        if not rows:
            return "(nothing recorded)"
        last = max((end if end is not None else start) for _, start, end, _ in rows) or 1e-9
        name = max(len(label) for label, *_ in rows)
        lines = []
        for label, start, end, outcome in rows:
            stop = end if end is not None else last
            left = round(start / last * width)
            length = max(1, round(stop / last * width) - left)
            bar = " " * left + "#" * length
            finish = f"{end:5.2f} s" if end is not None else "  ... "
            note = "" if outcome == "ok" else f"  ({outcome})"
            lines.append(f"{label:<{name}} |{bar:<{width}}| {start:5.2f} s → {finish}{note}")
        return "\n".join(lines)

    def print(self, width: int = 40) -> None:
        """Print :meth:`text`."""
        print(self.text(width))

    def plot(self, server: dict | None = None, title: str = "what the client saw"):
        """Draw the spans as bars; with ``server`` (a scope's stats), the server's view beside.

        Returns the matplotlib Figure.
        """
        import matplotlib.pyplot as plt

        from .timeline import plot_timeline

        rows = self.rows()
        columns = 2 if server is not None else 1
        height = 0.35 * max(len(rows), 3) + 1.2
        figure, axes = plt.subplots(1, columns, figsize=(6 * columns, height), squeeze=False)
        ax = axes[0][0]
        colors = {"ok": "#4C72B0", "error": "#D1495B", "cancelled": "#9E9E9E", "running": "#DD8452"}
        for row, (_, start, end, outcome) in enumerate(rows):
            stop = end if end is not None else max(r[1] for r in rows)
            ax.barh(row, max(stop - start, 0.005), left=start, height=0.6,
                    color=colors[outcome], edgecolor="black", linewidth=0.4)
        ax.set_yticks(range(len(rows)), [label for label, *_ in rows], fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel("seconds since the first coroutine started")
        ax.set_title(title)
        if server is not None:
            plot_timeline(server, ax=axes[0][1], title="what the server saw")
        figure.tight_layout()
        return figure

