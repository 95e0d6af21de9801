"""Can a student tamper their way to marks they did not earn, or lose marks they did?

Five tampered copies of 05-gather's release notebook, graded in ONE call of the
real ``python -m autograder grade --json`` (nbgrader autograde underneath, the
course's nbgrader_config.py). Each task of a notebook carries its own kind of
tampering, so every test's expected score says what happened to that kind.

One of them shows what a kernel cannot defend (README, "Limits"): code in an
answer cell can patch the checks themselves. An object whose ``__eq__`` always
answers True no longer passes: the tests compare results with
``Outcome.returned``, which checks exact types first.
"""

from __future__ import annotations

import pytest

from .submissions import (
    FETCH_ALL,
    SEQUENTIAL,
    STUB,
    answers,
    grade,
    grade_id,
    graded_cells,
    new_cell,
    release,
    scores,
    write,
    zero,
)

pytestmark = pytest.mark.slow

STUBS = {"fetch_all": STUB,
         "fetch_profile": "async def fetch_profile(user_url, avatar_url, status_url):\n"
                          "    return None",
         "fetch_in_batches": "async def fetch_in_batches(urls, batch_size):\n    return None"}

# Every clock and sleep a timing check could read, patched from an answer cell.
CLOCKS = SEQUENTIAL + """

import asyncio
import time

_now = [0.0]


def _frozen():
    _now[0] += 0.001
    return _now[0]


async def _instant(*args, **kwargs):
    return None


time.perf_counter = time.monotonic = time.time = _frozen
asyncio.sleep = _instant
"""

# The check itself, patched from an answer cell: a kernel cannot stop this.
CHECKS_PATCHED = SEQUENTIAL + """

import autograder.checks

autograder.checks.Outcome.concurrent = lambda self, at_least: self
"""

# Does the real requests, then returns an object equal to anything (a dict subclass).
ALWAYS_EQUAL = '''class Anything(dict):
    def __eq__(self, other):
        return True


async def fetch_profile(user_url, avatar_url, status_url):
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(session.get(u) for u in (user_url, avatar_url, status_url)))
    return Anything()'''

STDERR = answers()["answer-fetch-in-batches"].replace(
    "    bodies = []", "    import sys\n    print('debugging', file=sys.stderr)\n    bodies = []")


def submissions(folder):
    """``{name: (notebook path, expected scores)}``."""
    made = {}

    # skip-execution on every test cell, stubs everywhere: the tests must still run.
    nb = release(**STUBS)
    for cell in graded_cells(nb):
        cell.metadata["tags"] = ["skip-execution"]
    made["skip-tag"] = (nb, {g: 0.0 for g in scores()})

    # Correct answers; fetch_all's test cells deleted (re-added from the source by
    # add_missing_cells: scored, not "needs manual grading"); fetch_profile's test
    # cells replaced by `pass` (restored from the source by checksum);
    # fetch_in_batches prints to stderr (that task's tests score 0, the student's
    # own doing; the others do not notice).
    nb = release(fetch_in_batches=STDERR)
    nb.cells = [c for c in nb.cells if grade_id(c) not in FETCH_ALL]
    for cell in graded_cells(nb):
        if "fetch-profile" in grade_id(cell):
            cell.source = "pass"
    made["deleted-pass-stderr"] = (nb, zero("check-fetch-in-batches",
                                            "hidden-fetch-in-batches"))

    # fetch_all a stub in its answer cell, a correct one defined in a NEW cell at the
    # end: cells run in order, so its tests ran against the stub. fetch_profile returns
    # an object whose __eq__ is always True: Outcome.returned checks the exact type
    # (dict, not a subclass) before ==, so both fetch_profile tests fail.
    nb = release(fetch_all=STUB, fetch_profile=ALWAYS_EQUAL)
    nb.cells.append(new_cell(answers()["answer-fetch-all"]))
    made["redefined-later-always-equal"] = (
        nb, zero(*FETCH_ALL, "check-fetch-profile", "hidden-fetch-profile"))

    # A sequential fetch_all that patches every clock and asyncio.sleep: the checks use
    # the server's counts (and clocks bound at import), so it still fails. asyncio.sleep
    # patched also removes the in-kernel server's delays, so the student's own correct
    # answers to the other tasks lose the concurrency tests that need requests to
    # overlap: tampering costs the tamperer, never earns.
    made["clocks-patched"] = (release(fetch_all=CLOCKS), None)

    # A sequential fetch_all that replaces Outcome.concurrent: passes. KNOWN LIMIT.
    made["checks-patched"] = (release(fetch_all=CHECKS_PATCHED), scores())
    return {name: (write(folder, name, nb), expected) for name, (nb, expected) in made.items()}


def test_tampering_scores(tmp_path):
    made = submissions(tmp_path)
    graded = grade([path for path, _ in made.values()])
    assert graded.returncode == 0, graded.errors
    assert not graded.errors
    problems = []
    for name, (_, expected) in made.items():
        got = graded.scores[name]
        if expected is None:  # clocks-patched: fetch_all's tests 0, the rest may vary
            expected = {g: 0.0 for g in FETCH_ALL}
            got = {g: got[g] for g in FETCH_ALL}
        if got != expected:
            problems.append(f"{name}: got {got}, expected {expected} "
                            f"{graded.messages[name]}")
    assert not problems, "\n".join(problems)
    messages = graded.messages
    assert "stderr" in messages["deleted-pass-stderr"]["check-fetch-in-batches"]
    assert "one after another" in messages["clocks-patched"]["check-fetch-all"]
    assert "no requests" in messages["redefined-later-always-equal"]["check-fetch-all"]
    for test in ("check-fetch-profile", "hidden-fetch-profile"):  # says what it returned
        assert "fetch_profile returned Anything {}; expected dict" in (
            messages["redefined-later-always-equal"][test])
    print(f"\ntampering: {len(made)} notebooks graded in {graded.seconds:.1f} s")
