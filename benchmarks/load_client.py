"""Fire N concurrent GETs at one URL from this process; print one JSON line of results.

Used by ``server_overhead.py`` so that the load runs in a process of its own
(its own event loop, CPU and open-file limit), apart from the server measured.

    python benchmarks/load_client.py http://127.0.0.1:8080/delay/0.5 -n 1000

Output: ``{"n", "elapsed", "client_cpu", "errors", "statuses", "error_kinds"}``;
``elapsed`` is the wall time from the first request sent to the last answer and
``client_cpu`` the CPU time this process used meanwhile, in seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from collections import Counter

import aiohttp


def raise_open_file_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit; returns the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def fire(url: str, n: int, request_limit: float) -> dict:
    statuses: Counter[int] = Counter()
    errors: Counter[str] = Counter()

    async def one(session: aiohttp.ClientSession, i: int) -> None:
        try:
            async with session.get(url, params={"i": i}) as response:
                await response.read()
                statuses[response.status] += 1
                if response.status != 200:
                    errors[f"HTTP {response.status}"] += 1
        except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
            errors[type(exc).__name__] += 1

    # limit=0: no cap on simultaneous connections (aiohttp's default is 100).
    connector = aiohttp.TCPConnector(limit=0)
    client_timeout = aiohttp.ClientTimeout(total=request_limit)
    async with aiohttp.ClientSession(connector=connector, timeout=client_timeout) as session:
        start, cpu_start = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one(session, i) for i in range(n)))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {"n": n, "elapsed": round(elapsed, 4), "client_cpu": round(cpu, 3),
            "errors": sum(errors.values()),
            "statuses": {str(k): v for k, v in sorted(statuses.items())},
            "error_kinds": dict(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("-n", type=int, default=1000, help="concurrent requests")
    parser.add_argument("--timeout", type=float, default=60, help="per-request limit (s)")
    args = parser.parse_args()
    nofile = raise_open_file_limit()
    if args.n + 100 > nofile:
        raise SystemExit(f"{args.n} connections need more than the {nofile} open files allowed")
    print(json.dumps(asyncio.run(fire(args.url, args.n, args.timeout))), flush=True)


if __name__ == "__main__":
    main()
