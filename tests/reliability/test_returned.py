"""Outcome.returned: exact types all the way down, then ==; a lying __eq__ cannot pass it.

A plain ``assert out.value == expected`` (what the exercises' tests used before)
calls the student's ``__eq__`` when the student's object is on the left, and an
object that says True to everything passes. ``returned`` checks types first.
"""

from __future__ import annotations

import asyncio

import pytest

from autograder.outcome import RunOutcome
from autograder.runner import run_isolated


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


class EqualList(list):
    def __eq__(self, other):
        return True

    __hash__ = None


class RaisingEq:
    def __eq__(self, other):
        raise RuntimeError("no")

    def __repr__(self):
        raise RuntimeError("no repr either")


def returning(value):
    async def fetch_all():
        await asyncio.sleep(0)
        return value

    return RunOutcome(run_isolated(fetch_all, timeout=5))


EXPECTED = ["*", "**"]


def test_the_right_value_passes_and_chains():
    out = returning(["*", "**"])
    assert out.returned(EXPECTED) is out


def test_nested_plain_values_pass():
    expected = {"name": "Ada", "sizes": (1, 2.5), "ok": True, "none": None}
    returning({"name": "Ada", "sizes": (1, 2.5), "ok": True, "none": None}).returned(expected)


@pytest.mark.parametrize("value", [AlwaysEqual(), EqualList(["x"]), EqualList(EXPECTED)])
def test_an_object_equal_to_everything_fools_eq_but_not_returned(value):
    out = returning(value)
    assert out.value == EXPECTED  # the plain check is fooled
    with pytest.raises(AssertionError) as error:
        out.returned(EXPECTED)
    message = str(error.value)
    assert f"fetch_all returned {type(value).__name__} " in message
    assert message.endswith("; expected list ['*', '**'].")


@pytest.mark.parametrize(("value", "where"), [
    (("*", "**"), ""),            # a tuple for a list
    (["*"], ""),                  # too short
    (["*", b"**"], " (at [1])"),  # bytes for str
    ([True, "**"], " (at [0])"),  # bool for str
    (["*", "***"], ""),           # same types, different value
])
def test_wrong_values_fail_with_where(value, where):
    with pytest.raises(AssertionError) as error:
        returning(value).returned(EXPECTED)
    assert f"{where}; expected list" in str(error.value)


def test_bool_is_not_int_but_int_is_a_float():
    with pytest.raises(AssertionError, match=r"returned bool True; expected int 1"):
        returning(True).returned(1)
    with pytest.raises(AssertionError, match=r"returned float 1.0; expected int 1"):
        returning(1.0).returned(1)
    returning([2, 0.5]).returned([2.0, 0.5])  # 2 seconds is 2.0 seconds
    with pytest.raises(AssertionError, match=r"returned bool True; expected float 1.0"):
        returning(True).returned(1.0)


def test_a_hint_ends_the_message():
    with pytest.raises(AssertionError, match=r"expected list \['\*', '\*\*'\]\. In order\?$"):
        returning(["**", "*"]).returned(EXPECTED, hint="In order?")


def test_dict_keys_and_values_are_checked():
    with pytest.raises(AssertionError, match=r"at \['status'\]"):
        returning({"status": "201"}).returned({"status": 201})
    with pytest.raises(AssertionError, match="returned dict"):
        returning({"status": 201, "extra": 1}).returned({"status": 201})


def test_a_raising_eq_or_repr_is_a_failure_not_a_crash():
    with pytest.raises(AssertionError, match="returned RaisingEq <RaisingEq object>"):
        returning(RaisingEq()).returned(EXPECTED)
