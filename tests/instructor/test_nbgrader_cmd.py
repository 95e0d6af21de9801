"""Is every nbgrader command bounded in time and summed up in one line?"""

from __future__ import annotations

import tempfile

from autograder.instructor.nbgrader_cmd import Result, nbgrader


def test_command_outliving_its_bound_is_killed(tmp_path, monkeypatch):
    """Is an nbgrader command still running at its bound killed, reported, cleaned up?"""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    result = nbgrader(["--version"], tmp_path, timeout=0.2)
    assert result.timed_out and not result.ok
    assert result.returncode != 0
    assert list(scratch.iterdir()) == []


def test_reason_is_one_line():
    """Is a failed command's reason the one line of its traceback?"""
    output = ("[DbStudentImportApp | ERROR] Traceback (most recent call last):\n"
              "      File \"x.py\", line 1, in <module>\n"
              "    FileNotFoundError: No such file: 'roster.csv'\n")
    assert Result(1, output).reason() == "FileNotFoundError: No such file: 'roster.csv'"
