"""Raise the soft open-file limit before serving, as jupyter_server does for itself.

macOS starts every shell with ``ulimit -n 256``. Each connection costs a
descriptor (two when the client runs in the same process), so at 256 the
250-request demo of lesson 06 took 17 s instead of 0.5 s when the server ran
on its own, and failed with "Too many open files" inside a kernel. The hard
limit is left alone (only root may raise it); Windows has no such limit here.
"""

from __future__ import annotations

try:
    import resource
except ImportError:  # Windows
    resource = None

__all__ = ["MIN_OPEN_FILES", "raise_open_file_limit"]

MIN_OPEN_FILES = 4096  # jupyter_server's ServerApp.min_open_files_limit default


def raise_open_file_limit(minimum: int = MIN_OPEN_FILES) -> int | None:
    """Raise the soft RLIMIT_NOFILE to ``minimum`` (or the hard limit if lower).

    Returns the soft limit now in force, or None where the platform has none.
    """
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = minimum if hard == resource.RLIM_INFINITY else min(minimum, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError):  # e.g. macOS caps it at kern.maxfilesperproc
            return soft
        return wanted
    return soft
