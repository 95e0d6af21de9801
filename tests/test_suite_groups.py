"""Does ``make test``'s scheduler keep an xdist_group on one worker?

The costly module fixtures (a class autograded through nbgrader, in tests/instructor and
tests/grading) are built once per worker that runs one of their tests. pytest-xdist keeps
a group together by tagging each test's id with ``@group``; pytest 9.2 ignores that tag
(xdist#1386), and the groups were silently spread over both workers.
"""

import pytest

pytestmark = pytest.mark.xdist_group("suite-groups")


def test_grouped_tests_carry_their_group_to_the_scheduler(request):
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("only meaningful on a worker of `pytest -n N --dist loadgroup`")
    assert request.node.nodeid.endswith("@suite-groups"), request.node.nodeid
