"""How much does the mock server cost over a bare aiohttp server, and does it hold 10,000?

Starts two servers as subprocesses on 127.0.0.1:

- the mock server, ``python -m autograder serve --port 0``;
- a bare aiohttp server with one ``/delay/{n}`` handler (``bare_server.py``);

then drives each from a separate client process (``load_client.py``):

1. 1,000 concurrent ``GET /delay/0.5`` against each, repeated (default 3 times,
   alternating servers), median wall time; the goal is mock/bare <= 1.1;
2. 10,000 concurrent ``GET /delay/0.5`` against the mock server; the goal is 0 errors
   (and the same against the bare server, for reference).

Everything stops by itself: every child has a time limit and is terminated at
the end. Run from the repository root::

    .venv/bin/python benchmarks/server_overhead.py [--repeats 5] [-n 1000] [--big 10000]

The exit status is 0 when both goals are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import selectors
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DELAY = 0.5
CLIENT_TIMEOUT = 240  # seconds one load_client run may take before it is killed
BENCH_SCOPE = "bench-big"


def raise_open_file_limit() -> int:
    """Soft RLIMIT_NOFILE up to the hard limit (inherited by every child process)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class Server:
    """A server subprocess that prints its base URL on its first stdout line."""

    def __init__(self, name: str, argv: list[str]) -> None:
        self.name, self.argv = name, argv
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self, timeout: float = 30) -> str:
        self.process = subprocess.Popen(self.argv, cwd=ROOT, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise RuntimeError(f"{self.name} printed no URL within {timeout} s")
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"{self.name} did not start: {self.url!r}")
        return self.url

    def cpu_seconds(self) -> float | None:
        """User + system CPU time the server process used so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def run_client(url: str, n: int) -> dict:
    """One load_client process: ``n`` concurrent GETs of ``url``."""
    argv = [sys.executable, str(HERE / "load_client.py"), url, "-n", str(n),
            "--timeout", str(CLIENT_TIMEOUT - 30)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=CLIENT_TIMEOUT)
    if result.returncode != 0:
        raise RuntimeError(f"load_client failed ({result.returncode}): {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measured(server: Server, path: str, n: int) -> dict:
    """Run one load and add the server's CPU seconds spent during it."""
    before = server.cpu_seconds()
    outcome = run_client(f"{server.url}{path}", n)
    after = server.cpu_seconds()
    outcome["server_cpu"] = None if before is None or after is None else after - before
    return outcome


