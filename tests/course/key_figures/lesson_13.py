"""Lesson 13: what each best practice prevents, measured by the lesson's own demos."""

from __future__ import annotations

import ast
import re

from . import printed


def _rows(pattern: str, text: str) -> dict[str, tuple[str, ...]]:
    """``{name: groups}`` for every line matching ``pattern`` (first group is the name)."""
    rows = {m[0]: m[1:] for m in re.findall(pattern, text, re.MULTILINE)}
    assert rows, f"no line matches {pattern!r} in {text!r}"
    return rows



def check_blocking_sleep(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "blocking-sleep"):
        rows = _rows(r"^\s*(nap_\w+): 5 x 0\.1 s took ([\d.]+) s, worst event-loop lag ([\d.]+) s",
                     text)
        blocking, free = float(rows["nap_blocking"][1]), float(rows["nap_async"][1])
        # time.sleep cannot return early: five of them in a row freeze the loop for 0.5 s,
        # so the heartbeat is at least ~0.49 s late. asyncio.sleep leaves the loop free: a
        # few ms of lag, tens of ms on a loaded machine. 0.3 s and 0.1 s keep both readings
        # well away from the line between them.
        assert blocking >= 0.3, text
        assert free < 0.1, text


def check_blocking_client(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "blocking-client"):
        rows = _rows(r"^\s*(fetch_\w+): .* server saw at most (\d+) at once", text)
        # Counted by the server, not timed: a blocking urlopen finishes its request before
        # the next coroutine can even start one, so the server never sees two at once.
        # aiohttp sends all five before the first 0.1 s answer; 3 allows stragglers.
        assert int(rows["fetch_blocking"][0]) == 1, text
        assert int(rows["fetch_aiohttp"][0]) >= 3, text


def check_timeout(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "timeout"):
        # A 0.3 s limit on a request the server would answer after 5 s: the server counted
        # it as cancelled and nothing is left in flight. Counts, not times.
        assert "gave up after" in text, text
        assert re.search(r"requests 1 \| cancelled 1 \| still in flight 0", text), text


def check_cancelled_child(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "cancelled-child"):
        rows = _rows(r"^(/\S+)\s+(\w+)\s+isinstance\(Exception\): (\w+)\s+-> right: (\w+)", text)
        # Outcomes, not times: /delay/5 is cancelled at 0.2 s (25x before its answer), so it
        # comes back as CancelledError, which the Exception check calls "ok".
        assert rows["/get"] == ("int", "ok", "ok"), text
        assert rows["/status/500"] == ("ClientResponseError", "failed", "failed"), text
        assert rows["/delay/5"] == ("CancelledError", "ok", "cancelled"), text


def check_semaphore(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "semaphore"):
        rows = _rows(r"^\s*(no limit|Semaphore\(3\)): (\{.*\}) in [\d.]+ s, "
                     r"peak in flight (\d+)", text)
        unlimited = ast.literal_eval(rows["no limit"][0])
        limited = ast.literal_eval(rows["Semaphore(3)"][0])
        # Server counts, not times. Ten requests sent at once to an endpoint that holds 3
        # for 0.1 s: some are refused; a refused request is counted while it is refused
        # (no await between counting and answering), hence a peak of exactly 3 + 1, which
        # the refusals themselves report. With Semaphore(3) the server never sees a 4th.
        assert unlimited.get(429, 0) >= 1 and unlimited.get(200, 0) >= 3, text
        assert int(rows["no limit"][1]) == 4, text
        refusals = re.findall(r"x 429: '(.*)'", text)
        assert refusals and set(refusals) == {"too many requests: 4 in flight, limit 3"}, text
        assert limited == {200: 10}, text
        assert int(rows["Semaphore(3)"][1]) <= 3, text


def check_lock(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "lock"):
        rows = _rows(r"^\s*(no lock|asyncio\.Lock\(\)): 10 deposits of 1 -> balance (\d+)", text)
        # Not timing: all ten tasks reach their await before any wakes, so without a lock
        # every one read 0 (balance 1); the lock serialises them (balance 10).
        assert int(rows["no lock"][0]) == 1, text
        assert int(rows["asyncio.Lock()"][0]) == 10, text


def check_event(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "event"):
        lines = [line for line in text.splitlines() if line.strip()]
        # Order, not time: set() is logged first, then all three waiters are released by it.
        assert len(lines) == 4 and lines[0].startswith("set() called"), text
        assert sorted(line.split(" released")[0] for line in lines[1:]) == [
            "waiter A", "waiter B", "waiter C"], text


def check_unittest(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "unittest"):
        ran = re.search(r"^Ran (\d+) tests in ([\d.]+)s$", text, re.MULTILINE)
        # unittest's own verdict. The fake server would answer after an hour; the test's
        # 0.05 s timeout makes the run take well under a second: 5 s is far from both.
        assert ran and int(ran[1]) == 2, text
        assert float(ran[2]) < 5, text
        assert text.count(" ... ok") == 2 and re.search(r"^OK$", text, re.MULTILINE), text


def check_create_task(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "create-task"):
        rows = _rows(r"^\s*(one_by_one|all_started_first): [\d.]+ s, server saw at most (\d+)",
                     text)
        # Server counts: a task awaited right after its creation runs alone (exactly 1);
        # three created first overlap (3 expected; 2 allows a straggler).
        assert int(rows["one_by_one"][0]) == 1, text
        assert int(rows["all_started_first"][0]) >= 2, text


def check_as_completed(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "as-completed"):
        got = re.findall(r"^(gather|as_completed)\s+got /delay/([\d.]+) at", text, re.MULTILINE)
        gathered = [delay for tool, delay in got if tool == "gather"]
        streamed = [delay for tool, delay in got if tool == "as_completed"]
        # Order, not time: gather keeps the order passed in; as_completed yields the fastest
        # first. The answers are 0.1 s apart, far more than scheduling noise reorders.
        assert gathered == ["0.3", "0.1", "0.2"], text
        assert streamed == ["0.1", "0.2", "0.3"], text


def check_debug_mode(figures: dict[str, list[str]]) -> None:
    for text in printed(figures, "debug-mode"):
        off, env, low = re.split(r"^--- .*:$", text, flags=re.MULTILINE)[1:]
        # Whether asyncio warned, not how fast: without debug mode it never does; with it, a
        # time.sleep of 0.2 s (twice the 0.1 s default) or of 0.07 s against a 0.05 s
        # threshold always does, since time.sleep never returns early.
        assert "Executing <Task" not in off and "main() done" in off, text
        assert "Executing <Task" in env and "Executing <Task" in low, text


def check(figures: dict[str, list[str]]) -> None:
    check_blocking_sleep(figures)
    check_blocking_client(figures)
    check_timeout(figures)
    check_cancelled_child(figures)
    check_semaphore(figures)
    check_lock(figures)
    check_event(figures)
    check_unittest(figures)
    check_create_task(figures)
    check_as_completed(figures)
    check_debug_mode(figures)
