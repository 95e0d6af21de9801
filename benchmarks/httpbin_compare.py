"""The mock server against httpbin (Flask) and a bare aiohttp server, 500 x /delay/0.5.

Why have a mock server at all? httpbin answers the same URLs, but on Flask's threaded
development server a thread per request costs far more than a coroutine. This runs,
on 127.0.0.1, each server in its own process:

- httpbin (PyPI) on Flask's threaded development server (``httpbin_server.py``),
  from a throwaway venv made here on first use (``benchmarks/results/httpbin-venv``,
  gitignored: httpbin pins Flask and werkzeug versions that are none of the course's
  business, so it is not in requirements.lock);
- the mock server, ``python -m autograder serve --port 0``;
- the bare aiohttp server of ``bare_server.py`` (one ``/delay/{n}`` handler);

and drives each from a separate client process (``load_client.py``, one
``aiohttp.ClientSession`` with ``TCPConnector(limit=0)``) firing 500 concurrent
``GET /delay/0.5``, repeated 3 times (servers in turn), median wall time. Goals:
httpbin/mock >= 3 and mock/bare <= 1.1. Every child has a time limit and is stopped
at the end. Run from the repository root::

    .venv/bin/python benchmarks/httpbin_compare.py [--repeats 3] [-n 500]

The exit status is 0 when both goals are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from server_overhead import ROOT, Server, fmt, measured, raise_open_file_limit

HERE = Path(__file__).resolve().parent
VENV = HERE / "results" / "httpbin-venv"
VENV_PYTHON = VENV / "bin" / "python"
# httpbin 0.10.4 with Flask 3.1.3 and Werkzeug 3.1.9 (the latest, 2026-11) work together;
# should a later Flask or werkzeug break httpbin, pin them here, e.g. "flask<3.2".
HTTPBIN_REQUIREMENTS = ["httpbin"]
DELAY = 0.5


def ensure_httpbin_venv() -> str:
    """Make the throwaway venv with httpbin unless it exists; returns httpbin's version."""
    if not VENV_PYTHON.exists():
        print(f"creating {VENV.relative_to(ROOT)} and installing httpbin ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=120)
        # --no-cache-dir: some machines' pip cache is not writable.
        subprocess.run([str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "--no-cache-dir",
                        *HTTPBIN_REQUIREMENTS], check=True, timeout=600)
    probe = ("import importlib.metadata as m; import httpbin, flask, werkzeug; "
             "print(*(m.version(p) for p in ('httpbin', 'flask', 'werkzeug')))")
    result = subprocess.run([str(VENV_PYTHON), "-c", probe], capture_output=True, text=True,
                            timeout=60)
    if result.returncode != 0:
        raise SystemExit(f"httpbin does not import in {VENV}:\n{result.stderr[-2000:]}\n"
                         "pin compatible flask/werkzeug in HTTPBIN_REQUIREMENTS and delete "
                         "the venv")
    httpbin, flask, werkzeug = result.stdout.split()
    return f"httpbin {httpbin}, Flask {flask}, Werkzeug {werkzeug}"


def listen_overflows() -> int | None:
    """The kernel's count of connections refused by a full listen queue (Linux)."""
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return None
    for names, values in zip(lines[::2], lines[1::2], strict=False):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:], strict=True))
            return int(table.get("ListenOverflows", 0))
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs per server (median)")
    parser.add_argument("-n", type=int, default=500, help="concurrent requests per run")
    args = parser.parse_args()
    raise_open_file_limit()
    versions = ensure_httpbin_venv()

    servers = {
        "httpbin": Server("httpbin (Flask threaded)",
                          [str(VENV_PYTHON), str(HERE / "httpbin_server.py"), "--port", "0"]),
        "mock": Server("mock server",
                       [sys.executable, "-m", "autograder", "serve", "--port", "0"]),
        "bare": Server("bare aiohttp",
                       [sys.executable, str(HERE / "bare_server.py"), "--port", "0"]),
    }
    path = f"/delay/{DELAY}"
    runs: dict[str, list[dict]] = {key: [] for key in servers}
    load_before = os.getloadavg()
    started = time.monotonic()
    try:
        for server in servers.values():
            server.start()
            print(f"{server.name}: {server.url}", flush=True)
        for server in servers.values():  # warm-up: first connections, lazy imports
            measured(server, path, 50)
        for i in range(args.repeats):
            for key, server in servers.items():
                before = listen_overflows()
                outcome = measured(server, path, args.n)
                after = listen_overflows()
                outcome["overflows"] = None if before is None else after - before
                runs[key].append(outcome)
                print(f"  run {i + 1} {key:<7}: {outcome['elapsed']:7.3f} s, "
                      f"{outcome['errors']} errors {outcome['error_kinds'] or ''}, "
                      f"server CPU {fmt(outcome['server_cpu'])} s, "
                      f"listen-queue overflows {outcome['overflows']}", flush=True)
    finally:
        for server in servers.values():
            server.stop()
    load_after = os.getloadavg()

    def median(key: str, field: str) -> float | None:
        values = [r[field] for r in runs[key]]
        return None if None in values else statistics.median(values)

    wall = {key: median(key, "elapsed") for key in servers}
    over_mock = wall["httpbin"] / wall["mock"]
    mock_bare = wall["mock"] / wall["bare"]

    print()
    print(f"httpbin vs mock vs bare, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
          f"Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; {versions}")
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    print(f"{args.n:,} concurrent GET {path}, median of {args.repeats} runs each, "
          "each run from a new client process, aiohttp TCPConnector(limit=0)")
    print()
    print("| server | median wall (s) | above 0.5 s (s) | runs (s) | errors | "
          "median server CPU (s) | listen-queue overflows |")
    print("| --- | ---: | ---: | --- | ---: | ---: | --- |")
    for key in servers:
        times = " ".join(f"{r['elapsed']:.3f}" for r in runs[key])
        errors = sum(r["errors"] for r in runs[key])
        overflows = " ".join(str(r["overflows"]) for r in runs[key])
        print(f"| {key} | {wall[key]:.3f} | {wall[key] - DELAY:.3f} | {times} | {errors} | "
              f"{fmt(median(key, 'server_cpu'))} | {overflows} |")
    print()
    cpu = {key: median(key, "server_cpu") for key in servers}
    if cpu["mock"] and cpu["bare"] and cpu["httpbin"]:
        print(f"server CPU: httpbin/mock = {cpu['httpbin'] / cpu['mock']:.2f}, "
              f"mock/bare = {cpu['mock'] / cpu['bare']:.2f}")
    print(f"wall time above the {DELAY} s floor: httpbin/mock = "
          f"{(wall['httpbin'] - DELAY) / (wall['mock'] - DELAY):.2f}")
    goal_fast = "met" if over_mock >= 3 else "MISSED"
    goal_lean = "met" if mock_bare <= 1.1 else "MISSED"
    print(f"httpbin/mock = {over_mock:.2f} (goal >= 3: {goal_fast})")
    print(f"mock/bare    = {mock_bare:.3f} (goal <= 1.1: {goal_lean})")
    print(f"total benchmark time {time.monotonic() - started:.1f} s")
    return 0 if goal_fast == goal_lean == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
