"""Lesson 02: what lets other tasks run is waiting, not the word ``await``."""

from __future__ import annotations

import re

TURNS = re.compile(r"^\s*([\d,]+) x await (quick\(\)|asyncio\.sleep\(0\)):"
                   r"\s+the counter got ([\d,]+) turns", re.MULTILINE)
TIMELINE = re.compile(r"^(await  \w+|blocks \w+)\s+\|[# ]*\|\s+([\d.]+) s →\s+([\d.]+) s$",
                      re.MULTILINE)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def check(figures: dict[str, list[str]]) -> None:
    for text in _two(figures, "turns"):
        rows = {what: (_number(times), _number(turns))
                for times, what, turns in TURNS.findall(text)}
        assert set(rows) == {"quick()", "asyncio.sleep(0)"}, text
        # A coroutine that never waits is a plain call: the loop never runs, so the counter
        # gets no turn at all. This is a count, not a time: it does not depend on load.
        assert rows["quick()"] == (100_000, 0), rows
        # Each sleep(0) is one turn of the loop, and the counter is ready at every turn:
        # exactly one turn per sleep. Allow 1 % for the turns at either edge of the loop.
        times, turns = rows["asyncio.sleep(0)"]
        assert times == 1_000 and 0.99 * times <= turns <= 1.01 * times, rows

    for text in _two(figures, "ticks"):
        ticks = re.search(r"ticks while we awaited the coffee: [\d. ]+\((\d+) ticks\)", text)
        assert ticks, text
        # The ticker ticks once at once, and its 0.05 s timer falls due before the coffee's
        # 0.2 s one; even if the loop is late, due timers run earliest first, so the ticker
        # gets a second tick before the coffee's task resumes. 4 on a calm machine.
        assert int(ticks.group(1)) >= 2, text

    for text in _two(figures, "blocked"):
        before = re.search(r"^ticks before the block:(.*)$", text, re.MULTILINE)
        during = re.search(r"^blocked from [\d.]+ s to [\d.]+ s: (\d+) ticks$", text, re.MULTILINE)
        after = re.search(r"^ticks after the block:(.*)$", text, re.MULTILINE)
        gap = re.search(r"^longest time between two ticks: ([\d.]+) s", text, re.MULTILINE)
        assert before and during and after and gap, text
        # The ticker was running before the block and ran again after it (one tick at least
        # each side: it ticks as soon as the cell awaits), and not once while time.sleep held
        # the thread: the cell never awaited in between, so nothing else could run.
        assert len(before.group(1).split()) >= 1 and len(after.group(1).split()) >= 1, text
        assert int(during.group(1)) == 0, text
        # time.sleep(0.2) lasts at least 0.2 s, so some gap is at least that long (0.19 for
        # the rounding to two decimals); the ticker asks for 0.05 s, four times less.
        assert float(gap.group(1)) >= 0.19, text

    expected = ["the cell itself, before it awaits", "call_soon",
                "timer due after 0.05 s", "timer due after 0.10 s"]
    for text in _two(figures, "todo"):
        # An order, not a time: the current step ends first, then the ready queue, then the
        # timers earliest first. Load can delay all of them but cannot reorder them.
        assert re.findall(r"^\d (.+)$", text, re.MULTILINE) == expected, text

    for text in _two(figures, "timeline"):
        rows = {label: (float(start), float(end))
                for label, start, end in TIMELINE.findall(text)}
        awaiting = [span for label, span in rows.items() if label.startswith("await")]
        blocking = [span for label, span in rows.items() if label.startswith("blocks")]
        assert len(awaiting) == 3 and len(blocking) == 3, text
        # The awaiting three overlap: all start before any ends (they start within
        # milliseconds and each lasts 0.2 s, 20 times the 0.01 s the text is rounded to).
        assert max(s for s, _ in awaiting) < min(e for _, e in awaiting), rows
        # The blocking three cannot overlap: each starts once the previous one ended
        # (0.01 s allows for the rounding), and together they take at least 3 x 0.2 s.
        blocking.sort()
        for (_, end), (start, _) in zip(blocking, blocking[1:], strict=False):
            assert start >= end - 0.01, rows
        assert blocking[-1][1] - blocking[0][0] >= 0.59, rows


def _two(figures: dict[str, list[str]], name: str) -> list[str]:
    texts = figures[name]
    assert len(texts) == 2, (name, texts)  # the cell ran twice, each run printed
    return texts
