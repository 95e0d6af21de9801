"""Does the bwrap command line bind only what a kernel needs, and is a missing bwrap told?"""

from __future__ import annotations

import os
import sys

import autograder
from autograder.sandbox import bwrap
from autograder.sandbox.limits import Limits


def _binds(args: list[str], flag: str) -> list[tuple[str, str]]:
    return [(args[i + 1], args[i + 2]) for i, a in enumerate(args) if a == flag]


def test_only_the_work_copy_and_the_sockets_are_writable():
    """Are the private copy and the ipc folder the only read-write binds?"""
    args = bwrap.command(["python", "-m", "ipykernel_launcher"], work="/tmp/sbx/work",
                         inside="/course/autograded/alice/A", writable=["/tmp/sbx/ipc"],
                         readable=["/tmp/run/kernel.json"], env={})
    assert _binds(args, "--bind") == [("/tmp/sbx/ipc", "/tmp/sbx/ipc"),
                                      ("/tmp/sbx/work", "/course/autograded/alice/A")]
    assert ("/tmp/run/kernel.json", "/tmp/run/kernel.json") in _binds(args, "--ro-bind")
    assert args[args.index("--chdir") + 1] == "/course/autograded/alice/A"
    for flag in ("--unshare-all", "--die-with-parent", "--remount-ro"):
        assert flag in args
    assert args[args.index("--cap-drop") + 1] == "ALL"


def test_python_and_the_package_are_read_only_and_nothing_of_the_course_else():
    """Are Python, the venv and the autograder package bound read-only, not the repo root?"""
    args = bwrap.command(["python"], work="/w", inside="/i", writable=[], readable=[], env={})
    read_only = {source for source, _ in _binds(args, "--ro-bind")}
    assert os.path.realpath(sys.base_prefix) in read_only
    assert sys.prefix in read_only
    package = os.path.dirname(os.path.realpath(autograder.__file__))
    assert package in read_only
    assert os.path.dirname(package) not in read_only  # the working copy's root


def test_no_secret_of_etc_is_bound():
    """Are /etc/shadow, /etc/ssl/private and ssh keys left out of the sandbox?"""
    args = bwrap.command(["python"], work="/w", inside="/i", writable=[], readable=[], env={})
    bound = [target for flag in ("--ro-bind", "--ro-bind-try", "--bind")
             for _, target in _binds(args, flag)]
    assert not [t for t in bound if t == "/etc" or t.startswith(("/etc/shadow", "/etc/ssh",
                                                                 "/etc/ssl/private"))]
    assert "/etc/ssl/certs" in bound


def test_the_environment_is_cleared_but_for_harmless_variables():
    """Do secrets and the host's course server address stay outside?"""
    env = {"LANG": "C.UTF-8", "ASYNC_COURSE_SERVER": "http://127.0.0.1:9", "GITHUB_TOKEN": "x",
           "JPY_PARENT_PID": "4242"}
    args = bwrap.command(["python"], work="/w", inside="/i", writable=[], readable=[], env=env)
    assert "--clearenv" in args
    set_vars = {args[i + 1]: args[i + 2] for i, a in enumerate(args) if a == "--setenv"}
    assert set_vars["LANG"] == "C.UTF-8"
    assert set_vars["JPY_PARENT_PID"] == "1"
    assert set_vars["HOME"] == set_vars["TMPDIR"] == "/i"
    assert "ASYNC_COURSE_SERVER" not in set_vars and "GITHUB_TOKEN" not in set_vars


def test_limits_are_set_inside_by_prlimit_before_the_kernel():
    """Does the sandboxed command end with prlimit's limits, then the kernel's command?"""
    limits = Limits(memory=1 << 30, cpu_seconds=7, file_size=1 << 20, processes=9)
    args = bwrap.command(["python", "-m", "k"], work="/w", inside="/i", writable=[],
                         readable=[], env={}, limits=limits)
    tail = args[args.index("--") + 1:]
    assert tail == ["prlimit", "--as=1073741824", "--cpu=7", "--fsize=1048576", "--nproc=9",
                    "--core=0", "--", "python", "-m", "k"]


def test_bwrap_works_on_this_machine():
    """Can this machine make the sandbox (CI installs bubblewrap)?"""
    assert bwrap.unavailable_reason() is None


def test_a_missing_bwrap_is_named(monkeypatch):
    """Without bwrap on PATH, is the reason one line naming bubblewrap?"""
    bwrap.unavailable_reason.cache_clear()
    monkeypatch.setenv("PATH", "/nonexistent")
    try:
        assert bwrap.unavailable_reason() == "bubblewrap (bwrap) is not installed"
    finally:
        bwrap.unavailable_reason.cache_clear()
