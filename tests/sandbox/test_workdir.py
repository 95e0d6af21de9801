"""Does the kernel's private copy leave out links and special files?"""

from __future__ import annotations

import os

from autograder.sandbox.workdir import private_copy


def test_regular_files_are_copied_and_links_and_notebooks_left_out(tmp_path):
    """Are a planted symlink (to a file, to a folder), a fifo and the notebooks (their
    hidden tests restored by nbgrader) left out of the copy?"""
    source = tmp_path / "autograded" / "alice" / "A"
    (source / "data").mkdir(parents=True)
    (source / "A.ipynb").write_text("{}")
    (source / "data" / "workload.py").write_text("N = 1")
    secret = tmp_path / "gradebook.db"
    secret.write_text("secret")
    (source / "loot").symlink_to(secret)
    (source / "up").symlink_to(tmp_path)
    os.mkfifo(source / "pipe")
    copy = private_copy(source, tmp_path / "copy")
    assert sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*")) == [
        "data", "data/workload.py"]
    (copy / "data" / "workload.py").write_text("changed")
    assert (source / "data" / "workload.py").read_text() == "N = 1"
