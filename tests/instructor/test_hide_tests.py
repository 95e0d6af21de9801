"""Does HideTests keep a hidden test's code out of feedback, and its message in?"""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_notebook, new_output

from autograder.instructor.hide_tests import HIDDEN_SOURCE, HideTests


def test_hidden_test_source_and_traceback_are_replaced():
    """Is a failed hidden test shown as its message only, a visible test left whole?"""
    hidden = new_code_cell("### BEGIN HIDDEN TESTS\nassert add(-4, 4) == 0, 'add(-4, 4) should "
                           "return 0'\n### END HIDDEN TESTS",
                           outputs=[new_output("error", ename="AssertionError",
                                               evalue="add(-4, 4) should return 0",
                                               traceback=["Traceback", "assert add(-4, 4) == 0"])])
    visible = new_code_cell("assert add(1, 2) == 3", outputs=[new_output(
        "error", ename="AssertionError", evalue="", traceback=["assert add(1, 2) == 3"])])
    notebook, _ = HideTests().preprocess(new_notebook(cells=[hidden, visible]), {})
    first, second = notebook.cells
    assert first.source == HIDDEN_SOURCE
    assert first.outputs[0].traceback == ["AssertionError: add(-4, 4) should return 0"]
    assert second.source == "assert add(1, 2) == 3"
    assert second.outputs[0].traceback == ["assert add(1, 2) == 3"]
