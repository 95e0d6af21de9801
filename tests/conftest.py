"""Shared configuration of the course's test suite.

The mock HTTP server is offered to every test as the ``mock_server`` fixture.
"""

pytest_plugins = ["autograder.pytest_plugin"]
