"""Shared configuration of the course's test suite.

The mock HTTP server is offered to every test as the ``mock_server`` fixture.
The hooks below live here, not in tests/course/, because under pytest-xdist
only this top-level conftest is loaded in the controlling process: each lesson
test records its notebook's execution time in its report, and the summary
prints the course's total.
"""

pytest_plugins = ["autograder.pytest_plugin"]

NOTEBOOK_TIMES: dict[str, float] = {}


def pytest_runtest_logreport(report) -> None:
    properties = dict(report.user_properties)
    if report.when == "call" and "notebook_seconds" in properties:
        NOTEBOOK_TIMES[properties["notebook"]] = properties["notebook_seconds"]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not NOTEBOOK_TIMES:
        return
    terminalreporter.section("course notebooks: execution time, every code cell run twice")
    for name, seconds in sorted(NOTEBOOK_TIMES.items()):
        terminalreporter.write_line(f"{name:<45} {seconds:6.1f} s")
    total = sum(NOTEBOOK_TIMES.values())
    terminalreporter.write_line(f"{'total':<45} {total:6.1f} s"
                                "   (goal: 90 s for one run of the whole course on 2 cores:"
                                " benchmarks/course_time.py)")
