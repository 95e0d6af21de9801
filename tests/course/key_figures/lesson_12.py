"""Lesson 12: threads stay on one core (the GIL); processes run in separate workers, and the
lesson's speed-up sentence is true for the numbers that came out."""

from __future__ import annotations

import re

ROW = re.compile(r"^(asyncio|threads|processes)\s+([\d.]+) s\s+([\d.]+)x\s+([\d.]+)\s+(\d+)%"
                 r"\s+.*, pid ([\d, ]+)$", re.MULTILINE)
SAID = re.compile(r"^processes: ([\d.]+)x the one-thread speed, ([\d.]+) CPU s per s, (\d+)% of a "
                  r"core per chunk: (.*)$", re.MULTILINE)


def trial_divisions(start: int, stop: int) -> int:
    """The divisions the lesson's count_primes(start, stop) tries: its work, on any machine."""
    total = 0
    for n in range(max(start, 2), stop):
        for d in range(2, int(n ** 0.5) + 1):
            total += 1
            if n % d == 0:
                break
    return total


def _find(pattern: str | re.Pattern, text: str) -> str:
    found = re.search(pattern, text, re.MULTILINE)
    assert found, (pattern, text)
    return found.group(1)


def check_cpu(text: str) -> None:
    """The table: where each chunk ran, and how many cores worked at once."""
    kernel = int(_find(r"the kernel's pid is (\d+)", text))
    rows = {model: (float(speed), float(cores), {int(p) for p in pids.split(",")})
            for model, _wall, speed, cores, _share, pids in ROW.findall(text)}
    assert set(rows) == {"asyncio", "threads", "processes"}, text
    # The chunks are equal work, counted in trial divisions (1.06x apart; equal widths give
    # 2.27x). Not in CPU seconds: a loaded machine spreads those (1.75x at make test's load,
    # where a core's sibling thread is busy), though each chunk's work is the same.
    chunks = [tuple(int(n.replace(",", "")) for n in pair.split("-"))
              for pair in _find(r"^the chunks: (.*)$", text).split(", ")]
    assert len(chunks) == 4 and chunks[0][0] == 0 and chunks[-1][1] == 400_000, text
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:], strict=False)), text
    work = [trial_divisions(a, b) for a, b in chunks]
    assert max(work) <= 1.25 * min(work), (work, text)
    chunk_cpu = [float(s) for s in _find(r"in one thread: ([\d., ]+) \(", text).split(",")]
    assert len(chunk_cpu) == 4, text
    # Speed-independent: asyncio and the threads ran in the kernel; the pool's chunks ran in
    # two or more other processes (one worker per core, 4 chunks, on >= 2 cores).
    assert rows["asyncio"][2] == rows["threads"][2] == {kernel}, text
    assert len(rows["processes"][2]) >= 2 and kernel not in rows["processes"][2], text
    if "GIL: on" in text:
        # With the GIL the kernel's threads run Python on one core at a time: their CPU
        # seconds per wall second cannot exceed 1.0 on any machine at any load (measured
        # 0.09-1.00 at load 2-17 on 2 cores). The slack covers thread_time()'s 15.6 ms tick
        # on Windows; a free-threaded build on 2 free cores shows about 1.9.
        assert rows["threads"][1] <= 1.25, text


def check_verdict(text: str) -> None:
    """The sentence about processes is true for the numbers it quotes."""
    found = SAID.search(text)
    assert found, text
    speed, cores, share, said = float(found[1]), float(found[2]), int(found[3]) / 100, found[4]
    if said.startswith("faster"):
        # "Faster" needs both a wall-clock gain and more than one core at work at once (the
        # load dropping between two runs can fake the first, never the second).
        assert speed >= 1.3 and cores >= 1.3, text
    else:
        # No gain may only be blamed on a busy machine: each chunk got less than 80% of a core.
        # On 2 free cores each chunk gets 95-100% and the pool is 1.7-1.9x faster. With other
        # CPU-bound programs in other sessions (Linux schedules each session as a group; the
        # other test worker's kernel is one), the kernel's workers share one core's worth:
        # about 50% each with one burner, 10-45% at load 6-15 on 2 cores. A pool that ran
        # its chunks one after another on a quiet machine (about 100% each) fails here.
        assert said.startswith("no clear gain from the extra cores this time") and share < 0.8, text


