"""Fixtures of the course-notebook tests, and the execution-time report (in tests/conftest.py).

One mock server serves the whole session (``mock_server`` from
``autograder.pytest_plugin``); every kernel reaches it through
``$ASYNC_COURSE_SERVER`` and is kept offline (see ``kernels.py``). The time each
notebook took is printed in the terminal summary, with the course total.
"""

from __future__ import annotations

import pytest

from .kernels import kernel_environment


@pytest.fixture(scope="session")
def kernel_env(mock_server) -> dict[str, str]:
    """The environment every course kernel of this session is started with."""
    return kernel_environment(mock_server.url)
