"""Lesson 10: what a failing item does to join(), and how far a bounded queue lets a producer run."""

from __future__ import annotations

import re

STILL_WAITING = re.compile(r"^(\w+)\s+join\(\) still waiting after [\d.]+ s; items left in the "
                           r"queue: (\d+); the consumer had died with (\w+)$", re.MULTILINE)
RETURNED = re.compile(r"^(\w+)\s+join\(\) returned; processed (\d+) \+ failed (\d+) = (\d+) of "
                      r"(\d+) items, .*; the consumer was still working$", re.MULTILINE)


def check(figures: dict[str, list[str]]) -> None:
    check_failing_item(figures["failing-item"])


def check_failing_item(texts: list[str]) -> None:
    """A consumer without try, or with try/finally only, dies on item 0 and join() hangs; one
    that catches inside its loop lets join() return with every item accounted for.

    No clock decides this: the broken consumers are dead, so their join() can never return,
    whatever the 0.2 s limit; the robust one handles five items without awaiting anything
    slow, so its join() returns within a few loop steps (milliseconds, 100x below 0.2 s).
    """
    assert len(texts) == 2, texts
    for text in texts:
        hung = {name: (int(left), error) for name, left, error in STILL_WAITING.findall(text)}
        assert hung == {"chapter_consumer": (3, "ZeroDivisionError"),
                        "finally_only_consumer": (3, "ZeroDivisionError")}, text
        returned = RETURNED.findall(text)
        assert len(returned) == 1, text
        name, processed, failed, accounted, total = returned[0]
        assert name == "robust_consumer", text
        assert int(failed) == 1 and int(processed) + int(failed) == int(accounted) == int(total) == 5, text
