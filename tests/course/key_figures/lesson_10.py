"""Lesson 10: what a failing item does to join(), and how far a bounded queue lets a producer run."""

from __future__ import annotations

import re

STILL_WAITING = re.compile(r"^(\w+)\s+join\(\) still waiting after [\d.]+ s; items left in the "
                           r"queue: (\d+); the consumer had died with (\w+)$", re.MULTILINE)
RETURNED = re.compile(r"^(\w+)\s+join\(\) returned; processed (\d+) \+ failed (\d+) = (\d+) of "
                      r"(\d+) items, .*; the consumer was still working$", re.MULTILINE)


PIPELINE = re.compile(r"^maxsize=(\d+): the producer ran at most (\d+) items ahead; largest queue "
                      r"size (\d+); producer finished after ([\d.]+) s; all done after ([\d.]+) s$",
                      re.MULTILINE)


def check(figures: dict[str, list[str]]) -> None:
    check_backpressure(figures["backpressure"])
    check_failing_item(figures["failing-item"])


def check_backpressure(texts: list[str]) -> None:
    """maxsize=2 lets the producer run 3 items ahead (maxsize + the one in its hands), not 2;
    the unbounded queue lets it make all 6 while the consumer is on item 0; both take as long.

    The counts depend on order, not speed: the producer makes its next item on the loop step
    after the consumer takes one, long before the consumer's 0.1 s of work ends. The times:
    six 0.1 s sleeps one after another cannot take less than 0.6 s; the bounded producer
    waits three of them (>= 0.3 s) while the unbounded one never yields (microseconds,
    against the 0.05 s allowed). "Equally long": measured 0.61-0.62 s each; 0.2 s apart would
    be a third of the whole run.
    """
    assert len(texts) == 2, texts
    for text in texts:
        rows = {int(m): tuple(map(float, rest)) for m, *rest in PIPELINE.findall(text)}
        assert set(rows) == {0, 2}, text
        ahead, largest, produced, done = rows[2]
        assert (ahead, largest) == (3, 2), text
        assert 0.28 <= produced, text
        ahead0, largest0, produced0, done0 = rows[0]
        assert (ahead0, largest0) == (5, 6), text
        assert produced0 < 0.05, text
        assert min(done, done0) >= 0.58 and abs(done - done0) < 0.2, text


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
