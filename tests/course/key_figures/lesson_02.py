"""Lesson 02: what lets other tasks run is waiting, not the word ``await``."""

from __future__ import annotations

import re

TURNS = re.compile(r"^\s*([\d,]+) x await (quick\(\)|asyncio\.sleep\(0\)):\s+the counter got ([\d,]+) turns",
                   re.MULTILINE)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def check(figures: dict[str, list[str]]) -> None:
    texts = figures["turns"]
    assert len(texts) == 2, texts  # the cell ran twice
    for text in texts:
        rows = {what: (_number(times), _number(turns)) for times, what, turns in TURNS.findall(text)}
        assert set(rows) == {"quick()", "asyncio.sleep(0)"}, text
        # A coroutine that never waits is a plain call: the loop never runs, so the counter
        # gets no turn at all. This is a count, not a time: it does not depend on load.
        assert rows["quick()"] == (100_000, 0), rows
        # Each sleep(0) is one turn of the loop, and the counter is ready at every turn:
        # exactly one turn per sleep. Allow 1 % for the turns at either edge of the loop.
        times, turns = rows["asyncio.sleep(0)"]
        assert times == 1_000 and 0.99 * times <= turns <= 1.01 * times, rows
