"""The process environment every subcommand runs in.

nbgrader runs the ``alembic`` executable, so the venv's ``bin`` must be on
``PATH`` even when the user called ``.venv/bin/python`` directly (otherwise:
FileNotFoundError 'alembic' and a half-written gradebook.db). Jupyter's own
state is kept inside the repository rather than in ``~``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["REPO_ROOT", "jupyter_env", "venv_bin_on_path"]

REPO_ROOT = Path(__file__).resolve().parent.parent


def venv_bin_on_path(env: dict | None = None) -> dict:
    """Put the running interpreter's ``bin`` first on ``PATH`` (in ``env`` or os.environ)."""
    env = os.environ if env is None else env
    bin_dir = str(Path(sys.executable).parent)
    parts = env.get("PATH", "").split(os.pathsep)
    if not parts or parts[0] != bin_dir:
        env["PATH"] = os.pathsep.join([bin_dir, *[p for p in parts if p != bin_dir]])
    return env


def jupyter_env(root: Path = REPO_ROOT, env: dict | None = None) -> dict:
    """A copy of the environment with Jupyter's config and runtime inside ``root/.jupyter``."""
    env = venv_bin_on_path(dict(os.environ if env is None else env))
    state = root / ".jupyter"
    env["JUPYTER_CONFIG_DIR"] = str(state / "config")
    env["JUPYTER_RUNTIME_DIR"] = str(state / "runtime")
    env.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    return env
