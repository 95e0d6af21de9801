"""Small helpers for the checks' student-facing messages."""

from __future__ import annotations

import asyncio
import inspect

__all__ = ["awaitables_in", "close_coroutines", "hint_for", "plural", "was"]

_OTHER_LOOP = (
    "A session, lock or queue made outside the function belongs to another event loop: "
    "create it inside the async function."
)
# Errors whose message alone names the mistake: text in the message -> hint.
_MISSING_AWAIT = (
    "A coroutine was used where its result was expected: a missing await (for example "
    "`await response.json()`)?"
)
_ERROR_HINTS = {
    "cannot be called from a running event loop": (
        "Inside async code, `await` the coroutine instead of calling asyncio.run()."
    ),
    "different loop": _OTHER_LOOP,
    "different event loop": _OTHER_LOOP,
    "Event loop is closed": _OTHER_LOOP,
    "'coroutine' object is not subscriptable": _MISSING_AWAIT,
    "'coroutine' object has no attribute": _MISSING_AWAIT,
    "'coroutine' object is not iterable": _MISSING_AWAIT,
    "unhashable type: 'list'": (
        "If you passed a list to asyncio.gather: it takes the coroutines as separate "
        "arguments, asyncio.gather(*coroutines)."
    ),
}


def hint_for(error: BaseException) -> str:
    """A one-sentence hint for an error whose message names a known mistake, or ''."""
    text = str(error)
    return next((hint for key, hint in _ERROR_HINTS.items() if key in text), "")


def was(n: int) -> str:
    return "was" if n == 1 else "were"


def plural(n: int, word: str) -> str:
    """``'1 task'``, ``'2 tasks'``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _describe(item) -> str | None:
    if inspect.iscoroutine(item):
        return f"a coroutine object ({item.__qualname__})"
    if isinstance(item, asyncio.Task):
        return f"a Task ({item.get_coro().__qualname__})"
    if isinstance(item, asyncio.Future):
        return "a Future"
    return None


def _items(value) -> list:
    """The value itself and, for a container, what it holds (one level)."""
    if isinstance(value, dict):
        return [value, *value.values()]
    if isinstance(value, list | tuple | set):
        return [value, *value]
    return [value]


def awaitables_in(value) -> list[str]:
    """Coroutines, tasks or futures in a returned value (itself or one level inside)."""
    return [d for d in map(_describe, _items(value)) if d]


def close_coroutines(value) -> None:
    """Close returned coroutines, so no "never awaited" warning reaches stderr later."""
    for item in _items(value):
        if inspect.iscoroutine(item):
            item.close()
