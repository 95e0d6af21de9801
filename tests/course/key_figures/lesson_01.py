"""Lesson 01: threads and asyncio overlap waits; with the GIL, neither speeds up computing."""

from __future__ import annotations

import re

MODEL = re.compile(r"^(sequential|5 threads|asyncio)\s+([\d.]+) s\s+peak in flight: (\d+)$",
                   re.MULTILINE)
BUILD = re.compile(r"^Python [\w.+]+, (standard|free-threaded) build, GIL (on|off)$", re.MULTILINE)
GIL = re.compile(r"^twice in one thread:\s+[\d.]+ s, ([\d.]+) cores busy on average\n"
                 r"in two threads:\s+[\d.]+ s, ([\d.]+) cores busy on average\n"
                 r"threads' speed-up:\s+([\d.]+)x$", re.MULTILINE)
DELAY, N = 0.3, 5


def check(figures: dict[str, list[str]]) -> None:
    for text in _two(figures, "models"):
        rows = {model: (float(seconds), int(peak)) for model, seconds, peak in MODEL.findall(text)}
        assert set(rows) == {"sequential", "5 threads", "asyncio"}, text
        # What the server saw is a count, not a time: one request at a time in a loop, all
        # five at once with five threads or with asyncio.gather.
        assert rows["sequential"][1] == 1 and rows["5 threads"][1] == N == rows["asyncio"][1], rows
        # Five waits of 0.3 s one after another cannot take less than 1.5 s; the overlapped
        # ones take about 0.3 s, so half the sequential time leaves 2.5x on both sides.
        sequential = rows["sequential"][0]
        assert sequential >= N * DELAY - 0.02, rows
        assert rows["5 threads"][0] < sequential / 2 and rows["asyncio"][0] < sequential / 2, rows

    for text in _two(figures, "asyncio"):
        # asyncio ran all five requests in the notebook's one thread.
        assert re.search(r"^threads that did the work: \['MainThread'\]$", text, re.MULTILINE), text

    for text in _two(figures, "gil"):
        build, gil = BUILD.search(text), GIL.search(text)
        assert build and gil, text
        one_core, cores, speedup = (float(g) for g in gil.groups())
        assert one_core > 0 and cores > 0 and speedup > 0, text
        if gil_on := build.group(2) == "on":
            # With the GIL only one thread runs Python at a time: the process's CPU seconds
            # per wall second stay at about 1 (0.86-0.96 measured; lower when other programs
            # share the cores) and cannot reach 1.3 without a second core computing. This
            # holds however busy the machine is.
            assert cores < 1.3, text
            # The speed-up is about (cores busy with threads) / (cores busy with one thread)
            # for the same work. Only when the one-thread run had (nearly) a whole core does
            # it measure the threads rather than the machine's load: then it is at most about
            # 1 / 0.9 = 1.1 (0.89-1.1 measured), and 1.3 leaves room for the noise. Under
            # heavy load (0.3-0.4 cores busy seen) the ratio of times can reach 1.45x or 0.75x
            # and says nothing about the GIL, so it is not asserted then.
            if one_core >= 0.9:
                assert speedup < 1.3, text
        assert gil_on or build.group(1) == "free-threaded", text  # the GIL is off only there

    for text in _two(figures, "coroutines"):
        # An order, not a time: a coroutine that never awaits runs to its end before the
        # next one starts, on any machine and any build.
        assert text.strip() == ("coroutine 1 starts → coroutine 1 ends → "
                                "coroutine 2 starts → coroutine 2 ends"), text

    check_waits(figures)


def _two(figures: dict[str, list[str]], name: str) -> list[str]:
    texts = figures[name]
    assert len(texts) == 2, (name, texts)  # the cell ran twice, each run printed
    return texts


WAITS = re.compile(r"^1,000 waits of 0\.3 s with (threads|asyncio): ([\d.]+) s, "
                   r"([\d,]+) threads in this process while waiting$", re.MULTILINE)


def check_waits(figures: dict[str, list[str]]) -> None:
    for text in _two(figures, "waits"):
        rows = {model: (float(seconds), int(threads.replace(",", "")))
                for model, seconds, threads in WAITS.findall(text)}
        assert set(rows) == {"threads", "asyncio"}, text
        # Counts, not times: the 1,000 threads are counted while all of them wait for the
        # signal to start sleeping, so all are alive, on top of the main thread. The
        # asyncio run adds no thread: what is left is the kernel's own few (about 5-10);
        # 100 is ten times that and ten times below the threaded count.
        assert rows["threads"][1] > 1_000, rows
        assert rows["asyncio"][1] < 100, rows
        # Both overlap their waits: at least 0.3 s, far below the 300 s of a sequential loop.
        assert all(0.29 <= seconds < 30 for seconds, _ in rows.values()), rows
