"""Can one student's notebook read the solutions, touch grades, or outlive its grading?

One class on the fixture course, through the real instructor workflow (collect,
autograde, feedback --hide-tests, export; real nbgrader, real sandboxed kernels):
two honest students, aaa-early (graded first) and zzz-late (graded last), and
attackers graded in between (see :mod:`sandbox_attacks`): a reader, a writer (gradebook,
peers, solutions, checks, symlinks, a daemon), a hog (60 MB of output, 4 GiB of
memory, a 100 MiB file, 400 processes), a kernel killed at the CPU limit, and a
notebook named like zzz-late. Graded two at a time (as ``--jobs 2``): each attack's
effect is checked at the end, whichever order the students ran in.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
from html import unescape
from pathlib import Path

import pytest
import sandbox_attacks as attacks
from class_fixtures import CORRECT, FIXTURE, ROOT, WRONG, autograder_cli, student_notebook

import autograder.checks

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sandbox-security")]

DAEMON_MARKER = "sandbox-daemon-marker"
HONEST = {"aaa-early": 5.0, "zzz-late": 5.0}
# What each attacker's answers deserve: WRONG's add fails the hidden test (4 of 5).
DESERVED = {"atk-reader": 4.0, "atk-writer": 4.0, "atk-hog": 5.0, "atk-named": 4.0,
            "atk-cpu": 0.0}


def _with(answers: dict[str, str], attack: str, then: str = "", **values: str) -> str:
    """The notebook with ``attack`` after the answer to add, ``then`` after double_later's."""
    return student_notebook({
        **answers, "answer-add": answers["answer-add"] + "\n" + attack.format(**values),
        "answer-double": answers["answer-double"] + "\n" + then.format(**values)})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _protected(root: Path) -> dict[str, str]:
    files = [*sorted((root / "solutions").rglob("*")), root / "nbgrader_config.py",
             *sorted(Path(autograder.checks.__file__).parent.glob("*.py"))]
    return {str(p): _digest(p) for p in files if p.is_file()}


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("security")
    root = base / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(FIXTURE / "solutions", root / "solutions")
    home = base / "home"
    home.mkdir()
    (home / ".secret").write_text("instructor's token")
    values = {"root": str(root), "home": str(home / ".secret")}
    export = base / "export"
    export.mkdir()
    notebooks = {"aaa-early": student_notebook(CORRECT), "zzz-late": student_notebook(CORRECT),
                 "atk-reader": _with(WRONG, attacks.READER, **values),
                 "atk-writer": _with(WRONG, attacks.WRITER, **values),
                 "atk-hog": _with(CORRECT, attacks.OUTPUT, attacks.LIMITS),
                 "atk-cpu": _with(WRONG, attacks.CPU)}
    for student, text in notebooks.items():
        (export / f"{student}.ipynb").write_text(text)
    (export / "atk-named").mkdir()
    (export / "atk-named" / "zzz-late.ipynb").write_text(student_notebook(WRONG))
    runs = {"collect": autograder_cli("collect", str(export), "--assignment", "demo",
                                      "--root", str(root))}
    before = _protected(root)
    submitted_late = _digest(root / "submitted" / "zzz-late" / "demo" / "demo.ipynb")
    previous_home = os.environ.get("HOME")
    os.environ["HOME"] = str(home)
    try:
        runs["autograde"] = autograder_cli("autograde", "demo", "--jobs", "2",
                                           "--root", str(root))
    finally:
        os.environ["HOME"] = previous_home or ""
    runs["feedback"] = autograder_cli("feedback", "demo", "--hide-tests", "--root", str(root))
    runs["export"] = autograder_cli("export", "--root", str(root), "--to",
                                    str(base / "grades.csv"))
    with (base / "grades.csv").open() as handle:
        scores = {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}
    return {"root": root, "runs": runs, "scores": scores, "before": before,
            "submitted_late": submitted_late, "home": home}


def _lines(graded: dict, student: str, cell_id: str = "answer-add") -> list[str]:
    """The stream output of a student's answer cell, line by line."""
    path = graded["root"] / "autograded" / student / "demo" / "demo.ipynb"
    cell = next(c for c in json.loads(path.read_text())["cells"] if c["id"] == cell_id)
    text = "".join("".join(o.get("text", "")) for o in cell["outputs"]
                   if o["output_type"] == "stream")
    return text.splitlines()


def test_the_workflow_ran(graded):
    """Did collect, feedback and export succeed, and autograde fail only the CPU hog?"""
    runs = graded["runs"]
    assert runs["collect"].returncode == 0, runs["collect"].stderr
    assert runs["feedback"].returncode == 0, runs["feedback"].stderr
    assert runs["export"].returncode == 0, runs["export"].stderr
    summary = runs["autograde"].stdout
    assert "autograded 6 of 7 submission(s) of demo" in summary, summary
    [failure] = [line.strip() for line in summary.splitlines() if "failed:" in line]
    assert failure.startswith("failed: atk-cpu: the kernel died: it crashed or hit a sandbox "
                              "limit (300 s of CPU")


def test_honest_students_keep_their_exact_scores(graded):
    """Do aaa-early (graded before the attackers) and zzz-late (after) keep 5 of 5?"""
    assert {s: graded["scores"][s] for s in HONEST} == HONEST


