"""Lesson 05: gather keeps argument order while completion order differs; all in flight."""

from __future__ import annotations

import re

from . import printed


def _listed(label: str, text: str) -> list[str]:
    match = re.search(rf"^{re.escape(label)}\s*\[(.*)\]$", text, re.MULTILINE)
    assert match, (label, text)
    return re.findall(r"'([^']*)'", match.group(1))


def check(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "countdown"):
        # Sleeps of 0.3, 0.1 and 0.2 s, 0.1 s apart: they start in argument order, finish
        # shortest first, and the results come back in argument order.
        events = re.findall(r"^(Task \d) (started|finished)$", text, re.MULTILINE)
        assert events == [("Task 1", "started"), ("Task 2", "started"), ("Task 3", "started"),
                          ("Task 2", "finished"), ("Task 3", "finished"),
                          ("Task 1", "finished")], text
        assert "Results: ['Task 1 done', 'Task 2 done', 'Task 3 done']" in text, text
        # One after another they could not take less than the sum, 0.6 s; together they
        # take the longest, 0.3 s: it would take a 0.3 s stall to reach the bound.
        total = float(re.search(r"^total: ([\d.]+) s$", text, re.MULTILINE).group(1))
        assert total < 0.6, text

    for text in printed(figures, "urls"):
        # The server's delays are 0.05 s apart, and its timers fire in deadline order:
        # it finishes them shortest first; gather's list is in argument order regardless.
        finished = _listed("order the server finished them:", text)
        assert finished == ["3", "1", "5", "4", "2", "0"], text
        assert _listed("order of gather's results:", text) == ["0", "1", "2", "3", "4", "5"], text
        took, peak = re.search(r"took ([\d.]+) s; at most (\d+) in flight", text).groups()
        # All six reached the server before the first (0.05 s) answered: opening six local
        # connections takes a few ms. One after another they would take at least the
        # 1.05 s sum of the delays; together about 0.3 s.
        assert int(peak) == 6, text
        assert float(took) < 1.05, text

    for text in printed(figures, "errors"):
        # The 500 came out of the first gather while /delay/0.2 was still running (it
        # answers 0.2 s after the 500); return_exceptions put each outcome at its position.
        assert "gather raised: ClientResponseError, status 500" in text, text
        assert "fetch_status tasks still running after gather raised: 1" in text, text
        outcomes = re.findall(r"^\s+(/\S+)\s+-> (.+)$", text, re.MULTILINE)
        assert outcomes == [("/status/200", "200"),
                            ("/status/500", "ClientResponseError (status 500)"),
                            ("/delay/0.2", "200")], text

    for text in printed(figures, "server-log"):
        # The abandoned /delay/0.2 of the first gather ran to its end: both answered, none
        # cancelled (the server's own record, whatever the timing).
        assert text.count("/delay/0.2   status 200  cancelled: False") == 2, text
        assert "cancelled: True" not in text, text

    for text in printed(figures, "taskgroup"):
        # Two requests of 0.2 and 0.1 s in a TaskGroup: both results, both in flight at once.
        assert "results: [200, 200]" in text, text
        assert "peak in flight: 2" in text, text
