"""Does SandboxedExecute keep a notebook's output small, scores' evidence intact?

Real sandboxed kernels, through nbgrader's Execute, with small caps.
"""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from autograder.sandbox import unavailable_reason
from autograder.sandbox.execute import SandboxedExecute

pytestmark = pytest.mark.slow

DISPLAYS = """
from IPython.display import display, update_display
for _ in range(50):
    display("small", display_id="many")
update_display("y" * 5_000, display_id="many")
for _ in range(3):
    display("small", display_id="few")
"""


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    reason = unavailable_reason()
    if reason:
        pytest.fail(f"the sandbox is needed here: {reason}")
    folder = tmp_path_factory.mktemp("notebook")
    nb = new_notebook(cells=[
        new_code_cell("for _ in range(100):\n    print('x' * 1_000)"),
        new_code_cell(DISPLAYS),
        new_code_cell("update_display('z' * 10, display_id='few')"),
        new_code_cell("raise ValueError('v' * 20_000)"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    execute = SandboxedExecute(cell_output_bytes=20_000, notebook_output_bytes=60_000,
                               timeout=60)
    done, _ = execute.preprocess(nb, {"metadata": {"path": str(folder)}})
    nbformat.validate(done)
    return done


def _text(cell) -> str:
    return "".join(out.get("text", "") for out in cell.outputs)


def test_printing_past_the_cell_cap_is_cut_with_one_note(executed):
    text = _text(executed.cells[0])
    assert len(text) < 25_000
    assert text.count("[output cut: more than 20000 characters") == 1


def test_an_update_rewriting_every_copy_counts_once_per_copy(executed):
    """50 copies of 5,000 characters (250,000) do not fit: the displays stay as they were."""
    shown = [out.data["text/plain"] for out in executed.cells[1].outputs]
    assert shown[:50] == ["'small'"] * 50


def test_an_update_that_fits_is_applied_to_every_copy(executed):
    shown = [out.data["text/plain"] for out in executed.cells[1].outputs]
    assert shown[50:] == ["'zzzzzzzzzz'"] * 3


def test_an_error_is_kept_shortened_past_the_cap(executed):
    errors = [out for out in executed.cells[3].outputs if out.output_type == "error"]
    assert len(errors) == 1 and errors[0].ename == "ValueError"
