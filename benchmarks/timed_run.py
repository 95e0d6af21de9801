"""Run a command as the benchmarks time it: the venv's tools on PATH, output captured."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder.environment import venv_bin_on_path  # noqa: E402

__all__ = ["timed_run"]


def timed_run(command: list[str], *, cwd: Path = ROOT, timeout: float = 600) -> tuple[float, str]:
    """Wall seconds and stdout of ``command``; exits with its stderr's tail if it fails."""
    env = venv_bin_on_path(dict(os.environ))
    began = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout, check=False)
    seconds = time.perf_counter() - began
    if result.returncode:
        raise SystemExit(f"failed: {' '.join(command[:6])} ...\n{result.stderr[-2000:]}")
    return seconds, result.stdout
