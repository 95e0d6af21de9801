"""Does a hang or a crash in one notebook cost only its own tests, within the bound?

Tampered copies of 05-gather (its fetch_all answer hangs or crashes; the other
two answers are correct), each batch graded in ONE call of the real ``python -m
autograder grade --json`` together with an untouched correct submission (the
control), which must keep its 9 points.

``--cell-timeout 5`` keeps these tests fast: a healthy test cell of 05-gather
takes under 1.5 s even with both cores busy (its slowest check waits on 0.2-0.4 s
server delays), so 5 s never cuts a healthy cell, and each hung cell costs 5 s
plus nbclient's 4 s wait for output instead of 20 + 4 s.

Wall-time bounds: a grade call costs about 5 s to start plus about 4 s per
notebook on an idle machine; each hung test cell adds at most 5 + 4 s. That
estimate is already generous (measured: 36 s and 28 s for the two batches alone,
44 s and 39 s beside the rest of this suite, against estimates of 53 s and 30 s);
the bound is 2.5 times it, room for the load test's CPU burners that may run on
the other worker (they slow a whole grade call 1.3-1.4x). A hang that escaped its
cell would run into the command's 180 s per-notebook bound and fail this; a
wedged kernel (every later cell timing out) fails the score assertions instead.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from .submissions import answers, grade, release, scores, write, zero

pytestmark = pytest.mark.slow

CELL_TIMEOUT = 5
FULL = scores()
NO_FETCH_ALL = zero("check-fetch-all", "hidden-fetch-all")


def _bound(notebooks: int, hung_cells: int) -> float:
    return 2.5 * (5 + 4 * notebooks + (CELL_TIMEOUT + 4) * hung_cells)


def _check(graded, expected: dict[str, dict]) -> None:
    problems = [f"{name}: got {graded.scores.get(name)}, expected {want} "
                f"{graded.messages.get(name)}"
                for name, want in expected.items() if graded.scores.get(name) != want]
    assert not problems, "\n".join(problems)


def awaits_that_never_end(folder):
    """An await that never finishes, and time.sleep(1000), inside the graded function."""
    made = {
        "await-forever": release(fetch_all="async def fetch_all(urls):\n"
                                           "    await asyncio.Event().wait()"),
        "blocking-sleep": release(fetch_all="import time\n\n\nasync def fetch_all(urls):\n"
                                            "    time.sleep(1000)"),
        "control": release(),
    }
    paths = [write(folder, name, nb) for name, nb in made.items()]
    graded = grade(paths, f"--cell-timeout={CELL_TIMEOUT}")
    assert graded.returncode == 0 and not graded.errors, graded.errors
    _check(graded, {"await-forever": NO_FETCH_ALL, "blocking-sleep": NO_FETCH_ALL,
                    "control": FULL})
    # Each hung check is cut (by the check's own 5 s or the cell's 5 s), with a message.
    for name in ("await-forever", "blocking-sleep"):
        assert all(graded.messages[name][g] for g in ("check-fetch-all", "hidden-fetch-all"))
    assert graded.seconds < _bound(3, hung_cells=4), f"{graded.seconds:.1f} s"
    print(f"\nhangs inside the graded function: 3 notebooks in {graded.seconds:.1f} s")


def top_level_loop_crash_and_huge_output(folder):
    """`while True: pass` at top level, os._exit(1), and 50 MB printed, in answer cells."""
    made = {
        "top-level-loop": release(fetch_all="while True:\n    pass"),
        "os-exit": release(fetch_all="import os\n\nos._exit(1)"),
        "huge-output": release(fetch_all="for _ in range(50):\n    print('x' * 1_000_000)\n\n\n"
                                         + answers()["answer-fetch-all"]),
        "control": release(),
    }
    paths = [write(folder, name, nb) for name, nb in made.items()]
    graded = grade(paths, f"--cell-timeout={CELL_TIMEOUT}")
    # The loop is interrupted at the cell timeout (KeyboardInterrupt): fetch_all is
    # never defined, its tests fail, every later cell runs normally.
    # 50 MB of output: nbgrader keeps it (the autograded notebook is large), scores normally.
    _check(graded, {"top-level-loop": NO_FETCH_ALL, "huge-output": FULL, "control": FULL})
    # os._exit kills the kernel: nbclient raises DeadKernelError and nbgrader gives up on
    # the notebook. It is reported on ONE stderr line naming it (exit status 2), never
    # silently scored, and the other notebooks of the call are graded.
    assert graded.returncode == 2
    assert "os-exit" not in graded.scores
    [line] = graded.errors
    assert line.startswith(f"grade: {paths[1]}: ") and "Kernel died" in line, line
    assert graded.seconds < _bound(4, hung_cells=1), f"{graded.seconds:.1f} s"
    print(f"\ntop-level loop, os._exit, huge output: 4 notebooks in {graded.seconds:.1f} s")


def test_hangs_and_crashes_cost_only_their_own_tests(tmp_path):
    """Both batches at once: a hung cell mostly waits, so the two calls overlap well."""
    folders = [tmp_path / "inside", tmp_path / "top-level"]
    for folder in folders:
        folder.mkdir()
    with ThreadPoolExecutor(2) as pool:
        runs = [pool.submit(awaits_that_never_end, folders[0]),
                pool.submit(top_level_loop_crash_and_huge_output, folders[1])]
        for run in runs:
            run.result()
