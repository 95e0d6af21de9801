"""Build the submission corpus: sample student notebooks named by their mistake.

Each variant is written as ``tests/corpus/<assignment>/<variant>.py``: a docstring
saying what the submission does, then one ``# %% <grade_id>`` section per answer
cell where it differs from the solution. This script copies the student release
(``exercises/<assignment>/<assignment>.ipynb``), fills every answer cell with the
solution's code, puts each section's code into the answer cell with that
grade_id, and writes ``<variant>.ipynb`` beside the ``.py``. So a variant holds
only its mistake (or its other way of being right); a stub is written out as one.

The variant named ``solution`` needs no ``.py``: it takes the code of
``solutions/`` with the solution markers removed.

    python tools/build_corpus.py            # rebuild every corpus notebook
    python tools/build_corpus.py --check    # exit 1 if any is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SECTION = re.compile(r"^# %% ([A-Za-z0-9_\-]+)[ \t]*$", re.MULTILINE)
MARKER = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*(\n|\Z)", re.MULTILINE)


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def is_answer(cell) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("solution"))


def read_sections(path: Path) -> dict[str, str]:
    """``{grade_id: code}`` from a variant's ``# %% grade_id`` sections."""
    parts = SECTION.split(path.read_text())
    return {parts[i]: parts[i + 1].strip("\n") + "\n" for i in range(1, len(parts), 2)}


def solution_sections(assignment: str) -> dict[str, str]:
    source = nbformat.read(ROOT / "solutions" / assignment / f"{assignment}.ipynb", as_version=4)
    return {grade_id(c): MARKER.sub("", c.source) for c in source.cells if is_answer(c)}


def build(assignment: str, variant: str, sections: dict[str, str]):
    """The release notebook with ``sections`` put into its answer cells."""
    release = ROOT / "exercises" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(release, as_version=4)
    answers = {grade_id(c): c for c in nb.cells if is_answer(c)}
    unknown = set(sections) - set(answers)
    if unknown:
        raise SystemExit(f"{assignment}/{variant}: no answer cell with grade_id {sorted(unknown)}")
    for key, code in sections.items():
        answers[key].source = code.rstrip("\n")
    nbformat.validate(nb)
    return nb


def variants(assignment_dir: Path) -> dict[str, dict[str, str]]:
    solution = solution_sections(assignment_dir.name)
    found = {"solution": solution}
    for path in sorted(assignment_dir.glob("*.py")):
        found[path.stem] = {**solution, **read_sections(path)}
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for assignment_dir in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        if not (ROOT / "exercises" / assignment_dir.name).is_dir():
            continue
        for name, sections in variants(assignment_dir).items():
            target = assignment_dir / f"{name}.ipynb"
            text = nbformat.writes(build(assignment_dir.name, name, sections)) + "\n"
            if check:
                if not target.exists() or target.read_text() != text:
                    stale.append(str(target.relative_to(ROOT)))
            else:
                target.write_text(text)
    if stale:
        print("corpus notebooks out of date (run python tools/build_corpus.py):")
        print("\n".join(f"  {path}" for path in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
