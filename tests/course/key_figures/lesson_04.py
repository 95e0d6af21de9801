"""Lesson 04: tasks overlap; cancel() only asks; cancelled tasks must be awaited.

Every figure here is a count, an order or a yes/no that the demo's own output shows, so
none depends on how fast the machine is, except where a comment says so.
"""

from __future__ import annotations

import re

from . import printed


def _peak(label: str, text: str) -> int:
    match = re.search(rf"^{re.escape(label)}.*peak in flight (\d+)", text, re.MULTILINE)
    assert match, (label, text)
    return int(match.group(1))


def check(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "overlap"):
        # The server counts what was in flight at once: three awaits in a row never overlap,
        # three tasks created up front all do (/delay/0.1 at least: 0.1 s to overlap in).
        assert _peak("sequential awaits", text) == 1, text
        assert _peak("create_task", text) == 3, text

    for text in printed(figures, "cancel-one"):
        # cancel() returned True but the task was not done and its finally had not run;
        # after `await task` it was done, cancelled, and its clean-up had finished.
        assert "cancel() returned: True" in text, text
        assert re.search(r"right after cancel\(\): done\? False \| log: \[\]$", text, re.M), text
        assert "await task raised CancelledError" in text, text
        assert re.search(r"after await task: +done\? True \| cancelled\? True \| log: "
                         r"\['task C: cleaning up', 'task C: clean-up finished'\]", text), text

    for text in printed(figures, "cancel-gather"):
        # Clean-ups of 0.01, 0.1 and 0.2 s: a plain gather raises when the first ends, so
        # only one is done unless the loop stalled 0.09 s right then (9x the first clean-up).
        assert re.search(r"plain gather raised CancelledError; tasks done by then: 1 of 3",
                         text), text
        assert "gather(return_exceptions=True) returned; tasks done: 3 of 3" in text, text
        assert text.count("CancelledError(") == 3, text

    for text in printed(figures, "cancel-server"):
        # At the moment of cancel() the loop has not run: nothing can have reached the
        # server (0 cancelled, tasks 1 and 2 not done). After gather: all done, 2 abandoned.
        assert "cancel() returned: [False, True, True]" in text, text
        assert re.search(r"right after cancel\(\): done\? \[True, False, False\] "
                         r"\| the server counts 0 cancelled", text), text
        assert re.search(r"after gather: +done\? \[True, True, True\]", text), text
        assert "the server counts 2 cancelled" in text.split("after the session closed")[1], text
        assert text.count("(cancelled)") == 2, text    # the client's timeline agrees

    for text in printed(figures, "first-completed"):
        # /delay/0.1 against 0.3 and 2: B is alone in `done` unless A's answer came within
        # the 0.2 s between them, while wait() was returning.
        assert "done:    ['mirror B']" in text, text
        assert "pending: ['mirror A', 'mirror C']" in text, text
        assert "the server: 3 requests, 2 cancelled" in text, text

    for text in printed(figures, "never-retrieved-script"):
        # The script's error did not stop it: it finished, exited 0, and the only trace is
        # the default handler's report on stderr.
        assert "main carries on and finishes" in text, text
        assert "exit code: 0" in text, text
        assert "  Task exception was never retrieved" in text, text
        assert "ValueError: nobody awaited me" in text, text

    for text in printed(figures, "never-retrieved"):
        # Our handler got exactly one report, for the task whose exception nobody asked for.
        assert "the handler received 1 report(s):" in text, text
        assert ("Task exception was never retrieved | task 'forgotten' | "
                "ValueError('nobody awaited me')") in text, text
        assert "task 'checked'" not in text, text

    for text in printed(figures, "chapter"):
        # The chapter's order: bar (0.2 s) finishes before foo (0.4 s) although foo is
        # awaited first. One after another they could not take less than the 0.6 s sum.
        assert re.findall(r"^(\w+ (?:started|finished)!?\.*)$", text, re.M) == [
            "Tasks started...", "Bar finished!", "Foo finished!"], text
        assert float(re.search(r"^total: ([\d.]+) s", text, re.M).group(1)) < 0.6, text

    for text in printed(figures, "sequential"):
        # Plain awaits: foo first, and never less than the sum of the sleeps (a lower bound).
        assert re.findall(r"^(\w+) finished!$", text, re.M) == ["Foo", "Bar"], text
        assert float(re.search(r"^total: ([\d.]+) s", text, re.M).group(1)) >= 0.6, text

    for text in printed(figures, "chapter-script"):
        # The chapter's own delays, 2 s and 1 s: its output, in less than the 3 s that one
        # after the other would need at the very least (Python starts in about 0.1 s).
        assert re.findall(r"^(Tasks started\.\.\.|Bar finished!|Foo finished!)$", text, re.M) == [
            "Tasks started...", "Bar finished!", "Foo finished!"], text
        assert float(re.search(r"the script took ([\d.]+) s", text).group(1)) < 3.0, text

    for text in printed(figures, "start-order"):
        # create_task returns before the task has run; it starts at main's first await.
        assert text.split("\n")[:5] == ["main: create_task returned", "task A: starts",
                                        "main: after its first await", "task A: ends",
                                        "main: after await task"], text

    for text in printed(figures, "eager"):
        version = re.search(r"Python (3\.(\d+))", text)
        assert version, text
        if int(version.group(2)) >= 12:
            # An eager task runs inside create_task, up to its first real wait.
            lines = [line for line in text.splitlines() if line.startswith(("task B", "main"))]
            assert lines[:2] == ["task B: starts", "main: create_task returned"], text
        else:
            assert "has no eager tasks" in text, text

    for text in printed(figures, "slip"):
        # await asyncio.create_task(...) in a loop: one request at a time.
        assert re.search(r"in a loop: [\d.]+ s, peak in flight 1$", text, re.M), text

    for text in printed(figures, "collected"):
        # A task nobody refers to: listed while alive, gone after one gc.collect(), and
        # the loop's report caught by the cell's handler.
        assert re.search(r"after one loop turn: +<Task pending name='unreferenced'", text), text
        assert re.search(r"after garbage collection: None", text), text
        listed = re.findall(r"listed by all_tasks\(\)\? (\w+)", text)
        assert listed == ["True", "False"], text
        assert "the event loop reported: ['Task was destroyed but it is pending!']" in text, text

    for text in printed(figures, "inspect"):
        assert "gatekeeper done? False" in text and "InvalidStateError" in text, text
        assert "gatekeeper done? True result(): gate opened" in text, text

    # A task created in one cell has not run by the end of that cell, and has by the next.
    for text in printed(figures, "same-cell"):
        assert "in the same cell: done? False []" in text, text
    for text in printed(figures, "next-cell"):
        assert "in the next cell: done? True ['the task ran'] 'THE TASK RAN'" in text, text

    for text in printed(figures, "forgotten-script"):
        # asyncio.run cancels the task main did not await: foo never prints.
        assert "Foo finished!" not in text, text
        assert "after asyncio.run: was the task cancelled? True" in text, text
