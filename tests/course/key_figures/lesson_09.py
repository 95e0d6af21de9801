"""Lesson 09: a timeout cancels the work (the server says so); asyncio.wait does not."""

from __future__ import annotations

import re

from . import printed


def _server_cancelled(text: str) -> list[int]:
    counts = [int(n) for n in re.findall(r"cancelled = (\d+)", text)]
    assert counts, text
    return counts


def check_which_task(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "which-task"):
        version = re.search(r"^Python 3\.(\d+)", text, re.MULTILINE)
        assert version, text
        minor = int(version[1])
        rows = dict(re.findall(r"^(asyncio\.timeout|wait_for):\s+cancelled (.*?) \(", text,
                               re.MULTILINE))
        # Which task received the CancelledError is a fact of the asyncio version, not of
        # timing: timeout() always cancels the task running the block; wait_for does too
        # since 3.12, while 3.11's wait_for cancels an inner task it made.
        assert rows.get("asyncio.timeout") == "the caller's own task", text
        expected = "a new inner task" if minor == 11 else "the caller's own task"
        assert rows.get("wait_for") == expected, text


def check_cancelled(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "cancelled"):
        # Two 0.3 s limits on requests the server answers after 2 s: both abandoned, and the
        # server counted both as cancelled (6x between the limit and the answer).
        assert "wait_for:        TimeoutError" in text and "asyncio.timeout: TimeoutError" in text
        assert re.search(r"requests = 2 \| cancelled = 2", text), text


def check_wait(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "wait"):
        # asyncio.wait(timeout=0.3) on a 0.9 s request: still pending and in flight at 0.3 s,
        # then answered in full (status 200, not cancelled). 3x on each side of 0.3 s.
        assert "0 done, 1 pending" in text, text
        assert "in flight right now = 1" in text, text
        assert re.search(r"server: status 200, .* cancelled: False", text), text


def check_reschedule(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "reschedule"):
        fixed = re.search(r"^fixed deadline: TimeoutError .*, (\d+) of 12 lines .*"
                          r"cancelled = (\d+)", text, re.MULTILINE)
        moved = re.search(r"^deadline moved: all 12 lines .* cancelled = (\d+)", text,
                          re.MULTILINE)
        # A 0.6 s body against a fixed 0.2 s deadline (3x), and 0.05 s gaps against an idle
        # limit of 0.2 s (4x): the fixed one stops part-way and the server counts it
        # cancelled; the moved one reads all 12 lines and nothing is cancelled.
        assert fixed and moved, text
        assert int(fixed[1]) < 12 and int(fixed[2]) == 1, text
        assert int(moved[1]) == 0, text


def check_shield(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "shield"):
        # The caller's 0.15 s deadline hits the 0.4 s report (work ends at 0.05 s, report at
        # 0.45 s: 3x on both sides). The server decides: the plain report was cancelled, the
        # shielded one answered 200; both callers still got TimeoutError.
        assert text.count("the caller got TimeoutError") == 2, text
        assert "plain : server: report status None, cancelled True" in text, text
        assert "shield: server: report status 200, cancelled False" in text, text
        assert "shield: the report finished anyway" in text, text


def check_uncancel(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "uncancel"):
        without = re.search(r"^without uncancel\(\): (.*)$", text, re.MULTILINE)
        with_ = re.search(r"^with uncancel\(\): +(.*)$", text, re.MULTILINE)
        # Outcomes of the cancellation count, not of timing (cancel at 0.05 s, deadline at
        # 0.3 s, both inside 1 s sleeps): without uncancel() the deadline kills the worker.
        assert without and with_, text
        assert "killed" in without[1] and "TimeoutError" not in without[1], text
        assert "item 2: TimeoutError, caught" in with_[1], text
        assert "finished normally" in with_[1], text


def check_stubborn(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "stubborn"):
        # Outcome, not time: a coroutine that swallows CancelledError defeats wait_for's
        # 0.3 s limit; it returns its result and no TimeoutError is raised.
        assert "wait_for returned 'finished anyway'" in text and "no TimeoutError!" in text, text
        assert "cancellation swallowed" in text and "timed out" not in text, text
    for text in printed(figures, "stubborn-task"):
        assert "result: 'finished anyway' | task.cancelled(): False" in text, text


def check_client_timeout(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "client-timeout"):
        # total=0.3 on a 2 s answer (6x): TimeoutError, and the server counted the cancel.
        assert text.startswith("TimeoutError after"), text
        assert _server_cancelled(text) == [1], text


def check_slow_body(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "slow-body"):
        total, sock_read = text.split("ClientTimeout(sock_read=0.25):")
        # A 0.48 s body in 6 lines 0.08 s apart: total=0.16 is 3x shorter than the body, so
        # it fires part-way (after the 200 status); sock_read=0.25 is 3x longer than any
        # gap, so the whole body arrives.
        assert "status 200" in total and "TimeoutError after" in total, text
        assert "complete body" not in total and "'chunk 5'" not in total, text
        assert "complete body after" in sock_read and "'chunk 5'" in sock_read, text
        assert "TimeoutError" not in sock_read, text


def check(figures: dict[str, list[str]]) -> None:
    check_which_task(figures)
    check_cancelled(figures)
    check_wait(figures)
    check_reschedule(figures)
    check_shield(figures)
    check_uncancel(figures)
    check_stubborn(figures)
    check_client_timeout(figures)
    check_slow_body(figures)
