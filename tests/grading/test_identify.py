"""Is each student notebook matched to the right assignment, whatever its name?"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import nbformat
import pytest
from grading_fixtures import ROOT, SOLUTIONS

from autograder.grading.identify import (
    Unusable,
    duplicate_ids,
    identify,
    read_notebook,
    source_notebooks,
)

sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
from build_course import DEMO, build_demo  # noqa: E402


@pytest.fixture
def demo() -> dict:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def _second_assignment(tmp_path: Path, demo: dict) -> Path:
    """A copy of the fixture course plus an assignment ``other`` sharing only ``setup``."""
    solutions = tmp_path / "solutions"
    (solutions / "demo").mkdir(parents=True)
    (solutions / "demo" / "demo.ipynb").write_text(json.dumps(demo))
    other = copy.deepcopy(demo)
    for cell in other["cells"]:
        grade_id = cell["metadata"]["nbgrader"]["grade_id"]
        if grade_id not in ("setup", "intro"):
            cell["metadata"]["nbgrader"]["grade_id"] = "other-" + grade_id
    (solutions / "other").mkdir()
    (solutions / "other" / "other.ipynb").write_text(json.dumps(other))
    return solutions


def test_fixture_course_is_what_its_builder_makes():
    """Is the committed fixture notebook exactly what tests/fixtures/build_course.py writes?"""
    assert nbformat.reads(DEMO.read_text(encoding="utf-8"), 4) == build_demo()


def test_source_notebooks_list_tests_with_points():
    """Are a source notebook's graded cells listed in order with their points?"""
    [source] = source_notebooks(SOLUTIONS)
    assert (source.assignment, source.name) == ("demo", "demo.ipynb")
    assert source.tests == (("check-add", 1.0), ("hidden-add", 1.0), ("check-double", 1.0),
                            ("hidden-double", 2.0))


def test_renamed_notebook_matches_by_cells(demo):
    """Is a renamed notebook still matched to its assignment and source notebook?"""
    match = identify(demo, "Untitled (copy 3).ipynb", source_notebooks(SOLUTIONS))
    assert (match.assignment, match.name) == ("demo", "demo.ipynb")


def test_best_overlap_wins_over_file_name(tmp_path, demo):
    """Does the grade-id overlap decide, even when the file is named after another assignment?"""
    sources = source_notebooks(_second_assignment(tmp_path, demo))
    assert identify(demo, "other.ipynb", sources).assignment == "demo"


def test_notebook_with_some_cells_deleted_still_matches(tmp_path, demo):
    """Does a notebook missing some test cells still match its assignment?"""
    sources = source_notebooks(_second_assignment(tmp_path, demo))
    demo["cells"] = [c for c in demo["cells"] if c["id"] not in ("check-add", "hidden-add")]
    assert identify(demo, "x.ipynb", sources).assignment == "demo"


def test_shared_setup_cell_alone_matches_nothing(demo):
    """Is a notebook sharing only the common setup cell refused?"""
    demo["cells"] = [c for c in demo["cells"] if c["id"] in ("setup", "intro")]
    with pytest.raises(Unusable, match="matches no assignment"):
        identify(demo, "demo.ipynb", source_notebooks(SOLUTIONS))


def test_plain_notebook_is_refused():
    """Is a notebook without nbgrader cells refused with a reason?"""
    plain = {"cells": [{"cell_type": "code", "metadata": {}, "source": "1"}]}
    with pytest.raises(Unusable, match="no nbgrader cells"):
        identify(plain, "demo.ipynb", source_notebooks(SOLUTIONS))


@pytest.mark.parametrize(("content", "reason"), [
    (None, "no such file"),
    (b'{"cells": [', "invalid JSON"),
    (b"\x89PNG\r\n\x1a\n\xff", "not UTF-8"),
    (b'{"nbformat": 4}', "without a list of cells"),
    (b"[1, 2]", "without a list of cells"),
])
def test_unreadable_paths_give_one_line_reasons(tmp_path, content, reason):
    """Does each kind of unusable file give a one-line reason?"""
    path = tmp_path / "x.ipynb"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(Unusable, match=reason) as error:
        read_notebook(path)
    assert "\n" not in str(error.value)


def test_folder_is_not_a_notebook(tmp_path):
    """Is a folder refused as 'not a file'?"""
    with pytest.raises(Unusable, match="not a file"):
        read_notebook(tmp_path)


def test_duplicated_cells_are_named(demo):
    """Are grade ids held by two cells found (nbgrader cannot grade that notebook)?"""
    assert duplicate_ids(demo) == []
    demo["cells"].append(copy.deepcopy(demo["cells"][3]))
    assert duplicate_ids(demo) == ["check-add"]
