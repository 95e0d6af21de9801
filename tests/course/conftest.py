"""Fixtures of the course-notebook tests, and the execution-time report.

One mock server serves the whole session (``mock_server`` from
``autograder.pytest_plugin``); every kernel reaches it through
``$ASYNC_COURSE_SERVER`` and is kept offline (see ``kernels.py``). The time each
notebook took is printed in the terminal summary, with the course total.
"""

from __future__ import annotations

import pytest

from .kernels import kernel_environment

TIMES = pytest.StashKey[dict]()


@pytest.fixture(scope="session")
def kernel_env(mock_server) -> dict[str, str]:
    """The environment every course kernel of this session is started with."""
    return kernel_environment(mock_server.url)


@pytest.fixture(scope="session")
def notebook_times(pytestconfig) -> dict[str, float]:
    """Seconds each executed notebook took, reported in the terminal summary."""
    return pytestconfig.stash.setdefault(TIMES, {})


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    times = config.stash.get(TIMES, {})
    if not times:
        return
    terminalreporter.section("course notebooks: execution time")
    for name, seconds in sorted(times.items()):
        terminalreporter.write_line(f"{name:<45} {seconds:6.1f} s")
    terminalreporter.write_line(f"{'total':<45} {sum(times.values()):6.1f} s"
                                f"   (goal: 90 s for the whole course on 2 cores)")
