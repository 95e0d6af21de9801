"""Do the task statements, the hidden tests and the corpus say the same thing?

For every assignment, its requirements map (see ``requirements.py``): each numbered
item of a task's "What is graded" list names the test cells that enforce it and at
least one mutant, a corpus variant that loses points on those tests and on no
other; every bold phrase of the task is graded by an item or marked advice; every
corpus variant that loses points is some item's mutant. Reads the goldens, which
``test_corpus.py`` checks against real grading.
"""

from __future__ import annotations

import pytest

from autograder.environment import REPO_ROOT

from .requirements import map_problems, problems_of, unmapped_bold

CORPUS = REPO_ROOT / "tests" / "corpus"
ASSIGNMENTS = sorted(p.name for p in (REPO_ROOT / "solutions").iterdir() if p.is_dir())


def test_every_assignment_has_a_requirements_map():
    """Has every assignment of solutions/ its tests/corpus/<assignment>/requirements.yml?"""
    missing = [a for a in ASSIGNMENTS if not (CORPUS / a / "requirements.yml").is_file()]
    assert not missing, f"no requirements map: {missing}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_graded_item_has_tests_and_a_mutant(assignment):
    """Does each numbered graded item name existing tests and a mutant losing only there?"""
    problems, _bold = problems_of(assignment, REPO_ROOT)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_bold_phrase_is_graded_or_advice(assignment):
    """Is each **bold** phrase of a task (what it stresses) graded by an item, or advice?"""
    _items, problems = problems_of(assignment, REPO_ROOT)
    assert not problems, "\n".join(problems)


# The checker itself, on a made-up task: each way a map can be wrong must be caught.
TASK = """## Task 1 · Fetch (2 points)

Return the bodies **in the order of `urls`** (`"***"` is not bold).

**What is graded:**

1. all requests are in flight
   at the same time;
2. the bodies are in the order of `urls`.
"""
POINTS = {"check-fetch": 1.0, "hidden-fetch": 1.0}
GOOD_MAP = {"task-fetch": {
    "graded": {1: {"says": "all requests are in flight at the same time",
                   "tests": ["check-fetch", "hidden-fetch"], "mutants": ["one-by-one"]},
               2: {"says": "in the order of `urls`", "tests": ["hidden-fetch"],
                   "mutants": ["completion-order"]}},
    "bold": {"in the order of `urls`": 2}}}
LOST = {"solution": set(), "one-by-one": {"check-fetch", "hidden-fetch"},
        "completion-order": {"hidden-fetch"}}


def _with(change) -> dict:
    import copy

    req = copy.deepcopy(GOOD_MAP)
    change(req["task-fetch"])
    return req


def test_a_map_that_agrees_has_no_problems():
    """Does a map that matches statement, tests and corpus pass, multi-line items included?"""
    assert map_problems({"task-fetch": TASK}, GOOD_MAP, POINTS, LOST) == []
    assert unmapped_bold({"task-fetch": TASK}, GOOD_MAP) == []


@pytest.mark.parametrize(("change", "lost", "problem"), [
    (lambda t: t["graded"].pop(2), LOST, "statement items [1, 2], map [1]"),
    (lambda t: t["graded"][2].update(mutants=[]), LOST, "no mutant breaks it"),
    (lambda t: t["graded"][2].update(tests=[]), LOST, "no test enforces it"),
    (lambda t: t["graded"][2].update(tests=["hidden-fetch-typo"]), LOST, "no test cell"),
    (lambda t: t["graded"][1].update(says="every request"), LOST, "no longer says"),
    (lambda t: None, {**LOST, "completion-order": {"hidden-fetch", "check-fetch"}},
     "also loses ['check-fetch']"),
    (lambda t: None, {**LOST, "completion-order": set()}, "loses no points"),
    (lambda t: None, {**LOST, "stub": {"check-fetch"}}, "no item's mutant: ['stub']"),
], ids=["item-missing", "no-mutant", "no-test", "unknown-test", "text-drifted",
        "mutant-loses-elsewhere", "mutant-loses-nothing", "wrong-variant-unmapped"])
def test_each_way_a_map_goes_wrong_is_caught(change, lost, problem):
    """Does the checker name each kind of disagreement?"""
    problems = map_problems({"task-fetch": TASK}, _with(change), POINTS, lost)
    assert any(problem in p for p in problems), problems


def test_an_unmapped_bold_phrase_is_caught():
    """Is a bold phrase that the map does not mention reported?"""
    problems = unmapped_bold({"task-fetch": TASK}, _with(lambda t: t.pop("bold")))
    assert problems == ["task-fetch: bold 'in the order of `urls`' is neither graded nor advice"]
