"""The bubblewrap command line that runs one kernel in a sandbox, and whether bwrap works here.

The sandbox sees a read-only system (``/usr`` and a few files of ``/etc``), the
Python installation, the venv and the installed ``autograder`` package, all
read-only; a fresh ``/proc`` (its own pid namespace) and ``/dev``; its own
network namespace (loopback only); and two writable folders: the kernel's
private working copy and the folder of its ZMQ ``ipc`` sockets. Everything
else (the course folder, the gradebook, other students, the home folder) is
simply absent. The environment is cleared but for a few harmless variables.

>>> command(["python", "-m", "ipykernel_launcher"], work="/tmp/w", inside="/course/x",
...         writable=["/tmp/k"], readable=[])[:2]
['bwrap', '--unshare-all']
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from .limits import Limits

__all__ = ["INSTALL_HINT", "command", "python_paths", "unavailable_reason"]

INSTALL_HINT = "install bubblewrap (apt-get install bubblewrap)"

# Read-only files of /etc a Python kernel may read: name lookups of localhost,
# TLS roots, the time zone, user names. Not shadow, not ssh or TLS private keys
# (/etc/ssl/private), not sudoers.
ETC_FILES = ("hosts", "nsswitch.conf", "host.conf", "localtime", "ssl/certs", "ssl/openssl.cnf",
             "ca-certificates", "passwd", "group", "ld.so.cache", "alternatives", "mime.types")
# Environment variables a kernel keeps; the rest (tokens, ASYNC_COURSE_SERVER, JPY_PARENT_PID
# whose pid means nothing in the kernel's own pid namespace) is cleared.
KEPT_ENV = ("LANG", "LC_ALL", "LC_CTYPE", "TZ", "PYTHONHASHSEED", "PYTHONIOENCODING",
            "PYDEVD_DISABLE_FILE_VALIDATION", "JPY_SESSION_NAME")
NOBODY = "65534"


def python_paths() -> list[str]:
    """Folders of this Python, its venv and the installed autograder package (read-only)."""
    import autograder

    folders = {sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix,
               str(Path(autograder.__file__).resolve().parent)}
    real = {os.path.realpath(f) for f in folders}
    return sorted(f for f in folders | real if os.path.isdir(f))


def _system() -> list[str]:
    """Read-only binds of the system: /usr, the merged-/usr links, parts of /etc."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = f"/{name}"
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    for name in ETC_FILES:
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return args


def _environment(env: Mapping[str, str], inside: str) -> list[str]:
    python_bin = os.path.dirname(sys.executable)
    values = {key: env[key] for key in KEPT_ENV if key in env}
    values.update(PATH=f"{python_bin}:/usr/local/bin:/usr/bin:/bin", HOME=inside,
                  TMPDIR=inside, MALLOC_ARENA_MAX="2", PYTHONDONTWRITEBYTECODE="1",
                  # ipykernel polls no parent for pid 1 (its parent's pid is not
                  # visible from its pid namespace), and prints no Ctrl-C notice.
                  JPY_PARENT_PID="1")
    args = ["--clearenv"]
    for key, value in sorted(values.items()):
        args += ["--setenv", key, value]
    return args


def command(kernel_cmd: list[str], work: str, inside: str, writable: Iterable[str],
            readable: Iterable[str], env: Mapping[str, str] | None = None,
            limits: Limits | None = None) -> list[str]:
    """``bwrap ... -- prlimit ... -- KERNEL_CMD``.

    Args:
        kernel_cmd: the kernel's own command line.
        work: the private working copy, shown inside at ``inside`` (the kernel's cwd).
        writable: further folders bound read-write at the same path (the ipc sockets).
        readable: further files or folders bound read-only at the same path.
        env: the environment to take the kept variables from.
        limits: resource limits set inside the sandbox.
    """
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--cap-drop", "ALL",
            "--uid", NOBODY, "--gid", NOBODY, "--hostname", "sandbox",
            *_system(), "--proc", "/proc", "--dev", "/dev"]
    for folder in python_paths():
        args += ["--ro-bind", folder, folder]
    for path in readable:
        args += ["--ro-bind", path, path]
    for path in writable:
        args += ["--bind", path, path]
    args += ["--bind", work, inside, "--remount-ro", "/", "--chdir", inside,
             *_environment(env if env is not None else os.environ, inside)]
    prlimit = ["prlimit", *(limits or Limits()).prlimit_args(), "--"]
    return [*args, "--", *prlimit, *kernel_cmd]


@functools.lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """Why no sandbox can be made here (one line), or None when bwrap works."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed"
    if shutil.which("prlimit") is None:
        return "prlimit (util-linux) is not installed"
    probe = ["bwrap", "--unshare-all", "--die-with-parent", "--cap-drop", "ALL",
             "--uid", NOBODY, "--gid", NOBODY, *_system(), "--proc", "/proc",
             "--", "true"]
    try:
        result = subprocess.run(probe, capture_output=True, text=True, timeout=30,
                                stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bwrap could not run ({error})"
    if result.returncode != 0:
        line = (result.stderr.strip().splitlines() or ["no message"])[-1]
        return f"bwrap cannot make a sandbox here (unprivileged namespaces off?): {line}"
    return None
