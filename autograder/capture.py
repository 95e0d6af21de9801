"""Catch what a student's run would print to stderr, and sort it into findings.

nbgrader scores a test cell 0 when anything reaches stderr, and the usual
asyncio mistakes all announce themselves there: ``coroutine 'fetch' was never
awaited`` (a RuntimeWarning), ``Unclosed client session`` (aiohttp's
ResourceWarning and a loop exception-handler report), ``Task exception was
never retrieved`` (a loop exception-handler report). A :class:`Capture` records
warnings (``catch_warnings(record=True)`` with the ``always`` filter), unraisable
exceptions, and — through :meth:`Capture.loop_handler`, installed as the loop's
exception handler — the loop's reports, then sorts them with :meth:`Capture.findings`.

The warnings machinery is process-wide: a capture sees warnings from every
thread while it is open, which is how it sees the runner's thread.
"""

from __future__ import annotations

import gc
import re
import sys
import warnings
from dataclasses import dataclass, field

__all__ = ["Capture", "Findings"]

_NEVER_AWAITED = re.compile(r"coroutine '(.+?)' was never awaited")
_UNRETRIEVED = ("Task exception was never retrieved", "Future exception was never retrieved")
_UNCLOSED_SESSION = "Unclosed client session"


@dataclass
class Findings:
    """What a capture saw, sorted by the mistake it points to."""

    never_awaited: list[str] = field(default_factory=list)
    unclosed_sessions: int = 0
    unretrieved: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


def _exception_text(exc: BaseException | None) -> str:
    if exc is None:
        return ""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Capture:
    """A context manager that keeps warnings, loop reports and unraisable errors off stderr."""

    def __init__(self) -> None:
        self._warnings: list = []
        self._reports: list[tuple[str, str]] = []  # (kind, text), summarised at once
        self._unraisable: list[str] = []
        self._catcher: warnings.catch_warnings | None = None
        self._hook = None

    def __enter__(self) -> Capture:
        self._catcher = warnings.catch_warnings(record=True)
        self._warnings = self._catcher.__enter__()
        warnings.simplefilter("always")
        self._hook, sys.unraisablehook = sys.unraisablehook, self._on_unraisable
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            # Keep text only: a warning's ``source`` keeps its object (an unclosed
            # session and its connector) alive; collect that too while still capturing.
            # Each collection can free objects that warn in turn (a session never
            # closed, its connector, its un-awaited close()): go on until none is left.
            for _ in range(5):
                if not self._keep_text():
                    break
                gc.collect()
        finally:
            sys.unraisablehook = self._hook
            self._catcher.__exit__(*exc_info)

    def _keep_text(self) -> bool:
        """Replace each new warning by its (category, text); False if there was none."""
        fresh = any(not isinstance(w, tuple) for w in self._warnings)
        self._warnings[:] = [
            w if isinstance(w, tuple) else (w.category, str(w.message)) for w in self._warnings
        ]
        return fresh

    def _on_unraisable(self, unraisable) -> None:
        self._unraisable.append(_exception_text(unraisable.exc_value))

    def loop_handler(self, loop, context: dict) -> None:
        """An event-loop exception handler that records instead of logging."""
        message = context.get("message", "")
        exc = context.get("exception")
        if "client_session" in context:
            self._reports.append(("session", message))
        elif message in _UNRETRIEVED:
            future = context.get("future")
            coro = future.get_coro() if hasattr(future, "get_coro") else None
            origin = f" in {getattr(coro, '__qualname__', '?')}()" if coro is not None else ""
            self._reports.append(("unretrieved", f"{message}{origin}: {_exception_text(exc)}"))
        else:
            detail = _exception_text(exc)
            self._reports.append(("other", f"{message}: {detail}" if detail else message))

    def findings(self) -> Findings:
        """Sort what was caught (call after the capture is closed)."""
        found = Findings()
        warned_sessions = 0
        for item in self._warnings:
            # A warning that came after the last collection is still a WarningMessage.
            category, text = item if isinstance(item, tuple) else (item.category, str(item.message))
            match = _NEVER_AWAITED.search(text)
            if match and issubclass(category, RuntimeWarning):
                found.never_awaited.append(match.group(1))
            elif text.startswith(_UNCLOSED_SESSION):
                warned_sessions += 1
            else:
                found.other.append(f"{category.__name__}: {text}")
        reported_sessions = 0
        for kind, text in self._reports:
            if kind == "session":
                reported_sessions += 1
            elif kind == "unretrieved":
                found.unretrieved.append(text)
            else:
                found.other.append(text)
        # aiohttp reports one unclosed session twice (a warning and a loop report).
        found.unclosed_sessions = max(warned_sessions, reported_sessions)
        found.other.extend(f"Exception ignored: {text}" for text in self._unraisable)
        return found
