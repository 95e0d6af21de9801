"""Does a kernel started by SandboxKernelManager run confined, and leave nothing behind?

One real kernel (bubblewrap, ipykernel over ipc sockets) answers every question.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time

import pytest

from autograder.sandbox.manager import SandboxKernelManager

pytestmark = pytest.mark.slow

PROBE = r'''
import json, os, socket, subprocess, sys, time, urllib.request
import autograder
facts = {"cwd": os.getcwd(), "listing": sorted(os.listdir(".")), "root": sorted(os.listdir("/")),
         "package": autograder.__file__, "uid": os.getuid(), "pid": os.getpid()}
try:
    open(autograder.__file__, "a")
except OSError as error:
    facts["package_write"] = type(error).__name__
facts["course"] = os.path.exists(COURSE)
url = autograder.ensure_server()
facts["server"] = urllib.request.urlopen(url + "/stats").status
try:
    socket.create_connection(("192.0.2.1", 80), timeout=2)
except OSError as error:
    facts["outside"] = error.errno
open("written.txt", "w").write("x")
facts["limits"] = [line for line in open("/proc/self/limits")
                   if line.startswith(("Max processes", "Max file size"))]
daemon = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                          start_new_session=True)
facts["daemon"] = daemon.pid
print(json.dumps(facts))
'''


async def _run(course):
    manager = SandboxKernelManager(kernel_name="python3")
    await manager.start_kernel(cwd=str(course / "autograded" / "alice" / "A"))
    client = manager.client()
    client.start_channels()
    lines = []
    folder = manager.sandbox_folder
    cap = manager.process_cap
    try:
        await client.wait_for_ready(timeout=60)
        reply = await client.execute_interactive(
            f"COURSE = {str(course / 'gradebook.db')!r}\n" + PROBE, timeout=60,
            output_hook=lambda m: lines.append(m["content"].get("text", "")))
        assert reply["content"]["status"] == "ok", reply["content"]
        tasks = cap.current() if cap else None
        client.execute("import time; time.sleep(100)")
        await asyncio.sleep(0.5)
        began = time.monotonic()
        await manager.interrupt_kernel()
        interrupted = await client.get_shell_msg(timeout=20)
        interrupted["seconds"] = time.monotonic() - began
    finally:
        client.stop_channels()
        await manager.shutdown_kernel()
    facts = {**json.loads("".join(lines)), "interrupted": interrupted, "tasks": tasks}
    return facts, manager, folder, cap


@pytest.fixture(scope="module")
def probed(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    (course / "gradebook.db").write_text("grades")
    work = course / "autograded" / "alice" / "A"
    work.mkdir(parents=True)
    (work / "A.ipynb").write_text("{}")
    (work / "workload.py").write_text("N = 1")
    facts, manager, folder, cap = asyncio.run(_run(course))
    return {"facts": facts, "course": course, "work": work, "manager": manager,
            "folder": folder, "cap": cap}


def test_the_kernel_sees_its_folder_and_no_course(probed):
    """Does the kernel run in a copy of its folder, with no gradebook in sight?"""
    facts = probed["facts"]
    assert facts["cwd"] == str(probed["work"])
    assert "workload.py" in facts["listing"] and "A.ipynb" not in facts["listing"]
    assert facts["course"] is False
    assert facts["uid"] == 65534
    assert "home" not in facts["root"]


def test_what_the_kernel_writes_stays_in_its_copy(probed):
    """Is a file written by the kernel absent from the real folder afterwards?"""
    assert not (probed["work"] / "written.txt").exists()


def test_the_installed_package_is_read_only(probed):
    """Can the kernel import autograder but not write it?"""
    facts = probed["facts"]
    assert facts["package_write"] == "OSError"


def test_the_mock_server_runs_inside_and_the_outside_is_unreachable(probed):
    """Does ensure_server() answer on the sandbox's loopback while no route leads out?"""
    facts = probed["facts"]
    assert facts["server"] == 200
    assert facts["outside"] == 101  # ENETUNREACH: only loopback exists


def test_limits_apply_inside(probed):
    """Are the process and file-size limits those of Limits?"""
    assert any("256" in line for line in probed["facts"]["limits"])
    assert any("67108864" in line for line in probed["facts"]["limits"])


def test_as_root_the_kernel_runs_in_a_pids_cgroup_that_is_removed_after(probed):
    """Is the kernel (and the daemon it started) counted by its own pids cgroup?"""
    if os.geteuid() != 0:
        assert probed["cap"] is None  # RLIMIT_NPROC alone caps an ordinary user
        return
    # bwrap (2), prlimit's exec is the kernel, its threads, the mock server's, the daemon.
    assert 5 <= probed["facts"]["tasks"] <= 256
    assert not probed["cap"].path.exists()


def test_an_interrupt_reaches_the_kernel(probed):
    """Does nbgrader's cell-timeout interrupt stop a time.sleep at once, kernel alive?"""
    reply = probed["facts"]["interrupted"]
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert reply["seconds"] < 5  # at once; 5 s leaves room for a loaded machine


def test_no_process_outlives_the_kernel_and_its_folder_is_removed(probed):
    """After shutdown, is no sleeping daemon left and is the sandbox folder gone?"""
    survivors = subprocess.run(["pgrep", "-f", "import time; time.sleep(600)"],
                               capture_output=True, text=True).stdout.split()
    assert survivors == []
    assert not probed["folder"].exists()
