"""Are nbgrader's results read into the one-line messages students need?"""

from __future__ import annotations

import pytest

from autograder.grading.nbgrader_results import error_message, failure_reason

TRACEBACK = ["\x1b[0;31m---------------------------------------------------------------\x1b[0m",
             "\x1b[0;31mAssertionError\x1b[0m                 Traceback (most recent call last)",
             "Cell \x1b[0;32mIn[4], line 1\x1b[0m\n\x1b[0;32m----> 1\x1b[0m assert add(1, 2) == 3",
             "\x1b[0;31mAssertionError\x1b[0m: add(1, 2) should return 3"]


def test_message_is_the_last_line_of_the_error():
    """Is the message the error's last line, without terminal colours?"""
    outputs = [{"output_type": "stream", "name": "stdout", "text": "hi\n"},
               {"output_type": "error", "ename": "AssertionError",
                "evalue": "add(1, 2) should return 3", "traceback": TRACEBACK}]
    assert error_message(outputs) == "AssertionError: add(1, 2) should return 3"


def test_timeout_message_names_the_cell_timeout():
    """Does a timed-out cell say how long a cell may run?"""
    outputs = [{"output_type": "error", "ename": "CellTimeoutError", "evalue": "",
                "traceback": ["\x1b[0;31mCellTimeoutError\x1b[0m: No reply from kernel "
                              "before timeout"]}]
    assert error_message(outputs, 20) == ("CellTimeoutError: No reply from kernel before "
                                          "timeout (20 s per cell)")


def test_stderr_explains_a_cell_scored_zero_without_error():
    """When stderr output scored a cell 0, is its last line the message?"""
    outputs = [{"output_type": "stream", "name": "stderr", "text": ["warning one\n",
                                                                   "Warning: two\n"]}]
    assert error_message(outputs) == "output on stderr scores a test 0: Warning: two"


def test_no_error_no_message():
    """Is there no message when the cell printed nothing wrong?"""
    assert error_message([{"output_type": "stream", "name": "stdout", "text": "ok"}]) == ""


@pytest.mark.slow
@pytest.mark.xdist_group("grading-cli")  # with the other users of the shared runs
def test_gradebook_revision_is_what_alembic_says(cli_runs):
    """Is the revision the worker gives new gradebooks the one `alembic heads` prints?"""
    run = cli_runs["alembic"]
    assert run.returncode == 0, run.stderr
    real, fast = run.stdout.split()
    assert real == fast and len(real) == 12


NBGRADER_LOG = """[AutogradeApp | INFO] Converting notebook /c/submitted/carol/demo/demo.ipynb
[AutogradeApp | ERROR] There was an error processing assignment: /c/submitted/carol/demo
[AutogradeApp | ERROR] Traceback (most recent call last):
      File "/x/nbformat/reader.py", line 25, in parse_json
        raise NotJSONError(message) from e
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    nbformat.reader.NotJSONError: Notebook does not appear to be JSON: '{"cells": [\\n'

[AutogradeApp | ERROR] There was an error processing assignment 'demo' for student 'carol'
[AutogradeApp | ERROR] Please see the the above traceback for details on the specific errors.
"""


def test_failure_reason_is_the_exception_line():
    """Is nbgrader's failure summed up by the exception line of its traceback?"""
    assert failure_reason(NBGRADER_LOG) == ("nbformat.reader.NotJSONError: Notebook does not "
                                            """appear to be JSON: '{"cells": [\\n'""")
