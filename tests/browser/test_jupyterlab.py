"""Does the course work for a student in JupyterLab, clicked through in a real browser?

The tests drive one chromium tab on one lab started like ``make lab`` (on a
temporary copy of the course) and check what the page shows: a lesson's
top-level ``await``, an exercise passing its visible checks with the solution
typed in, nbgrader's Validate dialog, the check's message for a wrong answer,
the Assignment List and the Formgrader. The last tests stop a lab with Ctrl-C
and with SIGTERM and look for any process left behind. Screenshots:
``test-artifacts/browser/``.
"""

from __future__ import annotations

import re
import signal
import subprocess
import urllib.error
import urllib.request

import nbformat
import pytest

from autograder.environment import REPO_ROOT, jupyter_env

LESSON = "course/03-first-coroutine.ipynb"
LESSON_AWAIT_CELL = "await greet()"  # the cell whose output proves top-level await ran
# Released exercises to drive, first found wins (any other released one otherwise).
PREFERRED = ("01-concurrency-models", "03-first-coroutine")
# A typical mistake per exercise: answer cell, wrong code, what its visible check must say.
SEQUENTIAL_AWAITS = '''\
async def fetch_with_asyncio(urls):
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                statuses.append(response.status)
    return statuses
'''
MISTAKES = {
    "01-concurrency-models": ("answer-fetch-with-asyncio", SEQUENTIAL_AWAITS,
                              "Your requests ran one after another"),
}
STUB_MESSAGE = "raised NotImplementedError"  # the check's words for an untouched answer


def grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


def released_exercise() -> str:
    """A released exercise of the repository that has its solution notebook."""
    released = sorted(p.parent.name for p in (REPO_ROOT / "exercises").glob("*/*.ipynb")
                      if p.stem == p.parent.name)
    usable = [name for name in released
              if (REPO_ROOT / "solutions" / name / f"{name}.ipynb").exists()]
    if not usable:
        pytest.fail("no released exercise: exercises/NN-slug/NN-slug.ipynb")
    return next((name for name in PREFERRED if name in usable), usable[0])


