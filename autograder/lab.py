"""``python -m autograder lab``: the mock server plus JupyterLab on the course.

The server runs as a child process for the whole session and its URL is given
to every kernel through ``$ASYNC_COURSE_SERVER``. JupyterLab listens on
loopback only, keeps token authentication, keeps its state inside the
repository, and adds ``--allow-root`` only when run as root. Ctrl-C (or
SIGTERM) stops both, kernels included.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from .environment import REPO_ROOT, jupyter_env
from .server.background import ENV_VAR

__all__ = ["free_port", "lab_command", "run_lab", "start_server_process"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lab_command(port: int, open_browser: bool = True, root: Path = REPO_ROOT) -> list[str]:
    """The ``jupyter lab`` command line ``make lab`` runs."""
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={root}",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", "--ServerApp.answer_yes=True"]
    if not open_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # JupyterLab refuses to start as root without it
    return command


def start_server_process(env: dict) -> tuple[subprocess.Popen, str]:
    """Start ``python -m autograder serve`` and read its URL from its first line."""
    process = subprocess.Popen([sys.executable, "-m", "autograder", "serve"], env=env,
                               stdout=subprocess.PIPE, text=True)
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise RuntimeError("the mock server did not start (no URL on its first line)")
    return process, url


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt  # SIGTERM to this process stops the lab like Ctrl-C does


def run_lab(port: int = 0, open_browser: bool = True, root: Path = REPO_ROOT) -> int:
    """Run JupyterLab until interrupted; returns its exit status."""
    env = jupyter_env(root)
    server, url = start_server_process(env)
    env[ENV_VAR] = url
    print(f"mock server: {url} (kernels find it through ${ENV_VAR})", flush=True)
    # JupyterLab gets a process group of its own, so Ctrl-C reaches only this process, which
    # stops it with SIGTERM: without a tty, JupyterLab takes SIGINT as a bare KeyboardInterrupt
    # and exits without shutting its kernels down.
    own_group = {"process_group": 0} if os.name == "posix" else {}
    lab = subprocess.Popen(lab_command(port or free_port(), open_browser, root), cwd=root,
                           env=env, **own_group)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        return lab.wait()
    except KeyboardInterrupt:
        lab.send_signal(signal.SIGTERM)  # shuts kernels down without the y/n prompt
        return lab.wait()
    finally:
        for process in (lab, server):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
