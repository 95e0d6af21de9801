"""Count the aiohttp ClientSessions a run creates: evidence for "one session".

The server cannot tell one session from many: five concurrent requests open
five connections either way. So while a run is going, ``ClientSession.__init__``
is wrapped to count each session made, in any thread, however the student
imported the class (``aiohttp.ClientSession`` and ``from aiohttp import
ClientSession`` are the same class object). The original is put back when the
run ends.

>>> with SessionCounter() as sessions:          # doctest: +SKIP
...     run(...)
>>> sessions.created
1
"""

from __future__ import annotations

import functools

import aiohttp

__all__ = ["SessionCounter"]


class SessionCounter:
    """``with SessionCounter() as counter:``; ``counter.created`` is the number made inside."""

    def __init__(self) -> None:
        self._made: list[None] = []  # list.append is atomic: sessions may be made in threads
        self._original = None

    @property
    def created(self) -> int:
        return len(self._made)

    def __enter__(self) -> SessionCounter:
        original = self._original = aiohttp.ClientSession.__init__
        made = self._made

        @functools.wraps(original)
        def counting_init(session, *args, **kwargs):
            made.append(None)
            original(session, *args, **kwargs)

        aiohttp.ClientSession.__init__ = counting_init
        return self

    def __exit__(self, *exc_info) -> None:
        aiohttp.ClientSession.__init__ = self._original
