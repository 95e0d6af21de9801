"""Does every command the README shows exist and parse, and do the key ones run?

The README's commands are extracted from its fenced ``bash`` blocks and its inline
code: ``make`` targets must exist in the Makefile, ``python -m autograder`` lines
must parse with the real argument parser, ``nbgrader`` subcommands must exist,
and paths they name must be in the repository. The self-learner's command is run
for real. The instructor commands run end to end in tests/instructor/.
"""

import json
import re
import shlex
import subprocess
import sys

import pytest

from autograder.cli import build_parser
from autograder.environment import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text()
# Covered elsewhere: environment.yml agreement (test_environment.py); conda is not installed here.
OTHERWISE_TESTED = ("conda ", "pip install")


def _commands() -> list[str]:
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.S):
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip()
            lines += [part.strip() for part in line.split("&&") if part.strip()]
    lines += re.findall(r"`((?:python -m autograder|nbgrader|make) [^`]*)`", README)
    return sorted(set(lines))


COMMANDS = _commands()


def test_readme_first_screen_shows_the_two_commands():
    """Are `make lab` and `make test` on the README's first screen?"""
    first_screen = "\n".join(README.splitlines()[:20])
    assert "make lab" in first_screen and "make test" in first_screen


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith("make ")])
def test_make_targets_exist(command):
    """Does the Makefile define every target the README uses?"""
    target = command.split()[1]
    assert re.search(rf"^{re.escape(target)}:", (REPO_ROOT / "Makefile").read_text(), re.M)


@pytest.mark.parametrize("command", [c for c in COMMANDS if "-m autograder" in c])
def test_autograder_commands_parse(command):
    """Does every `python -m autograder ...` line parse with the real parser?"""
    argv = shlex.split(command)
    argv = argv[argv.index("autograder") + 1:]
    args = build_parser().parse_args(argv)  # SystemExit (a test error) if it does not parse
    if "NN-slug" in command:
        return  # a template for a new exercise
    for path in getattr(args, "paths", []) or []:
        if "*" in path:  # a shell pattern: it must match something
            assert list(REPO_ROOT.glob(path)), path
        elif "/" in path:  # a repository path the README tells people to use
            assert (REPO_ROOT / path).exists(), path
    for name in getattr(args, "assignments", []) or []:
        assert (REPO_ROOT / "solutions" / name).is_dir(), name
    if getattr(args, "assignment", None):
        assert (REPO_ROOT / "solutions" / args.assignment).is_dir(), args.assignment


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith("nbgrader ")])
def test_nbgrader_subcommands_exist(command):
    """Is every nbgrader subcommand the README names a real one?"""
    sub = command.split()[1]
    result = subprocess.run([sys.executable, "-m", "nbgrader", sub, "--help"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]


def test_every_readme_command_is_covered():
    """Is each README command one of the kinds these tests check?"""
    kinds = ("make ", "python -m autograder", ".venv/bin/python -m autograder", "nbgrader ")
    unchecked = [c for c in COMMANDS
                 if not c.startswith(kinds + OTHERWISE_TESTED) and "-m autograder" not in c]
    assert unchecked == []


@pytest.mark.slow
def test_self_learner_grade_command_runs():
    """Does the self-learner's first command grade the released notebook (all tests failing)?"""
    command = next(c for c in COMMANDS
                   if c.startswith("python -m autograder grade exercises/") and "*" not in c)
    argv = shlex.split(command)[1:]
    result = subprocess.run([sys.executable, *argv, "--json"], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (notebook,) = json.loads(result.stdout)["notebooks"]
    assert notebook["score"] == 0 and notebook["max_score"] > 0
    assert all("NotImplementedError" in t["message"] for t in notebook["tests"])