def test_attackers_get_only_what_their_answers_deserve(graded):
    """Is no attacker's score raised, and the kernel killed at a limit scored 0?"""
    assert {s: graded["scores"][s] for s in DESERVED} == DESERVED


def test_nothing_outside_the_kernel_can_be_read(graded):
    """Are the solutions, gradebook, config, peers and home unreadable, also via /proc,
    symlinks and '..'?"""
    lines = _lines(graded, "atk-reader")
    assert not [line for line in lines if line.startswith("LEAKED")]
    blocked = {line.split()[1] for line in lines if line.startswith("BLOCKED")}
    assert {"solutions", "solutions-relative", "gradebook", "config", "peer-submission",
            "peer-submission-relative", "peer-autograded", "instructor-home",
            "own-notebook", "symlink"} <= blocked
    assert any(name.startswith("proc-cwd-") for name in blocked)
    assert any(name.startswith("proc-root-") for name in blocked)
    # The targets exist: unsandboxed, each of these reads would have succeeded.
    root = graded["root"]
    for path in ("solutions/demo/demo.ipynb", "gradebook.db", "nbgrader_config.py",
                 "submitted/zzz-late/demo/demo.ipynb", "autograded/aaa-early/demo/demo.ipynb"):
        assert (root / path).is_file()
    assert (graded["home"] / ".secret").is_file()


def test_nothing_outside_the_kernel_can_be_written(graded):
    """Are the gradebook, peers' notebooks, solutions and checks.py out of a kernel's reach?"""
    lines = _lines(graded, "atk-writer")
    done = [line for line in lines if line.startswith("DONE")]
    # Only the kernel's own copy of its folder is writable (and thrown away).
    assert sorted(done) == ["DONE daemon", "DONE planted-file", "DONE planted-symlink"], lines
    assert _protected(graded["root"]) == graded["before"]
    late = graded["root"] / "submitted" / "zzz-late" / "demo" / "demo.ipynb"
    assert _digest(late) == graded["submitted_late"]
    early = graded["root"] / "autograded" / "aaa-early" / "demo" / "demo.ipynb"
    assert "PWNED" not in early.read_text()


def test_files_a_kernel_writes_reach_neither_autograded_nor_feedback(graded):
    """Are the planted file and symlink absent from the writer's autograded and feedback?"""
    for folder in ("autograded", "feedback"):
        names = {p.name for p in (graded["root"] / folder / "atk-writer" / "demo").iterdir()}
        assert not {"loot", "note.txt", "gradebook-link"} & names, (folder, names)


def test_no_process_outlives_grading(graded):
    """After export, is the daemon the writer started gone?"""
    found = subprocess.run(["pgrep", "-f", DAEMON_MARKER], capture_output=True, text=True)
    survivors = [int(pid) for pid in found.stdout.split()]
    for pid in survivors:  # leave nothing behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
    assert "DONE daemon" in _lines(graded, "atk-writer")  # it did start, inside


def test_output_is_capped(graded):
    """Do 60 MB of printed output leave the autograded notebook and feedback small?"""
    notebook = graded["root"] / "autograded" / "atk-hog" / "demo" / "demo.ipynb"
    page = graded["root"] / "feedback" / "atk-hog" / "demo" / "demo.html"
    assert notebook.stat().st_size < 4 * 1024 ** 2
    assert page.stat().st_size < 6 * 1024 ** 2
    assert any(line.startswith("[output cut: more than") for line in _lines(graded, "atk-hog"))


def test_memory_file_size_and_processes_are_limited(graded):
    """Do a 4 GiB allocation, a 100 MiB file and 400 processes fail in the cell?"""
    lines = _lines(graded, "atk-hog", "answer-double")
    assert "BLOCKED memory MemoryError" in lines
    assert "BLOCKED file-size OSError" in lines
    # Also as root, whom Linux exempts from RLIMIT_NPROC: the kernel's pids cgroup.
    assert "BLOCKED processes BlockingIOError" in lines


def test_a_notebook_named_like_another_student_is_graded_as_its_sender(graded):
    """Is atk-named's zzz-late.ipynb graded as atk-named, zzz-late's own work untouched?"""
    assert (graded["root"] / "submitted" / "atk-named" / "demo" / "demo.ipynb").is_file()
    assert graded["scores"]["atk-named"] == 4.0 and graded["scores"]["zzz-late"] == 5.0


def test_feedback_shows_messages_and_points_but_no_hidden_test_code(graded):
    """Does every feedback page leave out the hidden tests' code, keeping their messages?"""
    pages = sorted((graded["root"] / "feedback").glob("*/demo/demo.html"))
    assert len(pages) == 6
    for page in pages:
        text = unescape(re.sub(r"<[^>]+>", "", page.read_text()))
        assert "assert add(-4, 4) == 0" not in text and "BEGIN HIDDEN TESTS" not in text
    wrong = unescape(re.sub(r"<[^>]+>", "", (graded["root"] / "feedback" / "atk-named" / "demo"
                                              / "demo.html").read_text()))
    assert "add(-4, 4) should return 0" in wrong
