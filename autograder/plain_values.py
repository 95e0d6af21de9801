"""Comparing a student's returned value with the expected one, without trusting it.

A student's object may define ``__eq__`` to answer True to anything, or make
``__repr__`` raise. Plain values (list, tuple, dict, str, int, float, bool,
None) are compared type by type first (:func:`first_mismatch`), and only then
with ``==`` both ways (:func:`safely_equal`); :func:`short_repr` never raises.
"""

from __future__ import annotations

__all__ = ["PLAIN", "first_mismatch", "safely_equal", "short_repr"]

PLAIN = (list, tuple, dict, str, int, float, bool, type(None))


def short_repr(value, limit: int = 200) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a student's __repr__ may raise
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def first_mismatch(value, expected, path: str = "") -> str | None:
    """Where ``value`` and ``expected`` first differ in type or shape ("" = the top), or None."""
    if type(expected) not in PLAIN:
        return None  # not a plain value: left to ==
    if type(value) is not type(expected) and not (type(expected) is float
                                                  and type(value) is int):
        return path
    if isinstance(expected, list | tuple):
        if len(value) != len(expected):
            return path
        for i, (v, e) in enumerate(zip(value, expected, strict=True)):
            if (found := first_mismatch(v, e, f"{path}[{i}]")) is not None:
                return found
    elif isinstance(expected, dict):
        if set(value) != set(expected) or any(type(k) not in PLAIN for k in value):
            return path
        for key, e in expected.items():
            if (found := first_mismatch(value[key], e, f"{path}[{key!r}]")) is not None:
                return found
    return None


def safely_equal(value, expected) -> bool:
    """``expected == value`` with the plain value's own ``__eq__`` first."""
    try:
        return bool(expected == value) and bool(value == expected)
    except Exception:  # noqa: BLE001 - a student's __eq__ may raise
        return False