LAG = re.compile(r"^\s*(\w+): took ([\d.]+) s, worst event-loop lag ([\d.]+) s$", re.MULTILINE)


def check_lag(text: str) -> None:
    """Blocking or computing in a coroutine freezes the loop; a thread or a process does not."""
    rows = {name: (float(took), float(lag)) for name, took, lag in LAG.findall(text)}
    assert len(rows) == 5, text
    # The server holds its answer 0.3 s whatever the CPU: waiting for it on the loop's thread
    # freezes the heartbeat about 0.29 s (measured 0.292-0.297); in a thread, 0.001-0.004 s
    # at load 5-12. 0.2 and 0.1 are well apart and far from both.
    assert rows["blocking_call_directly"][1] >= 0.2, text
    assert rows["blocking_call_in_thread"][1] <= 0.1, text
    # Computing on the loop freezes it for the whole computation, however fast the CPU:
    # lag/elapsed measured 0.92-0.97. In a process it is 0.02-0.05 (the loop only waits for
    # the kernel's own time slices); 0.7 and 0.35 sit between with room on both sides.
    took, lag = rows["cpu_directly"]
    assert lag >= 0.7 * took, text
    took, lag = rows["cpu_in_process"]
    assert lag <= 0.35 * took, text


def check_sleepers(text: str) -> None:
    """Threads blocked in the OS let go of the GIL: ten 0.3 s sleeps overlap."""
    # All ten at once take 0.3 s plus thread start-up (0.30-0.31 s at load 2-12); one after
    # another 3.0 s. 1.0 s is more than 3x from both.
    assert float(_find(r"all done after ([\d.]+) s", text)) <= 1.0, text


STEP = re.compile(r"^(.+?)\s+in (\S+)\s+id (\d+): (runs the event loop|no event loop)$",
                  re.MULTILINE)


def check_threadsafe(text: str) -> None:
    """call_soon_threadsafe's callback and run_coroutine_threadsafe's coroutine ran in the
    loop's thread; the worker and the blocking code in other threads, without a loop."""
    loop_thread = int(_find(r"the loop's thread: .*, id (\d+)", text))
    steps = {step: (int(ident), has_loop) for step, _name, ident, has_loop in STEP.findall(text)}
    on_loop = ["callback sets the future's result", "coroutine makes the request"]
    off_loop = ["worker thread computes", "blocking code hands over a coroutine"]
    assert set(steps) == set(on_loop + off_loop), text
    for step in on_loop:
        assert steps[step] == (loop_thread, "runs the event loop"), (step, text)
    for step in off_loop:
        assert steps[step][0] != loop_thread and steps[step][1] == "no event loop", (step, text)
    assert "the thread got back the status: 200" in text, text


def check_overhead(text: str) -> None:
    """A process costs far more to start than a task or a thread."""
    task = float(_find(r"one asyncio task :\s+([\d.]+) µs", text))
    thread = float(_find(r"one thread       :\s+([\d.]+) µs", text))
    process = float(_find(r"one process      :\s+([\d.]+) µs", text))
    # Spawned processes measured 3,400-8,600x a task and 1,200-4,400x a thread (load 2-12);
    # 300x and 100x leave a 10x margin. Thread vs task (1-50x) is not asserted: too close to 1.
    assert process >= 300 * task and process >= 100 * thread, text


def check_memory(text: str) -> None:
    """Threads share the kernel's list; each worker process appended to its own copy."""
    assert "list in the kernel after threads:   ['a', 'b', 'c']" in text, text
    assert "list in the kernel after processes: []" in text, text
    kernel = int(_find(r"the kernel is pid (\d+)", text))
    workers = {int(p) for p in re.findall(r"went to worker pid (\d+)", text)}
    assert workers and kernel not in workers, text


def check(figures: dict[str, list[str]]) -> None:
    assert all(figures[name] for name in ("cpu", "cpu-verdict", "lag", "memory")), figures
    assert figures["sleepers"] and figures["threadsafe"] and figures["overhead"], figures
    for text in figures["cpu"]:
        check_cpu(text)
    for text in figures["cpu-verdict"]:
        check_verdict(text)
    for text in figures["lag"]:
        check_lag(text)
    for text in figures["sleepers"]:
        check_sleepers(text)
    for text in figures["threadsafe"]:
        check_threadsafe(text)
    for text in figures["overhead"]:
        check_overhead(text)
    for text in figures["memory"]:
        check_memory(text)