def fetch_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per server (median)")
    parser.add_argument("-n", type=int, default=1000, help="concurrency of the comparison")
    parser.add_argument("--big", type=int, default=10_000, help="concurrency of the load test")
    args = parser.parse_args()
    nofile = raise_open_file_limit()
    if args.big + 100 > nofile:
        print(f"warning: open-file limit {nofile} is below {args.big} connections")

    mock = Server("mock server", [sys.executable, "-m", "autograder", "serve", "--port", "0"])
    bare = Server("bare aiohttp", [sys.executable, str(HERE / "bare_server.py"), "--port", "0"])
    path = f"/delay/{DELAY}"
    started = time.monotonic()
    try:
        for server in (mock, bare):
            server.start()
        print(f"mock server {mock.url}, bare server {bare.url}")
        for server in (mock, bare):  # warm-up: first connections, lazy imports
            run_client(f"{server.url}{path}", 100)

        runs: dict[str, list[dict]] = {"mock": [], "bare": []}
        for i in range(args.repeats):
            for key, server in (("mock", mock), ("bare", bare)):
                outcome = measured(server, path, args.n)
                runs[key].append(outcome)
                print(f"  run {i + 1} {key}: {outcome['elapsed']:.3f} s, "
                      f"{outcome['errors']} errors, server CPU {fmt(outcome['server_cpu'])} s")

        mock.stop()  # a fresh mock server for the big run: its stats hold only that run
        mock.start()
        big = measured(mock, f"/scope/{BENCH_SCOPE}{path}", args.big)
        big_stats = fetch_json(f"{mock.url}/stats/{BENCH_SCOPE}")
        big_bare = measured(bare, path, args.big)
    finally:
        mock.stop()
        bare.stop()

    def median(key: str, field: str) -> float | None:
        values = [r[field] for r in runs[key]]
        return None if None in values else statistics.median(values)

    med = {k: median(k, "elapsed") for k in runs}
    ratio = med["mock"] / med["bare"]
    above = (med["mock"] - DELAY) / (med["bare"] - DELAY) if med["bare"] > DELAY else None

    def row(label: str, mock_value, bare_value, digits: int = 3) -> str:
        both = mock_value is not None and bare_value
        quotient = fmt(mock_value / bare_value) if both else ""
        return (f"| {label:<30} | {fmt(mock_value, digits):>9} | {fmt(bare_value, digits):>9} "
                f"| {quotient:>9} |")

    print()
    print(f"Server overhead, {date.today()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores, {platform.system()} {platform.release()}")
    print(f"{args.n:,} concurrent GET {path}, median of {args.repeats} runs each, "
          f"each run from a new client process, aiohttp TCPConnector(limit=0)")
    print()
    print(f"| {'':<30} | {'mock':>9} | {'bare':>9} | {'mock/bare':>9} |")
    print(f"| {'-' * 30} | {'-' * 8}: | {'-' * 8}: | {'-' * 8}: |")
    print(row("wall time (s)", med["mock"], med["bare"]))
    print(row(f"wall time above {DELAY} s (s)", med["mock"] - DELAY, med["bare"] - DELAY))
    print(row("server CPU (s)", median("mock", "server_cpu"), median("bare", "server_cpu")))
    print(row("client CPU (s)", median("mock", "client_cpu"), median("bare", "client_cpu")))
    print(f"| {'errors (all runs)':<30} | {sum(r['errors'] for r in runs['mock']):>9} | "
          f"{sum(r['errors'] for r in runs['bare']):>9} | {'':>9} |")
    for key, values in runs.items():
        print(f"{key} runs (s): " + " ".join(f"{r['elapsed']:.3f}" for r in values))
    print()
    print(f"{args.big:,} concurrent GET {path}, one client process")
    print()
    print("| server | wall time (s) | errors | peak_in_flight | server CPU (s) | client CPU (s) |")
    print("| ------ | ------------: | -----: | -------------: | -------------: | -------------: |")
    print(f"| mock   | {big['elapsed']:>13.3f} | {big['errors']:>6} | "
          f"{big_stats['peak_in_flight']:>14} | {fmt(big['server_cpu']):>14} | "
          f"{fmt(big['client_cpu']):>14} |")
    print(f"| bare   | {big_bare['elapsed']:>13.3f} | {big_bare['errors']:>6} | {'n/a':>14} | "
          f"{fmt(big_bare['server_cpu']):>14} | {fmt(big_bare['client_cpu']):>14} |")
    for name, outcome in (("mock", big), ("bare", big_bare)):
        if outcome["error_kinds"]:
            print(f"{name} errors by kind: {outcome['error_kinds']}")
    print(f"mock server: {big_stats['requests']} requests counted, "
          f"{big_stats['cancelled']} cancelled")
    print()
    goal_ratio = "met" if ratio <= 1.1 else "MISSED"
    goal_errors = "met" if big["errors"] == 0 else "MISSED"
    print(f"goal mock/bare <= 1.1 at {args.n:,}: {goal_ratio} ({ratio:.3f}, "
          f"{fmt(above)} above the {DELAY} s floor)")
    print(f"goal 0 errors at {args.big:,}: {goal_errors} ({big['errors']})")
    print(f"total benchmark time {time.monotonic() - started:.1f} s")
    return 0 if goal_ratio == goal_errors == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
