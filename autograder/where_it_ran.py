"""Where a graded function ran: the process and thread of each call, and how long it took.

Time alone cannot say whether CPU work ran on the event loop: ``count_primes``
held the loop 0.66-0.94 s on one machine, and would hold it a quarter of that
on a CPU four times faster, on either side of any lag threshold. So the
exercises' own helper functions (``workload.py`` of exercise 12) are wrapped
with :func:`recorded`, and each call leaves a :class:`Call`. The runner keeps
the calls made in its process during a run, and a check compares their thread
with the thread that ran the student's event loop: evidence of *where* the work
ran, the same on any machine.

>>> @recorded                                   # doctest: +SKIP
... def count_primes(start, stop): ...
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from time import perf_counter as _perf_counter

__all__ = ["Call", "calls_since", "mark", "recorded"]


@dataclass(frozen=True)
class Call:
    """One call of a recorded function."""

    name: str
    thread_id: int
    seconds: float


_calls: list[Call] = []  # list.append is atomic: threads may record at once


def recorded(fn):
    """Wrap ``fn`` so that each call is recorded; the wrapper pickles by name like ``fn``."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = _perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _calls.append(Call(fn.__name__, threading.get_ident(), _perf_counter() - start))

    return wrapper


def mark() -> int:
    """A position in the record: pass it to :func:`calls_since`."""
    return len(_calls)


def calls_since(position: int) -> list[Call]:
    """The calls this process recorded after ``position``. A process pool's workers keep
    records of their own, which never reach this one: their calls ran off the loop."""
    return _calls[position:]
