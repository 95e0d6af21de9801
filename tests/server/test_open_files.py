"""Does the server raise a low open-file limit (macOS's 256) so that 250 requests still overlap?

Each test starts a fresh interpreter under ``ulimit -n 256`` (set with
``resource`` in the child before it starts), which is what a macOS learner's
shell hands to ``make lab`` and ``python -m autograder serve``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

resource = pytest.importorskip("resource", reason="Windows has no open-file limit to raise")

from autograder.server.open_files import MIN_OPEN_FILES, raise_open_file_limit  # noqa: E402

MACOS_DEFAULT = 256
REQUESTS = 250  # lesson 06's demo: two descriptors each when client and server share a process


def _limit_open_files():
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (MACOS_DEFAULT, hard))


def _run_at_macos_limit(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                            text=True, timeout=60, preexec_fn=_limit_open_files)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_low_soft_limit_is_raised_to_the_minimum():
    """Is a soft limit of 256 raised to 4096, leaving the hard limit as it was?"""
    out = _run_at_macos_limit("""
        import resource
        from autograder.server.open_files import raise_open_file_limit
        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        print(raise_open_file_limit(), *(resource.getrlimit(resource.RLIMIT_NOFILE)),
              resource.getrlimit(resource.RLIMIT_NOFILE)[1] == hard)
    """)
    returned, soft, _hard, hard_kept = out.split()
    assert int(returned) == int(soft) == MIN_OPEN_FILES
    assert hard_kept == "True"


def test_a_higher_limit_is_left_alone():
    """Is a soft limit already above the minimum kept (never lowered)?"""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < MIN_OPEN_FILES:
        pytest.skip(f"this process runs with a soft limit of {soft}")
    assert raise_open_file_limit() == soft
    assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == soft


def test_250_requests_overlap_in_one_process_at_the_macos_limit():
    """With the server inside the process (as in a kernel), do 250 requests all overlap?

    Without the raise, the 256 descriptors run out: "Too many open files".
    """
    out = _run_at_macos_limit(f"""
        import asyncio, aiohttp
        from autograder import Scope, ensure_server
        ensure_server()
        scope = Scope("open-files")

        async def main():
            connector = aiohttp.TCPConnector(limit=0)
            async with aiohttp.ClientSession(connector=connector) as session:
                async def get(i):
                    async with session.get(scope.url(f"/delay/0.5?i={{i}}")) as response:
                        return response.status
                return await asyncio.gather(*(get(i) for i in range({REQUESTS})))

        statuses = asyncio.run(main())
        stats = scope.settled()
        print(statuses.count(200), stats["peak_in_flight"])
    """)
    assert out.split() == [str(REQUESTS), str(REQUESTS)]


def test_serve_raises_its_own_limit():
    """Does `python -m autograder serve`, started at the 256 limit, serve with 4096?"""
    process = subprocess.Popen([sys.executable, "-m", "autograder", "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_limit_open_files)
    try:
        assert process.stdout.readline().startswith("http://127.0.0.1:")
        soft, hard = resource.prlimit(process.pid, resource.RLIMIT_NOFILE)
        assert soft == MIN_OPEN_FILES or soft == hard < MIN_OPEN_FILES
    finally:
        process.kill()
        process.communicate(timeout=10)
