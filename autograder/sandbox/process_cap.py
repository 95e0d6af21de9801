"""A cap on a sandboxed kernel's processes and threads that also holds for root: a pids cgroup.

``RLIMIT_NPROC`` (see :mod:`.limits`) does nothing when the grading user is root: Linux
exempts root from it, and a kernel in a user namespace made by root is root outside.
A cgroup of the v1 ``pids`` controller counts every process and thread in it, whoever
owns them: ``fork`` beyond ``pids.max`` fails with ``EAGAIN`` (``BlockingIOError``).

The kernel joins its group before bwrap starts, so nothing it forks is outside:
the launch command becomes ``sh -c 'echo $$ > .../cgroup.procs && exec "$@"' ... bwrap ...``.
Writing ``cgroup.procs`` needs root (or a delegated hierarchy); elsewhere
:meth:`ProcessCap.create` returns None and ``RLIMIT_NPROC`` alone applies.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

__all__ = ["ProcessCap"]

PIDS_MOUNT = Path("/sys/fs/cgroup/pids")
JOIN = 'echo $$ > "$0/cgroup.procs" && exec "$@"'


def _own_group(mount: Path) -> Path | None:
    """This process's group of the v1 pids controller, under ``mount``."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if "pids" in controllers.split(","):
            return mount / path.lstrip("/")
    return None


class ProcessCap:
    """One kernel's pids cgroup: made before launch, emptied and removed after."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def create(cls, max_pids: int, mount: Path = PIDS_MOUNT) -> ProcessCap | None:
        """A new group capped at ``max_pids`` tasks, or None where none can be made."""
        parent = _own_group(mount)
        if parent is None or not os.access(parent / "cgroup.procs", os.W_OK):
            return None
        path = parent / f"autograder-{uuid.uuid4().hex[:12]}"
        try:
            path.mkdir()
            (path / "pids.max").write_text(str(max_pids))
        except OSError:
            cls(path).remove()
            return None
        return cls(path)

    def wrap(self, command: list[str]) -> list[str]:
        """``command``, run as a process of this group from its first instruction."""
        return ["sh", "-c", JOIN, str(self.path), *command]

    def current(self) -> int:
        """Tasks (processes and threads) in the group now."""
        return int((self.path / "pids.current").read_text())

    def refused(self) -> int:
        """Forks the cap refused so far."""
        for line in (self.path / "pids.events").read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == "max":
                return int(value)
        return 0

    def _pids(self) -> list[int]:
        try:
            return [int(p) for p in (self.path / "cgroup.procs").read_text().split()]
        except OSError:
            return []

    def remove(self, timeout: float = 5.0) -> None:
        """Kill whatever is left in the group and remove it (blocks up to ``timeout``)."""
        deadline = time.monotonic() + timeout
        while self.path.exists():
            for pid in self._pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.02)
