"""Does a kernel's pids cgroup cap its processes, also for root, and go away after it?"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autograder.sandbox.process_cap import ProcessCap


def test_no_group_where_there_is_no_pids_hierarchy(tmp_path):
    assert ProcessCap.create(5, mount=tmp_path / "absent") is None


@pytest.fixture
def cap():
    made = ProcessCap.create(12)
    if made is None:
        pytest.skip("needs root and the cgroup v1 pids controller (CI has both)")
    yield made
    made.remove()


SPAWN = """
import subprocess
children = []
try:
    for _ in range(50):
        children.append(subprocess.Popen(["sleep", "30"], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL))
except BlockingIOError:
    pass
print(len(children))
"""


def test_forks_beyond_the_cap_fail_even_for_root(cap):
    python = [os.path.realpath(sys.executable), "-c", SPAWN]
    started = subprocess.run(cap.wrap(python), capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    # 12 tasks: the Python itself and 11 children (the sh exec'd into Python, no extra).
    assert int(started.stdout) == 11
    assert cap.refused() >= 1


def test_remove_kills_what_is_left_and_deletes_the_group(cap):
    child = subprocess.Popen(cap.wrap(["sleep", "60"]))
    try:
        for _ in range(100):
            if cap.current() == 1:
                break
            time.sleep(0.01)
        assert cap.current() == 1
        cap.remove()
        assert child.wait(timeout=10) == -9
        assert not Path(cap.path).exists()
    finally:
        child.kill()
