"""Does a later task run with the reference of an earlier one, only inside the block?"""

from __future__ import annotations

import asyncio

from autograder.task_isolation import using_reference


async def greet(name):  # the student's task 1, wrong: it never waits
    return "Hi"


async def greet_everyone(names):  # the student's task 2, right
    return await asyncio.gather(*(greet(name) for name in names))


async def correct_greet(name):
    await asyncio.sleep(0)
    return f"Hello, {name}!"


def test_the_reference_is_used_inside_the_block_and_restored_after():
    with using_reference(greet_everyone, greet=correct_greet):
        assert asyncio.run(greet_everyone(["Ada", "Bob"])) == ["Hello, Ada!", "Hello, Bob!"]
    assert asyncio.run(greet_everyone(["Ada"])) == ["Hi"]
    assert globals()["greet"] is greet


def test_a_name_the_student_never_defined_is_removed_again():
    with using_reference(greet_everyone, wave=correct_greet):
        assert globals()["wave"] is correct_greet
    assert "wave" not in globals()


def test_restored_even_when_the_block_raises():
    try:
        with using_reference(greet_everyone, greet=correct_greet):
            raise RuntimeError("a failing check")
    except RuntimeError:
        pass
    assert globals()["greet"] is greet


def test_something_without_globals_is_left_alone():
    with using_reference(len, greet=correct_greet):
        assert globals()["greet"] is greet
