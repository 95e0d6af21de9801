"""Child processes that can always be stopped: a whole tree, kernels included.

nbgrader starts each kernel in a session of its own (jupyter_client does, so
that it can interrupt the kernel's process group), so killing nbgrader's
process group would leave the kernel running. :func:`kill_tree` kills every
descendant's process group first, then the process itself. It never touches
the caller's own process group.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
from collections.abc import Iterator

import psutil

__all__ = ["LineReader", "kill_tree", "start", "stop"]


def start(command: list[str], *, cwd, env: dict, stderr_path,
          stdin_pipe: bool = False) -> subprocess.Popen:
    """Start ``command`` in a new session, stdout (and stdin if asked) piped as text,
    stderr into ``stderr_path``."""
    with open(stderr_path, "ab") as stderr:
        return subprocess.Popen(command, cwd=cwd, env=env,
                                stdin=subprocess.PIPE if stdin_pipe else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=stderr, text=True,
                                start_new_session=True)


def _kill_group_or_process(pid: int) -> None:
    try:
        group = os.getpgid(pid)
        if group != os.getpgrp():
            os.killpg(group, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def kill_tree(process: subprocess.Popen) -> None:
    """Kill ``process``, every process it started and their process groups; then reap it."""
    try:
        descendants = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        descendants = []
    for child in descendants:
        _kill_group_or_process(child.pid)
    _kill_group_or_process(process.pid)
    process.wait()
    psutil.wait_procs(descendants, timeout=5)


def stop(process: subprocess.Popen, grace: float = 0) -> None:
    """Give ``process`` ``grace`` seconds to exit, then kill its tree; reap it, close stdout."""
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    if process.poll() is None:
        kill_tree(process)
    process.wait()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:  # a pipe to a dead process may fail to flush
                pass


class LineReader:
    """Lines of a child's stdout, read on a thread so each wait can have a deadline."""

    def __init__(self, process: subprocess.Popen) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        try:
            for line in stream:
                self._lines.put(line)
        except (OSError, ValueError):  # the stream was closed under us: the end
            pass
        self._lines.put(None)

    def next(self, timeout: float | None) -> str | None:
        """The next line; ``None`` at end of output. Raises ``TimeoutError`` after ``timeout``."""
        try:
            return self._lines.get(timeout=None if timeout is None else max(timeout, 0))
        except queue.Empty:
            raise TimeoutError from None

    def __iter__(self) -> Iterator[str]:
        while (line := self.next(None)) is not None:
            yield line
