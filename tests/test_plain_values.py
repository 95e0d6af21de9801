"""Are returned values compared without trusting the student's objects?"""

from __future__ import annotations

from autograder.plain_values import first_mismatch, safely_equal, short_repr


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


class Unprintable:
    def __repr__(self):
        raise RuntimeError("no")


def test_first_mismatch_names_where_types_or_shapes_differ():
    assert first_mismatch([1, "a"], [1, "a"]) is None
    assert first_mismatch((1,), [1]) == ""
    assert first_mismatch([1, b"a"], [1, "a"]) == "[1]"
    assert first_mismatch({"s": [True]}, {"s": [1]}) == "['s'][0]"
    assert first_mismatch({"s": 1, "t": 2}, {"s": 1}) == ""
    assert first_mismatch(2, 2.0) is None  # an int where a float is expected
    assert first_mismatch(AlwaysEqual(), ["x"]) == ""


def test_a_value_that_is_not_plain_is_left_to_eq():
    marker = object()
    assert first_mismatch(AlwaysEqual(), marker) is None


def test_safely_equal_asks_both_sides_and_survives_a_raising_eq():
    assert safely_equal([1, 2], [1, 2])
    assert not safely_equal([1, 2], [2, 1])

    class Raising:
        def __eq__(self, other):
            raise ValueError

    assert not safely_equal(Raising(), 1)


def test_short_repr_never_raises_and_is_short():
    assert short_repr(Unprintable()) == "<Unprintable object>"
    assert len(short_repr("x" * 1000)) == 200
    assert short_repr("x" * 1000).endswith("...")
