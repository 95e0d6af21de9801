"""Does ``collect`` find every student's submission, whatever shape the LMS gave it?"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from autograder.instructor.collect import find_submissions, notebook_name, read_roster

FIXTURE_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "course"


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


@pytest.fixture
def source(tmp_path) -> Path:
    folder = tmp_path / "export"
    (folder / "alice").mkdir(parents=True)
    (folder / "alice" / "demo.ipynb").write_bytes(b"A")
    (folder / "bob.ipynb").write_bytes(b"B")
    _zip(folder / "carol.zip", {"work/demo.ipynb": b"C", "__MACOSX/work/._demo.ipynb": b"x"})
    _zip(folder / "dave_12345_67890_demo.zip", {"anything.ipynb": b"D"})
    (folder / "notes.txt").write_text("hello")
    (folder / "erin.zip").write_bytes(b"not a zip")
    _zip(folder / "frank.zip", {"a.ipynb": b"1", "b.ipynb": b"2"})
    (folder / "bob_late.zip").write_bytes(b"")
    _zip(folder / "bob_late.zip", {"demo.ipynb": b"B2"})
    (folder / "gina smith.ipynb").write_bytes(b"G")
    (folder / "harry").mkdir()
    return folder


def test_every_shape_of_submission_is_found(source):
    """Are folders, notebooks, zips and LMS-named zips each read as one student's notebook?"""
    found, _ = find_submissions(source, "demo.ipynb")
    assert found == {"alice": b"A", "bob": b"B", "carol": b"C", "dave": b"D"}


def test_junk_is_reported_one_line_each(source):
    """Is every entry that is not a submission reported once, with its reason?"""
    _, junk = find_submissions(source, "demo.ipynb")
    reasons = {line.split(": ")[1].removeprefix("skipped "): line for line in junk}
    assert set(reasons) == {"notes.txt", "erin.zip", "frank.zip", "bob_late.zip",
                            "gina smith.ipynb", "harry"}
    assert "a second submission of bob (kept bob.ipynb)" in reasons["bob_late.zip"]
    assert "not a readable zip" in reasons["erin.zip"]
    assert "holds 2 notebooks" in reasons["frank.zip"]
    assert "not a usable student id" in reasons["gina smith.ipynb"]
    assert "folder without demo.ipynb" in reasons["harry"]
    assert all(line.startswith("collect: skipped ") and "\n" not in line for line in junk)


def test_roster_as_lines_or_csv(tmp_path):
    """Is a roster read from one id per line, or from a CSV with an id column?"""
    lines = tmp_path / "roster.txt"
    lines.write_text("# class of 2026\nalice\n\nbob\n")
    assert read_roster(lines) == [{"id": "alice"}, {"id": "bob"}]
    table = tmp_path / "roster.csv"
    table.write_text("id,first_name,last_name\nalice,Alice,Liddell\n")
    assert read_roster(table) == [{"id": "alice", "first_name": "Alice", "last_name": "Liddell"}]


def test_notebook_name_is_the_source_notebook(tmp_path):
    """Is the target name the assignment's source notebook, and None for no assignment?"""
    assert notebook_name(FIXTURE_ROOT, "demo") == "demo.ipynb"
    assert notebook_name(FIXTURE_ROOT, "nope") is None
