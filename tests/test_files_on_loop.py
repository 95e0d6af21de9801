"""Are files opened on the event loop's thread seen, and those opened elsewhere not?

The files are tiny and local: the lag they cause is far below any threshold, so
only the audit hook's evidence can see them, on any machine.
"""

from __future__ import annotations

import asyncio
import importlib
import sys

import aiofiles
import pytest

from autograder.outcome import RunOutcome
from autograder.runner import run_isolated


async def plain_open(folder):
    (folder / "a.txt").write_text("x")
    with open(folder / "a.txt") as handle:  # noqa: ASYNC230 - the mistake under test
        return handle.read()


async def off_the_loop(folder):
    async with aiofiles.open(folder / "b.txt", "w") as handle:
        await handle.write("y")
    await asyncio.to_thread((folder / "c.txt").write_text, "z")
    return "ok"


async def imports_a_module(folder):
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module("freshly_written").VALUE
    finally:
        sys.path.remove(str(folder))


def test_plain_open_on_the_loop_is_seen_and_named(tmp_path):
    """Is a write_text and an open() inside async def recorded, and the check failed?"""
    report = run_isolated(plain_open, tmp_path, timeout=5)
    assert report.value == "x"
    assert report.files_opened_on_loop == [str(tmp_path / "a.txt")] * 2
    with pytest.raises(AssertionError, match=r"opened 2 files on the event loop's own thread "
                                             r"\(a.txt\)"):
        RunOutcome(report).no_file_opened_on_the_loop()


def test_aiofiles_and_to_thread_are_not_counted(tmp_path):
    """Are files opened by aiofiles and asyncio.to_thread (worker threads) left out?"""
    report = run_isolated(off_the_loop, tmp_path, timeout=5)
    assert report.value == "ok" and report.files_opened_on_loop == []
    RunOutcome(report).no_file_opened_on_the_loop()


def test_imports_are_not_counted(tmp_path):
    """Is a module imported inside the coroutine (its .py file opened) not counted?"""
    (tmp_path / "freshly_written.py").write_text("VALUE = 7\n")
    report = run_isolated(imports_a_module, tmp_path, timeout=5)
    assert report.value == 7 and report.files_opened_on_loop == []


def test_files_opened_outside_a_run_are_not_recorded(tmp_path):
    """Does the hook record nothing for a thread once its run has ended?"""
    report = run_isolated(off_the_loop, tmp_path, timeout=5)
    (tmp_path / "after.txt").write_text("later")  # this thread was never watched
    assert report.files_opened_on_loop == []
