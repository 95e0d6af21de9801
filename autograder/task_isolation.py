"""Grade one task at a time: a later task runs with the course's own version of an earlier one.

When task 2's ``brew_all`` calls task 1's ``brew``, a mistake in ``brew`` would also
fail every test of ``brew_all``: one mistake, points lost twice. A test of task 2
runs it with a correct ``brew`` instead::

    with using_reference(brew_all, brew=correct_brew):
        out = check.run(brew_all, orders)

The replacement is made in the namespace ``brew_all`` looks its globals up in (the
notebook's), for the ``with`` block only; code that does not call ``brew`` is not
affected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["using_reference"]

_MISSING = object()


@contextmanager
def using_reference(fn: Callable, **references: Callable) -> Iterator[None]:
    """Within the block, the names ``references`` in ``fn``'s globals are the references."""
    namespace = getattr(fn, "__globals__", None)
    if namespace is None:  # not a plain function: nothing it looks up can be replaced
        yield
        return
    saved = {name: namespace.get(name, _MISSING) for name in references}
    namespace.update(references)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is _MISSING:
                namespace.pop(name, None)
            else:
                namespace[name] = value
