"""Are the course notebooks valid, clean, indexed, linked to their exercises and runnable offline?

The execution tests are marked ``slow``: each starts a real kernel (see conftest.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from .kernels import COURSE, ROOT, cell_text, each_cell_twice, execute
from .key_figures import check_key_figures

NOTEBOOKS = sorted(COURSE.glob("*.ipynb"))
LESSONS = [p for p in NOTEBOOKS if re.match(r"^\d\d-", p.name) and p.name != "00-index.ipynb"]


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_there_are_lessons():
    """Does the course folder hold lesson notebooks at all?"""
    assert LESSONS, f"no lesson notebooks in {COURSE}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_is_valid_and_committed_without_outputs(path):
    """Is the notebook valid nbformat, with no outputs or execution counts saved?"""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
             and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{path.name}: code cells {dirty} have outputs or execution counts; " \
                      "save the notebook cleared"


def test_index_is_current():
    """Is course/00-index.ipynb what tools/generate_contents.py generates now?"""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "generate_contents.py"),
                             "--check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr or result.stdout


@pytest.mark.parametrize("path", LESSONS, ids=_ids(LESSONS))
def test_lesson_ends_with_try_it(path):
    """Does the lesson end with a "Try it" cell linking to its exercise notebook?"""
    nb = nbformat.read(path, as_version=4)
    last = nb.cells[-1]
    link = f"../exercises/{path.stem}/{path.stem}.ipynb"
    assert last.cell_type == "markdown" and "Try it" in last.source, \
        f"{path.name}: the last cell should be a markdown 'Try it' cell"
    assert f"({link})" in last.source, f"{path.name}: the 'Try it' cell should link to {link}"


@pytest.mark.parametrize("path", LESSONS, ids=_ids(LESSONS))
def test_lesson_states_its_goal_asks_for_predictions_and_sums_up(path):
    """Does the lesson open with its goal, prompt predictions and end with a summary?"""
    nb = nbformat.read(path, as_version=4)
    markdown = [cell.source for cell in nb.cells if cell.cell_type == "markdown"]
    assert re.search(r"\*\*Goal:?\*\*|In this lesson you will", "\n".join(markdown[:2])), \
        f"{path.name}: the first cells should state the lesson's goal"
    assert any(re.search(r"\bPredict\b", text) for text in markdown), \
        f"{path.name}: no 'Predict: ... then run the cell' prompt before a demo"
    headings = [line for text in markdown for line in text.splitlines() if line.startswith("## ")]
    assert headings[-2:] == ["## Summary", "## Try it"], \
        f"{path.name}: should end with '## Summary' then '## Try it', not {headings[-2:]}"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_runs_offline_without_errors(path, kernel_env, record_property):
    """Does the notebook run top to bottom under a real, offline kernel, every cell twice?

    Learners re-run cells: each code cell runs twice in a row, and neither run may fail.
    Then the figures its demos printed must show what the lesson says they show.
    """
    before = set(COURSE.iterdir())
    nb = each_cell_twice(nbformat.read(path, as_version=4))
    record_property("notebook", path.stem)  # reported in the terminal summary (conftest.py)
    record_property("notebook_seconds", execute(nb, kernel_env))
    errors = [f"{cell.id}: {out.ename}: {out.evalue}"
              for cell in nb.cells if cell.cell_type == "code"
              for out in cell.outputs if out.output_type == "error"]
    # IPython 3.11 prints some errors (one raised in an except* block of a top-level await)
    # as a traceback on stderr instead of an error output: those fail the lesson too.
    errors += [f"{cell.id}: a traceback on stderr: {out.text.strip().splitlines()[-1]}"
               for cell in nb.cells if cell.cell_type == "code"
               for out in cell.outputs if out.output_type == "stream" and out.name == "stderr"
               and "Traceback (most recent call last)" in out.text]
    assert not errors, f"{path.name}: " + "; ".join(errors)
    check_key_figures(path.stem, nb)  # the demos' figures (key_figures/lesson_NN.py)
    # New lesson notebooks may appear while lessons are being written; anything else is clutter.
    left_behind = sorted(p.name for p in set(COURSE.iterdir()) - before
                         if not re.match(r"^\d\d-[a-z0-9-]+\.ipynb$", p.name))
    assert not left_behind, f"{path.name} left files in course/: {left_behind}"


GUARD_CELLS = [
    # 0: which interpreter runs the kernel, and is the guard loaded?
    "import socket, sys\nprint(sys.executable)\n"
    "print(getattr(socket, 'OFFLINE_COURSE_GUARD', False))",
    # 1: an internet address, plain socket
    "try:\n    socket.create_connection(('10.255.255.1', 80), timeout=5)\n"
    "except OSError as exc:\n    print(type(exc).__name__, exc)",
    # 2: an internet IPv6 address
    "s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)\n"
    "try:\n    s.connect(('2001:db8::1', 80, 0, 0))\nexcept OSError as exc:\n"
    "    print(type(exc).__name__, exc)\nfinally:\n    s.close()",
    # 3: a host name, through aiohttp (refused without a DNS lookup)
    "import aiohttp\nasync with aiohttp.ClientSession() as session:\n    try:\n"
    "        await session.get('http://example.com/')\n"
    "    except aiohttp.ClientError as exc:\n        print(type(exc).__name__, exc)",
    # 4: the course server on loopback, through urllib and aiohttp
    "import os, urllib.request\nBASE = os.environ['ASYNC_COURSE_SERVER']\n"
    "print(urllib.request.urlopen(BASE + '/get').status)\n"
    "async with aiohttp.ClientSession() as session:\n"
    "    async with session.get(BASE + '/get') as resp:\n        print(resp.status)",
    # 5: a Unix socket pair still works
    "a, b = socket.socketpair()\na.sendall(b'ping')\nprint(b.recv(4))\na.close(); b.close()",
    # 6: a script started from the kernel inherits the guard
    "import subprocess\nprint(subprocess.run([sys.executable, '-c', 'import socket; "
    "print(getattr(socket, \"OFFLINE_COURSE_GUARD\", False))'], capture_output=True, "
    "text=True).stdout.strip())",
]


@pytest.fixture(scope="module")
def guard_run(kernel_env, tmp_path_factory) -> list[str]:
    """The text each GUARD_CELLS cell printed in one guarded kernel."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in GUARD_CELLS]
    execute(nb, kernel_env, cwd=tmp_path_factory.mktemp("guard"), allow_errors=True)
    return [cell_text(cell) for cell in nb.cells]


