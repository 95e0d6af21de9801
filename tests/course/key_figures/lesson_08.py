"""Lesson 08: a cancelled child of gather is not "ok"; retries are counted by the server."""

from __future__ import annotations

import re

ROW = re.compile(r"^  (/\S+)\s+(ok \(.*?\)|failed)\s+(ok:\s+\d+|failed: \w+ \d+|cancelled)$",
                 re.MULTILINE)
SERVER_CANCELLED = re.compile(r"^server: cancelled requests = (\d+)$", re.MULTILINE)
FAILED_ATTEMPT = re.compile(r"^  attempt (\d+) failed \(ClientResponseError 503\); next try in "
                            r"([\d.]+) s$", re.MULTILINE)
FLAKY_RESULT = re.compile(r"^result: \{'key': 'demo', 'attempt': (\d+), 'ok': True\}$",
                          re.MULTILINE)
FLAKY_SERVER = re.compile(r"^server: requests = (\d+) \| pauses between them: \[([\d., ]*)\] s$",
                          re.MULTILINE)
SERVER_REQUESTS = re.compile(r"^server: requests = (\d+)$", re.MULTILINE)
CANCELLED_ROW = re.compile(r"^(\w+)\s+(.+); server: (\d+) requests$", re.MULTILINE)


def check(figures: dict[str, list[str]]) -> None:
    check_cancelled_child(figures["cancelled-child"])
    check_retry_flaky(figures["retry-flaky"])
    check_retry_404(figures["retry-404"])
    check_retry_cancelled(figures["retry-cancelled"])


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


def check_retry_flaky(texts: list[str]) -> None:
    """/flaky?fail=3 with 5 attempts: 3 failures, then success; the server saw exactly the 4
    requests the loop made (the 4th is also the attempt number in its answer); the pauses it
    measured double.

    The counts do not depend on speed. The pauses: asyncio.sleep never returns early, so each
    pause between two request starts is at least its wait (0.05, 0.1, 0.2 s; printed rounded to
    0.01, hence the 0.005). Above, each pause is the wait plus one request (measured 0.00-0.01 s
    more); 0.15 s allows for a busy machine. Waits that did not double (0.05 s each time) fail
    the lower bounds of the second and third pauses.
    """
    assert len(texts) == 2, texts
    for text in texts:
        failures = FAILED_ATTEMPT.findall(text)
        assert [int(n) for n, _ in failures] == [1, 2, 3], text
        waits = [float(w) for _, w in failures]
        assert waits == [0.05, 0.1, 0.2], text
        assert FLAKY_RESULT.findall(text) == ["4"], text
        [(requests, pauses)] = FLAKY_SERVER.findall(text)
        assert int(requests) == len(failures) + 1 == 4, text
        pauses = [float(x) for x in pauses.split(",")]
        assert len(pauses) == 3, text
        for pause, wait in zip(pauses, waits, strict=True):
            assert wait - 0.005 <= pause <= wait + 0.15, (pause, wait, text)


def check_retry_404(texts: list[str]) -> None:
    """A 404 is permanent: raised at once, one request on the server (a count, not a time)."""
    assert len(texts) == 2, texts
    for text in texts:
        assert "gave up at once: 404 Not Found" in text, text
        assert SERVER_REQUESTS.findall(text) == ["1"], text
        assert "attempt 1 failed" not in text, text


def check_retry_cancelled(texts: list[str]) -> None:
    """Cancelled while its first request waits for an answer, get_json_retrying stops (cancelled,
    one request on the server); the loop with except BaseException swallows the cancellation,
    sends a second request and ends with the 503 instead.

    Order, not speed: the request is sent within milliseconds of the task starting and the server
    answers after 0.3 s, so the cancel at 0.1 s lands while it waits (10x after the send, 0.2 s
    before the answer). What follows is counted by the server, and each task's fate is its own.
    """
    assert len(texts) == 2, texts
    for text in texts:
        rows = {name: (ending, n) for name, ending, n in CANCELLED_ROW.findall(text)}
        assert rows == {"get_json_retrying": ("stopped: cancelled", "1"),
                        "retry_catching_everything": (
                            "went on, then ended with ClientResponseError", "2")}, text
