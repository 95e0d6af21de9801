"""Lesson 06: gather overlaps the requests, one session reuses connections, the connector
caps a session at 100 in flight, a Semaphore caps it on purpose, a timeout cancels."""

from __future__ import annotations

import re


def _number(pattern: str, text: str) -> float:
    found = re.search(pattern, text)
    assert found, (pattern, text)
    return float(found.group(1))


def check_gather(text: str) -> None:
    # The server held all three at once (speed-independent). The time is bounded by the
    # server's delays: at least one 0.5 s delay, less than the 1.5 s of three in a row
    # (measured 0.51 s).
    assert _number(r"held at most (\d+) at once", text) == 3, text
    assert 0.5 <= _number(r"each took ([\d.]+) s", text) < 1.5, text


def check_connections(text: str) -> None:
    # Counted by the server, not timed: one session opened at most one connection per
    # request in flight (3) for 6 requests; a session per request opened one per request.
    shared = re.search(r"one shared session:\s+(\d+) requests over (\d+) connections", text)
    alone = re.search(r"a session per request:\s+(\d+) requests over (\d+) connections", text)
    assert shared and alone, text
    assert int(shared[1]) == 6 and 1 <= int(shared[2]) <= 3, text
    assert int(alone[1]) == 6 and int(alone[2]) == 6, text


def check_limit(texts: list[str]) -> None:
    runs = {}
    for text in texts:
        limit = int(_number(r"connector limit: (\d+)", text))
        assert "250 requests, all 200: True" in text, text
        runs.setdefault(limit, []).append(
            (_number(r"took ([\d.]+) s", text), _number(r"at most (\d+) in flight", text)))
    assert set(runs) == {100, 0}, texts
    for seconds, peak in runs[100]:
        # The connector never lets more than 100 out (a hard cap; measured exactly 100), so
        # 250 requests of 0.5 s need three waves: at least 1.5 s, whatever the machine.
        assert 50 <= peak <= 100 and seconds >= 1.5, texts
    for _seconds, peak in runs[0]:
        # Without the cap the server holds more than 100 at once (measured 250; a busy
        # machine opens the connections more slowly, so only "more than the cap" is asserted).
        assert peak > 100, texts


def check_semaphore(text: str) -> None:
    # A Semaphore(4) can never let a fifth request out, and 12 tasks fill its 4 permits at once.
    assert _number(r"peak in flight = (\d+)", text) == 4, text


def check_timeout(text: str) -> None:
    # total=0.3 against a 2 s answer: TimeoutError after about 0.3 s (measured 0.30), well
    # before the 2 s; the server saw the client leave.
    assert _number(r"TimeoutError after ([\d.]+) s", text) < 1.0, text
    assert "requests = 1 | cancelled = 1" in text, text


def check(figures: dict[str, list[str]]) -> None:
    for name in ("gather", "connections", "limit", "semaphore", "timeout"):
        assert figures[name], name
    for text in figures["gather"]:
        check_gather(text)
    for text in figures["connections"]:
        check_connections(text)
    check_limit(figures["limit"])
    for text in figures["semaphore"]:
        check_semaphore(text)
    for text in figures["timeout"]:
        check_timeout(text)
