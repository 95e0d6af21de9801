"""Write environment.yml from requirements.lock, so conda users get the same pins.

    python tools/sync_environment.py          # rewrite environment.yml
    python tools/sync_environment.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = """\
# Generated from requirements.lock by tools/sync_environment.py: do not edit by hand.
# conda env create -f environment.yml && conda activate asyncio-course && pip install -e .
# Tested on Python 3.11, 3.12 and 3.13 with the same pins: to choose one, write e.g. python=3.13.
name: asyncio-course
channels:
  - conda-forge
dependencies:
  - python>=3.11,<3.14
  - pip
  - pip:
"""


def render() -> str:
    pins = [line.strip() for line in (ROOT / "requirements.lock").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    return HEADER + "".join(f"      - {pin}\n" for pin in pins)


def main(argv: list[str]) -> int:
    target = ROOT / "environment.yml"
    if "--check" in argv:
        if not target.exists() or target.read_text() != render():
            print("environment.yml is out of date: run python tools/sync_environment.py")
            return 1
        return 0
    target.write_text(render())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
