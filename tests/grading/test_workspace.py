"""Is grading kept inside a temporary course folder that is always removed?"""

from __future__ import annotations

import pytest
from grading_fixtures import ROOT, SOLUTIONS

from autograder.grading.workspace import Workspace

CONFIG = ROOT / "nbgrader_config.py"


def test_workspace_holds_config_and_takes_a_source_once():
    """Does the course hold the config, and each assignment's source once it is added?"""
    with Workspace(SOLUTIONS, CONFIG) as workspace:
        assert (workspace.root / "nbgrader_config.py").read_text() == CONFIG.read_text()
        assert workspace.scratch.is_dir()
        assert not (workspace.root / "solutions").exists()
        source = workspace.add_assignment("demo")
        assert source == workspace.root / "solutions" / "demo"
        (source / "extra.txt").write_text("kept")
        assert workspace.add_assignment("demo") == source
        assert (source / "demo.ipynb").is_file() and (source / "extra.txt").is_file()


def test_submission_takes_the_source_notebook_name(tmp_path):
    """Is a renamed notebook placed under the name nbgrader expects, beside its source?"""
    notebook = tmp_path / "My copy.ipynb"
    notebook.write_text("{}")
    with Workspace(SOLUTIONS, CONFIG) as workspace:
        placed = workspace.add_submission("student-1", "demo", notebook, "demo.ipynb")
        assert placed == workspace.root / "submitted" / "student-1" / "demo" / "demo.ipynb"
        assert placed.read_text() == "{}"
        assert (workspace.root / "solutions" / "demo" / "demo.ipynb").is_file()
        assert workspace.autograded("student-1", "demo", "demo.ipynb") == (
            workspace.root / "autograded" / "student-1" / "demo" / "demo.ipynb")


def test_folder_is_removed_even_after_an_error():
    """Is the temporary folder removed when grading raises?"""
    with pytest.raises(RuntimeError), Workspace(SOLUTIONS, CONFIG) as workspace:
        root = workspace.root
        raise RuntimeError("boom")
    assert not root.exists()


def test_unknown_assignment_raises_and_the_folder_is_still_removed():
    """Does adding an assignment with no source raise, and the folder still go?"""
    with pytest.raises(FileNotFoundError), Workspace(SOLUTIONS, CONFIG) as workspace:
        root = workspace.root
        workspace.add_assignment("nope")
    assert not root.exists()


def test_missing_config_leaves_no_folder(tmp_path, monkeypatch):
    """Does a failed setup (no config) leave no temporary folder behind?"""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    with pytest.raises(FileNotFoundError):
        Workspace(SOLUTIONS, tmp_path / "no-config.py")
    assert list(tmp_path.iterdir()) == []
