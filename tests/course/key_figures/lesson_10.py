"""Lesson 10: what a failing item does to join(), and how far a bounded queue lets a producer
run."""

from __future__ import annotations

import re

STILL_WAITING = re.compile(r"^(\w+)\s+join\(\) still waiting after [\d.]+ s; items left in the "
                           r"queue: (\d+); the consumer had died with (\w+)$", re.MULTILINE)
RETURNED = re.compile(r"^(\w+)\s+join\(\) returned; processed (\d+) \+ failed (\d+) = (\d+) of "
                      r"(\d+) items, .*; the consumer was still working$", re.MULTILINE)


PIPELINE = re.compile(r"^maxsize=(\d+): the producer ran at most (\d+) items ahead; largest queue "
                      r"size (\d+); producer finished after ([\d.]+) s; all done after ([\d.]+) s$",
                      re.MULTILINE)


GROUP_OK = re.compile(r"^\[[\d, ]+\]: the group ended normally with (\d+) results of (\d+)$",
                      re.MULTILINE)
GROUP_FAILED = re.compile(r"^\[[\d, ]+\]: the group raised \['ZeroDivisionError'\] from 1 "
                          r"consumer; (\d+) of the other (\d+) tasks were cancelled \(the producer "
                          r"among them: (\w+)\); (\d+) results of (\d+)$", re.MULTILINE)
STOPPED = re.compile(r"^SIGTERM: stopped accepting after (\d+) jobs, (\d+) still queued$",
                     re.MULTILINE)
DRAINED = re.compile(r"^drained: (\d+) of (\d+) jobs done, (\d+) left; exiting$", re.MULTILINE)


def check(figures: dict[str, list[str]]) -> None:
    check_backpressure(figures["backpressure"])
    check_failing_item(figures["failing-item"])
    check_taskgroup(figures["taskgroup"])
    check_sigterm(figures["sigterm"])


def check_taskgroup(texts: list[str]) -> None:
    """Without a 0 the group ends with every result; with one, the group raises the consumer's
    ZeroDivisionError and has cancelled the producer and both other consumers.

    Order, not speed: the 0 fails in the consumers' first round (0.02 s), while the producer
    still has most of its 11 puts ahead of it through a queue of 2, and the healthy consumers
    get no sentinel before it has made them all.
    """
    assert len(texts) == 2, texts
    for text in texts:
        [(got, total)] = GROUP_OK.findall(text)
        assert got == total == "8", text
        [(cancelled, others, producer, results, total)] = GROUP_FAILED.findall(text)
        assert cancelled == others == "3" and producer == "True", text
        assert int(results) < int(total) == 8, text


def check_sigterm(texts: list[str]) -> None:
    """SIGTERM: the service stops accepting, does every accepted job (queued ones too), exits 0.

    Counts, not times: jobs arrive every 0.005 s and 3 workers take 0.05 s each (4x slower), so
    the bounded queue is full when the signal comes after 0.3 s; join() then drains it.
    """
    assert len(texts) == 2, texts
    for text in texts:
        if text.startswith("Windows:"):  # no loop.add_signal_handler() there (the lesson says so)
            continue
        assert text.startswith("ready\n"), text
        [(accepted, queued)] = STOPPED.findall(text)
        [(done, of, left)] = DRAINED.findall(text)
        assert int(done) == int(of) == int(accepted) > 0 and left == "0", text
        assert int(queued) >= 1, text
        assert text.rstrip().endswith("exit code: 0"), text


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
        assert int(failed) == 1, text
        assert int(processed) + int(failed) == int(accounted) == int(total) == 5, text
