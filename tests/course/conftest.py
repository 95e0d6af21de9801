"""Fixtures of the course-notebook tests, and the execution-time report.

One mock server serves the whole session (``mock_server`` from
``autograder.pytest_plugin``); every kernel reaches it through
``$ASYNC_COURSE_SERVER`` and is kept offline (see ``kernels.py``). The time each
notebook took is printed in the terminal summary, with the course total.
"""

from __future__ import annotations

import pytest

from .kernels import kernel_environment

# Filled from test reports, so it works in the controlling process under pytest-xdist too.
TIMES: dict[str, float] = {}


@pytest.fixture(scope="session")
def kernel_env(mock_server) -> dict[str, str]:
    """The environment every course kernel of this session is started with."""
    return kernel_environment(mock_server.url)


def pytest_runtest_logreport(report) -> None:
    properties = dict(report.user_properties)
    if report.when == "call" and "notebook_seconds" in properties:
        TIMES[properties["notebook"]] = properties["notebook_seconds"]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    times = TIMES
    if not times:
        return
    terminalreporter.section("course notebooks: execution time")
    for name, seconds in sorted(times.items()):
        terminalreporter.write_line(f"{name:<45} {seconds:6.1f} s")
    terminalreporter.write_line(f"{'total':<45} {sum(times.values()):6.1f} s"
                                f"   (goal: 90 s for the whole course on 2 cores)")
