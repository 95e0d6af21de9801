"""Do the setup files agree, and does the package's command line work?"""

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DESIGN_PACKAGES = {"jupyterlab", "nbgrader", "nest-asyncio", "aiohttp", "aiofiles", "pytest"}


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line.strip():
            name, version = line.split("==")
            pins[name.lower()] = version
    return pins


def test_every_lock_line_is_an_exact_pin():
    """Is every installed package pinned to one exact version?"""
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[A-Za-z0-9_.+\-]+", line), line


def test_design_packages_are_pinned():
    """Are the six packages the design names all pinned?"""
    assert DESIGN_PACKAGES <= set(_lock())


def test_environment_yml_describes_the_same_pins():
    """Does environment.yml (conda) install exactly the pins of requirements.lock?"""
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    conda_pins = dict(line.lower().split("==") for line in pip_section)
    assert conda_pins == _lock()
    assert "python>=3.11,<3.14" in env["dependencies"]  # the versions CI tests


def test_cli_help_lists_the_subcommands():
    """Does `python -m autograder --help` list every subcommand?"""
    out = subprocess.run([sys.executable, "-m", "autograder", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for command in ("serve", "lab", "release", "grade", "collect", "autograde", "feedback",
                    "export"):
        assert command in out
