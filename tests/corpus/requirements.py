"""Read a task statement's graded list and the assignment's requirements map.

A task's markdown cell (``task-*``) lists what is graded as a numbered list under
a line ``**What is graded:**``; each item may run over several lines (indented)::

    **What is graded:**

    1. all requests are in flight at the same time;
    2. one session for all of them.

``tests/corpus/<assignment>/requirements.yml`` maps every item, by number, to the
test cells that enforce it and the corpus variants (mutants) that break it, and
says where each **bold** phrase of the task's text is graded (or that it is advice)::

    task-fetch-all:
      graded:
        1: {says: "all requests are in flight", tests: [hidden-fetch-all], mutants: [one-at-a-time]}
      bold:
        in the order of `urls`: 3
        one: advice

Check one assignment's map while writing it (the same checks as test_requirements.py)::

    .venv/bin/python -m tests.corpus.requirements 02-core-concepts
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import yaml

__all__ = [
    "bold_phrases", "graded_items", "load_map", "map_problems", "normalise", "task_cells",
    "unmapped_bold",
]

HEADING = re.compile(r"^\*\*What is graded:\*\*[ \t]*$", re.MULTILINE)
ITEM = re.compile(r"^(\d+)\.[ \t]+(.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
CODE_SPAN = re.compile(r"`[^`\n]+`")


def normalise(text: str) -> str:
    """Whitespace folded to single spaces, so line breaks in a statement do not matter."""
    return " ".join(text.split())


def task_cells(solution: Path) -> dict[str, str]:
    """Each ``task-*`` markdown cell's source, by grade_id."""
    nb = nbformat.read(solution, as_version=4)
    return {cell.metadata["nbgrader"]["grade_id"]: cell.source for cell in nb.cells
            if cell.metadata.get("nbgrader", {}).get("grade_id", "").startswith("task-")}


def graded_items(source: str) -> dict[int, str]:
    """The numbered items under ``**What is graded:**`` (empty if the heading is missing)."""
    match = HEADING.search(source)
    if not match:
        return {}
    items: dict[int, str] = {}
    current = None
    for line in source[match.end():].splitlines():
        item = ITEM.match(line)
        if item:
            current = int(item.group(1))
            items[current] = item.group(2)
        elif current is not None and line.startswith("   ") and line.strip():
            items[current] += " " + line.strip()
        elif current is not None and line.strip():
            break  # the list has ended: back to prose
    return {number: normalise(text) for number, text in items.items()}


def bold_phrases(source: str) -> list[str]:
    """Every ``**bold**`` phrase of the task text but the graded heading itself.

    Code (fenced blocks and `spans`) is set aside first: ``"***"`` in code is not bold.
    """
    text = FENCE.sub("", source)
    spans: list[str] = []

    def hide(match: re.Match) -> str:
        spans.append(match.group(0))
        return f"\x00{len(spans) - 1}\x00"

    text = CODE_SPAN.sub(hide, text)
    phrases = [re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], phrase)
               for phrase in BOLD.findall(text)]
    return [normalise(phrase) for phrase in phrases if normalise(phrase) != "What is graded:"]


def load_map(path: Path) -> dict:
    """The assignment's requirements map (``{}`` when the file is missing)."""
    return yaml.safe_load(path.read_text()) if path.is_file() else {}


def map_problems(tasks: dict[str, str], req: dict, points: dict[str, float],
                 lost: dict[str, set[str]]) -> list[str]:
    """What is wrong with a map, given the task texts, the test cells' points and what each
    corpus variant loses (test grade_ids); empty when statement, tests and corpus agree."""
    problems = []
    if set(req) != set(tasks):
        problems.append(f"the map's tasks {sorted(req)} != the statement's {sorted(tasks)}")
    enforcing: dict[str, set[str]] = {}  # mutant -> tests of every item it is listed under
    for task, source in tasks.items():
        items = graded_items(source)
        mapped = (req.get(task) or {}).get("graded") or {}
        if not items:
            problems.append(f"{task}: no numbered list under **What is graded:**")
        if set(mapped) != set(items):
            problems.append(f"{task}: statement items {sorted(items)}, map {sorted(mapped)}")
        for number, entry in mapped.items():
            where = f"{task} item {number}"
            if number in items and normalise(entry["says"]) not in items[number]:
                problems.append(f"{where}: the statement no longer says {entry['says']!r}")
            tests, mutants = entry.get("tests", []), entry.get("mutants", [])
            problems += [f"{where}: no test cell {t}" for t in tests if t not in points]
            problems += [f"{where}: no corpus variant {m}" for m in mutants if m not in lost]
            if not tests:
                problems.append(f"{where}: no test enforces it")
            if not mutants:
                problems.append(f"{where}: no mutant breaks it")
            for mutant in mutants:
                enforcing.setdefault(mutant, set()).update(tests)
    for mutant, tests in enforcing.items():
        if mutant in lost and not lost[mutant]:
            problems.append(f"mutant {mutant} loses no points")
        elif mutant in lost and not lost[mutant] <= tests:
            problems.append(f"mutant {mutant} also loses {sorted(lost[mutant] - tests)}, "
                            "which no item it is listed under names")
    unmapped = sorted(v for v, tests in lost.items() if tests and v not in enforcing)
    if unmapped:
        problems.append(f"variants that lose points but are no item's mutant: {unmapped}")
    return problems


def unmapped_bold(tasks: dict[str, str], req: dict) -> list[str]:
    """The bold phrases of the tasks that the map neither grades nor calls advice."""
    problems = []
    for task, source in tasks.items():
        declared = {normalise(k): v for k, v in (req.get(task, {}).get("bold") or {}).items()}
        items = graded_items(source)
        for phrase in bold_phrases(source):
            where = declared.get(phrase)
            if where is None:
                problems.append(f"{task}: bold {phrase!r} is neither graded nor advice")
            elif where != "advice" and where not in items:
                problems.append(f"{task}: bold {phrase!r} points at item {where}, which is missing")
    return problems


def problems_of(assignment: str, root: Path) -> tuple[list[str], list[str]]:
    """The problems of ``assignment``'s map, read from the course at ``root``: those of its
    graded items (:func:`map_problems`), and its unmapped bold phrases."""
    solution = root / "solutions" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(solution, as_version=4)
    points = {c.metadata["nbgrader"]["grade_id"]: float(c.metadata["nbgrader"]["points"])
              for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")}
    corpus = root / "tests" / "corpus" / assignment
    lost = {}
    for golden in sorted(corpus.glob("*.json")):
        scores = json.loads(golden.read_text())
        lost[golden.stem] = {t for t, full in points.items() if float(scores[t]) < full}
    tasks, req = task_cells(solution), load_map(corpus / "requirements.yml")
    return map_problems(tasks, req, points, lost), unmapped_bold(tasks, req)


if __name__ == "__main__":
    ROOT = Path(__file__).resolve().parents[2]
    found = {a: sum(problems_of(a, ROOT), []) for a in sys.argv[1:]}
    for assignment, problems in found.items():
        print(f"{assignment}: {'ok' if not problems else f'{len(problems)} problems'}")
        print("".join(f"  {p}\n" for p in problems), end="")
    sys.exit(1 if any(found.values()) else 0)
