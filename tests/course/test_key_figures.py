"""Do lessons' figure tags reach the checks, and does a missing tag fail?"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from .key_figures import check_key_figures, figures_of

LESSON_CHECKS = sorted(p.stem for p in Path(__file__).with_name("key_figures").glob("lesson_*.py"))


def _cell(text: str, tags: list[str]) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("print('x')")
    cell.metadata["tags"] = tags
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    return cell


def test_each_run_of_a_tagged_cell_is_one_text():
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell("speed-up 1.8x\n", ["figure-speedup"]), _cell("other\n", ["x"]),
                _cell("speed-up 1.7x\n", ["figure-speedup"])]
    assert figures_of(nb) == {"speedup": ["speed-up 1.8x\n", "speed-up 1.7x\n"]}


def test_there_are_lesson_checks():
    assert LESSON_CHECKS, "no key_figures/lesson_NN.py: the lessons' figures go unchecked"


def test_a_lesson_without_checks_is_reported_as_such():
    assert check_key_figures("99-no-such-lesson", nbformat.v4.new_notebook()) is False


@pytest.mark.parametrize("module", LESSON_CHECKS)
def test_every_check_fails_on_a_lesson_that_printed_nothing(module):
    """A figure's check cannot pass when its tag is missing (KeyError) or its text empty."""
    import importlib

    check = importlib.import_module(f"tests.course.key_figures.{module}").check
    with pytest.raises((KeyError, AssertionError, ValueError, IndexError)):
        check({})
    with pytest.raises((KeyError, AssertionError, ValueError, IndexError)):
        check(_AnyFigure())


class _AnyFigure(dict):
    """Every figure present, each printed as an empty line, twice."""

    def __missing__(self, key):
        return ["", ""]