REFUSED = "ConnectionRefusedError offline course: refused connection to"


@pytest.mark.slow
def test_kernel_runs_the_venv_python_with_the_guard(guard_run):
    """Do kernels run this interpreter (the venv's), with the offline guard loaded?"""
    executable, loaded = guard_run[0].split()
    assert Path(executable).resolve() == Path(sys.executable).resolve()
    assert executable == sys.executable
    assert loaded == "True"


@pytest.mark.slow
def test_guard_refuses_an_internet_address(guard_run):
    """Is a connection to 10.255.255.1:80 refused by the guard?"""
    assert guard_run[1].strip() == f"{REFUSED} ('10.255.255.1', 80)"


@pytest.mark.slow
def test_guard_refuses_an_internet_ipv6_address(guard_run):
    """Is a connection to an IPv6 address other than ::1 refused?"""
    assert guard_run[2].startswith(f"{REFUSED} ('2001:db8::1'"), guard_run[2]


@pytest.mark.slow
def test_guard_refuses_a_host_name_in_aiohttp(guard_run):
    """Does aiohttp get a refusal for a host name, without a DNS query?"""
    assert guard_run[3].startswith("ClientConnector"), guard_run[3]
    assert "offline course: refused to resolve 'example.com'" in guard_run[3], guard_run[3]


@pytest.mark.slow
def test_guard_lets_loopback_through(guard_run):
    """Do urllib and aiohttp still reach the course server on 127.0.0.1?"""
    assert guard_run[4].split() == ["200", "200"], guard_run[4]


@pytest.mark.slow
def test_guard_lets_unix_sockets_through(guard_run):
    """Do Unix sockets still work under the guard?"""
    assert guard_run[5].strip() == "b'ping'", guard_run[5]


@pytest.mark.slow
def test_guard_reaches_processes_the_kernel_starts(guard_run):
    """Does a script run from a notebook inherit the guard?"""
    assert guard_run[6].strip() == "True", guard_run[6]
