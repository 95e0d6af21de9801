"""Do the message helpers find returned awaitables and name known mistakes?"""

import asyncio

from autograder.messages import awaitables_in, hint_for, plural


async def _brew():
    return "coffee"


def test_awaitables_in_finds_a_returned_coroutine_and_one_inside_a_list():
    """Is a coroutine found whether returned alone or inside a list or dict?"""
    coroutine = _brew()
    try:
        assert awaitables_in(coroutine) == ["a coroutine object (_brew)"]
        assert awaitables_in(["tea", coroutine]) == ["a coroutine object (_brew)"]
        assert awaitables_in({"drink": coroutine}) == ["a coroutine object (_brew)"]
        assert awaitables_in(["tea", 1, None]) == []
    finally:
        coroutine.close()


def test_awaitables_in_finds_tasks():
    """Is a returned Task named by its coroutine?"""
    async def main():
        task = asyncio.create_task(_brew())
        found = awaitables_in([task])
        await task
        return found

    assert asyncio.run(main()) == ["a Task (_brew)"]


def test_hint_for_names_gather_given_a_list():
    """Does passing a list to gather get the unpacking hint, and other errors none?"""
    assert "asyncio.gather(*coroutines)" in hint_for(TypeError("unhashable type: 'list'"))
    assert hint_for(ValueError("nothing special")) == ""


def test_hint_for_names_a_missing_await_on_a_coroutine_used_as_a_value():
    """Does indexing or reading a coroutine (response.json() without await) get the hint?"""
    for text in ("'coroutine' object is not subscriptable",
                 "'coroutine' object has no attribute 'get'"):
        assert "missing await" in hint_for(TypeError(text)), text


def test_plural():
    """Are counts worded in the singular and plural?"""
    assert (plural(1, "task"), plural(2, "task")) == ("1 task", "2 tasks")
