"""Lesson 08: a cancelled child of gather is not "ok"; retries are counted by the server."""

from __future__ import annotations

import re

ROW = re.compile(r"^  (/\S+)\s+(ok \(.*?\)|failed)\s+(ok:\s+\d+|failed: \w+ \d+|cancelled)$",
                 re.MULTILINE)
SERVER_CANCELLED = re.compile(r"^server: cancelled requests = (\d+)$", re.MULTILINE)


def check(figures: dict[str, list[str]]) -> None:
    check_cancelled_child(figures["cancelled-child"])


def check_cancelled_child(texts: list[str]) -> None:
    """isinstance(result, Exception) calls the cancelled /delay/2 "ok"; outcome() says cancelled.

    No clock decides this beyond order: the watchdog cancels at 0.2 s a request the server
    holds for 2 s (10x longer), and the two others answer at once.
    """
    assert len(texts) == 2, texts
    for text in texts:
        rows = {path: (naive, careful) for path, naive, careful in ROW.findall(text)}
        assert set(rows) == {"/status/200", "/status/500", "/delay/2"}, text
        naive, careful = rows["/delay/2"]
        assert naive.startswith("ok (CancelledError") and careful == "cancelled", text
        assert rows["/status/500"] == ("failed", "failed: ClientResponseError 500"), text
        assert rows["/status/200"][1].split() == ["ok:", "200"], text
        assert SERVER_CANCELLED.findall(text) == ["1"], text
