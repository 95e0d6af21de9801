"""Can a grading process always be stopped, kernels included?"""

from __future__ import annotations

import os
import sys
import time

import psutil
import pytest

from autograder.grading.processes import LineReader, kill_tree, start, stop

# A parent that starts a child in a session of its own (as jupyter_client starts
# kernels), prints the child's pid, then hangs.
PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                         start_new_session=True)
print(child.pid, flush=True)
time.sleep(600)
"""


def test_kill_tree_kills_a_child_in_its_own_session(tmp_path):
    """Does killing the worker also kill a kernel-like child in another session?"""
    process = start([sys.executable, "-c", PARENT], cwd=tmp_path, env=dict(os.environ),
                    stderr_path=tmp_path / "log")
    reader = LineReader(process)
    child = int(reader.next(timeout=30))
    assert os.getpgid(child) != os.getpgid(process.pid)
    kill_tree(process)
    assert process.returncode is not None
    stop(process)
    deadline = time.monotonic() + 5
    while psutil.pid_exists(child) and psutil.Process(child).status() != "zombie":
        assert time.monotonic() < deadline, "child still running"
        time.sleep(0.05)


def test_line_reader_times_out_then_reads_to_the_end(tmp_path):
    """Does waiting for a line stop at its deadline, and end with None?"""
    code = "import time; time.sleep(0.5); print('late', flush=True)"
    process = start([sys.executable, "-c", code], cwd=tmp_path, env=dict(os.environ),
                    stderr_path=tmp_path / "log")
    reader = LineReader(process)
    with pytest.raises(TimeoutError):
        reader.next(timeout=0.05)
    assert reader.next(timeout=30) == "late\n"
    assert reader.next(timeout=30) is None
    stop(process)
    assert process.returncode == 0


def test_stopping_a_finished_process_is_harmless(tmp_path):
    """Is stopping an already finished process a no-op (exit status kept)?"""
    process = start([sys.executable, "-c", "pass"], cwd=tmp_path, env=dict(os.environ),
                    stderr_path=tmp_path / "log")
    process.wait()
    stop(process)
    assert process.returncode == 0
