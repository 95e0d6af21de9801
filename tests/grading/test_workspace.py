"""Is grading kept inside a temporary course folder that is always removed?"""

from __future__ import annotations

import pytest
from grading_fixtures import ROOT, SOLUTIONS

from autograder.grading.workspace import Workspace

CONFIG = ROOT / "nbgrader_config.py"


def test_workspace_holds_config_and_source():
    """Does the temporary course hold the course config and the assignment's source?"""
    with Workspace("demo", SOLUTIONS, CONFIG) as workspace:
        assert (workspace.root / "nbgrader_config.py").read_text() == CONFIG.read_text()
        assert (workspace.root / "solutions" / "demo" / "demo.ipynb").is_file()
        assert workspace.scratch.is_dir()


def test_submission_takes_the_source_notebook_name(tmp_path):
    """Is a renamed notebook placed under the name nbgrader expects?"""
    notebook = tmp_path / "My copy.ipynb"
    notebook.write_text("{}")
    with Workspace("demo", SOLUTIONS, CONFIG) as workspace:
        placed = workspace.add_submission("student-1", notebook, "demo.ipynb")
        assert placed == workspace.root / "submitted" / "student-1" / "demo" / "demo.ipynb"
        assert placed.read_text() == "{}"
        assert workspace.autograded("student-1", "demo.ipynb") == (
            workspace.root / "autograded" / "student-1" / "demo" / "demo.ipynb")


def test_folder_is_removed_even_after_an_error():
    """Is the temporary folder removed when grading raises?"""
    with pytest.raises(RuntimeError), Workspace("demo", SOLUTIONS, CONFIG) as workspace:
        root = workspace.root
        raise RuntimeError("boom")
    assert not root.exists()


def test_unknown_assignment_leaves_no_folder(tmp_path, monkeypatch):
    """Does a failed setup (no such assignment) leave no temporary folder behind?"""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    with pytest.raises(FileNotFoundError):
        Workspace("nope", SOLUTIONS, CONFIG)
    assert list(tmp_path.iterdir()) == []