class Exercise:
    """The released notebook of an exercise and the solution code of each answer cell."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.path = f"exercises/{name}/{name}.ipynb"
        self.cells = nbformat.read(REPO_ROOT / self.path, as_version=4).cells
        solution = nbformat.read(REPO_ROOT / "solutions" / name / f"{name}.ipynb", as_version=4)
        self.solutions = {
            grade_id(cell): "\n".join(line for line in cell.source.splitlines()
                                      if line.strip() not in ("### BEGIN SOLUTION",
                                                              "### END SOLUTION"))
            for cell in solution.cells if grade_id(cell).startswith("answer-")}

    def index(self, prefix: str) -> list[int]:
        """Indices of the cells whose grade_id starts with ``prefix``."""
        return [i for i, cell in enumerate(self.cells) if grade_id(cell).startswith(prefix)]

    def checks_of(self, answer: int) -> list[int]:
        """The visible check cells after answer cell ``answer``, up to the next answer."""
        later = [i for i in self.index("answer-") if i > answer]
        end = later[0] if later else len(self.cells)
        return [i for i in self.index("check-") if answer < i < end]


@pytest.fixture(scope="module")
def exercise() -> Exercise:
    return Exercise(released_exercise())


@pytest.mark.browser
@pytest.mark.slow
def test_lesson_runs_all_cells_and_shows_top_level_await(jlab):
    """Run → Run All Cells on a lesson: does `await greet()` print, with no error anywhere?"""
    jlab.open(LESSON)
    jlab.run_all()
    cells = nbformat.read(REPO_ROOT / LESSON, as_version=4).cells
    index = next(i for i, cell in enumerate(cells)
                 if cell.cell_type == "code" and LESSON_AWAIT_CELL in cell.source)
    shot = jlab.screenshot("01-lesson-top-level-await", show=jlab.cells.nth(index))
    output = jlab.output(index)
    assert "Hello..." in output and "World!" in output, f"{shot}: output was {output!r}"
    assert re.search(r"took \d+\.\d\d s", output), output
    assert jlab.errors().count() == 0, f"{shot}: {jlab.errors().all_inner_texts()}"


@pytest.mark.browser
@pytest.mark.slow
def test_solution_typed_in_passes_visible_checks_and_validate(jlab, exercise):
    """With each solution pasted into its answer cell, do the checks pass and Validate agree?"""
    jlab.open(exercise.path)
    answers = exercise.index("answer-")
    assert answers, f"{exercise.path} has no answer-* cell"
    for i in answers:
        jlab.set_source(i, exercise.solutions[grade_id(exercise.cells[i])])
    jlab.run_all()
    checks = exercise.index("check-")
    assert checks, f"{exercise.path} has no check-* cell"
    shot = jlab.screenshot("02-exercise-solution-passes", show=jlab.cells.nth(checks[-1]))
    for i in checks:
        assert jlab.errors(i).count() == 0, (
            f"{shot}: {grade_id(exercise.cells[i])} failed: {jlab.errors(i).all_inner_texts()}")
    assert jlab.errors().count() == 0, f"{shot}: {jlab.errors().all_inner_texts()}"

    jlab.toolbar_button("Validate").click()
    dialog = jlab.page.locator(".jp-Dialog")
    dialog.wait_for(timeout=60_000)  # "Validation Results", or "Validation failed"
    shot = jlab.screenshot("03-validate-success")
    assert "Success! Your notebook passes all the tests." in dialog.inner_text(), (
        f"{shot}: {dialog.inner_text()!r}")
    dialog.get_by_role("button", name="Ok").click()


@pytest.mark.browser
@pytest.mark.slow
def test_failing_answer_shows_the_checks_message(jlab, exercise):
    """With a wrong answer (or the released stub), does the visible check name the mistake?"""
    jlab.open(exercise.path)
    answers = exercise.index("answer-")
    wrong_id, wrong_code, phrase = MISTAKES.get(
        exercise.name, (grade_id(exercise.cells[answers[0]]), None, STUB_MESSAGE))
    wrong = next(i for i in answers if grade_id(exercise.cells[i]) == wrong_id)
    for i in answers:  # the solution everywhere else, so the run gets to the wrong one
        jlab.set_source(i, exercise.solutions[grade_id(exercise.cells[i])] if i != wrong
                        else wrong_code or exercise.cells[i].source)  # or the released stub
    check = exercise.checks_of(wrong)[0]
    jlab.run_all(until=check)  # Run All stops at the first error, as a student sees it
    errors = jlab.errors(check)
    shot = jlab.screenshot("04-wrong-answer-message", show=errors.first)
    message = " ".join(errors.all_inner_texts())
    assert "AssertionError" in message, f"{shot}: {message!r}"
    assert phrase in message, f"{shot}: the check did not say {phrase!r}: {message!r}"
    earlier = [i for i in exercise.index("check-") if i < check]
    assert all(jlab.errors(i).count() == 0 for i in earlier), f"{shot}: an earlier check failed"


@pytest.mark.browser
@pytest.mark.slow
def test_assignment_list_fetches_a_release_and_formgrader_opens(jlab, lab, exercise):
    """After `nbgrader release_assignment`, can a student fetch it, and the instructor grade?"""
    name = exercise.name
    release = subprocess.run(["nbgrader", "release_assignment", name], cwd=lab.root,
                             env=jupyter_env(lab.root), capture_output=True, text=True,
                             timeout=120)
    assert release.returncode == 0, release.stderr
    assert (lab.root / ".exchange" / "asyncio-course" / "outbound" / name).is_dir()

    jlab.menu("Nbgrader", "Assignment List")
    released = jlab.page.locator("#released_assignments_list .list_item", has_text=name)
    released.get_by_role("button", name="Fetch").click()
    fetched = jlab.page.locator("#fetched_assignments_list .list_item", has_text=name).first
    fetched.wait_for()
    jlab.screenshot("05-assignment-list-fetched")
    assert (lab.root / name / f"{name}.ipynb").is_file()  # the student's copy

    jlab.menu("Nbgrader", "Formgrader")
    formgrader = jlab.page.frame_locator("iframe")
    row = formgrader.locator("tr", has=formgrader.locator("a", has_text=name))
    row.get_by_text("released", exact=True).wait_for()
    jlab.screenshot("06-formgrader")
    assert "Manage Assignments" in formgrader.locator("body").inner_text()


def _assert_stops_cleanly(lab, sig: int, group: bool) -> None:
    lab.start_kernel()  # at least one kernel, besides those the browser started
    leftovers = lab.stop(sig, group=group)
    assert leftovers == {}, f"left running after the lab stopped: {leftovers}"
    kernels = {m.group(1) for command in lab.seen.values()
               if (m := re.search(r"kernel-([0-9a-f-]+)\.json", command))}
    assert kernels, f"no kernel process was seen below the lab: {lab.seen}"
    for kernel in kernels:  # shut down by JupyterLab, not orphaned and left to notice it
        assert f"Kernel shutdown: {kernel}" in lab.log(), lab.log()[-3000:]
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{lab.base}/api/status", timeout=5)


@pytest.mark.slow
def test_ctrl_c_stops_the_lab_with_every_kernel(lab):
    """Ctrl-C (SIGINT to the lab's process group): are the server, JupyterLab and kernels gone?

    Runs last on the module's lab, after the browser tests started their kernels."""
    _assert_stops_cleanly(lab, signal.SIGINT, group=True)


@pytest.mark.slow
def test_sigterm_stops_the_lab_with_every_kernel(new_lab):
    """SIGTERM to `python -m autograder lab` alone: is every process below it gone?"""
    _assert_stops_cleanly(new_lab, signal.SIGTERM, group=False)
