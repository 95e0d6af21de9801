"""Generate ``course/00-index.ipynb``: how to start, and a table of contents of the lessons.

The table of contents is derived from the lesson notebooks themselves: every
``course/NN-slug.ipynb`` contributes its number, the title of its first markdown
heading (``# NN · Title``), a link to the lesson and one to its exercise
(``exercises/NN-slug/NN-slug.ipynb``). Below it, the reference notebooks that are not
lessons (``glossary.ipynb``, ``appendix-*.ipynb``) are listed by the title of their first
heading (``# Title``). Nothing in the index is edited by hand.

Usage::

    python tools/generate_contents.py           # write course/00-index.ipynb
    python tools/generate_contents.py --check   # exit 1 if the committed index is stale

The output is deterministic (fixed cell ids, no outputs), so ``--check`` can
compare the file byte for byte.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

__all__ = ["Extra", "Lesson", "build_index", "find_extras", "find_lessons", "main", "render"]

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "course"
INDEX_NAME = "00-index.ipynb"
LESSON_FILE = re.compile(r"^(\d\d)-([a-z0-9-]+)\.ipynb$")
HEADING = re.compile(r"^#\s+(\d\d)\s*·\s*(.+?)\s*$")
EXTRA_FILE = re.compile(r"^(glossary|appendix-[a-z0-9-]+)\.ipynb$")
EXTRA_HEADING = re.compile(r"^#\s+(.+?)\s*$")


@dataclass(frozen=True)
class Lesson:
    """One lesson notebook, as listed in the table of contents."""

    number: str
    stem: str  # "05-gather"
    title: str

    @property
    def link(self) -> str:
        return f"{self.stem}.ipynb"

    @property
    def exercise_link(self) -> str:
        return f"../exercises/{self.stem}/{self.stem}.ipynb"


def lesson_title(path: Path) -> str:
    """The title of a lesson: its first markdown heading, ``# NN · Title``.

    Raises:
        ValueError: the first markdown cell does not start with such a heading, or its
            number differs from the file name's.
    """
    nb = nbformat.read(path, as_version=4)
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    line = first.source.strip().splitlines()[0] if first and first.source.strip() else ""
    match = HEADING.match(line)
    if not match:
        raise ValueError(f"{path.name}: the first markdown cell must start with '# NN · Title', "
                         f"found {line!r}")
    if match.group(1) != path.name[:2]:
        raise ValueError(f"{path.name}: heading number {match.group(1)} differs from the file name")
    return match.group(2)


def find_lessons(course: Path = COURSE) -> list[Lesson]:
    """Every lesson notebook of ``course``, in order of its number."""
    lessons = []
    for path in sorted(course.glob("*.ipynb")):
        match = LESSON_FILE.match(path.name)
        if not match or path.name == INDEX_NAME:
            continue
        lessons.append(Lesson(match.group(1), path.stem, lesson_title(path)))
    return lessons


@dataclass(frozen=True)
class Extra:
    """A reference notebook that is not a lesson: the glossary or an appendix."""

    stem: str  # "glossary", "appendix-event-loop-from-scratch"
    title: str

    @property
    def link(self) -> str:
        return f"{self.stem}.ipynb"


def find_extras(course: Path = COURSE) -> list[Extra]:
    """The glossary, then the appendices in name order, each titled by its first heading.

    Raises:
        ValueError: a notebook's first markdown cell does not start with ``# Title``.
    """
    extras = []
    paths = sorted(course.glob("*.ipynb"), key=lambda p: (p.stem != "glossary", p.name))
    for path in paths:
        if not EXTRA_FILE.match(path.name):
            continue
        nb = nbformat.read(path, as_version=4)
        first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
        line = first.source.strip().splitlines()[0] if first and first.source.strip() else ""
        match = EXTRA_HEADING.match(line)
        if not match:
            raise ValueError(f"{path.name}: the first markdown cell must start with '# Title', "
                             f"found {line!r}")
        extras.append(Extra(path.stem, match.group(1)))
    return extras


INTRO = """\
# Asynchronous Python with asyncio

An offline, hands-on course. Each lesson is a notebook that teaches one section of the
chapter *Advanced Topics — Asynchronous Programming with Asyncio*, runs every example of
that section, and measures what the chapter claims (times, order, what a server saw).
Where a measurement disagrees with the chapter, the lesson says so. Each lesson ends with
an exercise notebook that checks your solution automatically.
"""

START = """\
## How to start

1. In the repository folder, run `make lab`. It installs the course environment the first
   time, starts the course's mock HTTP server, and opens JupyterLab on the course.
2. Open a lesson below and run its cells **from top to bottom** (Shift+Enter), or use
   *Run → Run All Cells*. Later cells use what earlier cells defined.
3. Async code in a notebook uses **top-level `await`**: a cell can say `await main()`.
   Jupyter already runs an event loop, so `asyncio.run(main())` (right in a script) fails in
   a cell. Lessons that show a script write it with `%%writefile` and run it with the
   kernel's own Python.
4. When a lesson is done, open its exercise (the *Exercise* column), solve it, and run the
   check cells.
"""

SERVER = """\
## The mock server

Nothing in this course touches the internet. Every request goes to a small HTTP server on
`127.0.0.1` that behaves like httpbin.org: `/get`, `/json`, `/html`, `/delay/{n}` (answers
after *n* seconds), `/status/{code}`, `/bytes/{n}`, `/stream/{n}` and more, plus a few
endpoints made for exercises (`/flaky/{key}`, `/limited`, `/slow-stream`).

- `ensure_server()` returns the server's base URL. `make lab` starts one server for the
  whole session and tells every kernel where it is through the environment variable
  `ASYNC_COURSE_SERVER`; a kernel started any other way gets a server of its own.
- A `Scope` is a fresh, named slice of the server's statistics. Requests sent to
  `scope.url("/delay/1")` are counted in that scope only, so each demo sees its own numbers.
- `scope.settled()` returns what the server saw (`GET /stats/{name}`): the number of
  requests, the peak number **in flight at the same time**, cancelled requests, connections,
  and a timeline. `scope.plot()` draws that timeline: a staircase means the requests ran one
  after another, overlapping bars mean they ran concurrently.

Try it:
"""

SERVER_DEMO = """\
import asyncio

import aiohttp

from autograder import Scope, ensure_server

BASE = ensure_server()
print("the course server:", BASE)

async def get(session, url):
    async with session.get(url) as resp:
        return resp.status

scope = Scope("index-demo")
async with aiohttp.ClientSession() as session:
    urls = [scope.url(f"/delay/0.2?i={i}") for i in range(3)]
    statuses = await asyncio.gather(*(get(session, url) for url in urls))

stats = scope.settled()
print("statuses:", statuses)
print("requests:", stats["requests"], "| at most in flight at once:", stats["peak_in_flight"])
scope.plot(title="3 requests with gather: the bars overlap");
"""


def render(lessons: list[Lesson], extras: list[Extra] = ()) -> str:
    """The markdown table of contents, then the reference notebooks (if any)."""
    rows = ["## Contents", "", "| # | Lesson | Exercise |", "|---|---|---|"]
    for lesson in lessons:
        rows.append(f"| {lesson.number} | [{lesson.title}]({lesson.link}) "
                    f"| [{lesson.stem}]({lesson.exercise_link}) |")
    if extras:
        rows += ["", "### Reference", ""]
        rows += [f"- [{extra.title}]({extra.link})" for extra in extras]
    return "\n".join(rows) + "\n"


def build_index(lessons: list[Lesson], extras: list[Extra] = ()) -> nbformat.NotebookNode:
    """The index notebook (no outputs, cell ids ``cell-0``, ``cell-1``, ...)."""
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
    }
    cells = [new_markdown_cell(INTRO), new_markdown_cell(render(lessons, extras)),
             new_markdown_cell(START), new_markdown_cell(SERVER), new_code_cell(SERVER_DEMO)]
    for number, cell in enumerate(cells):
        cell.id = f"cell-{number}"
        cell.source = cell.source.rstrip("\n")
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the committed index differs")
    parser.add_argument("--course", type=Path, default=COURSE, help="the course folder")
    args = parser.parse_args(argv)

    target = args.course / INDEX_NAME
    try:
        lessons = find_lessons(args.course)
        text = nbformat.writes(build_index(lessons, find_extras(args.course)))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not text.endswith("\n"):
        text += "\n"
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            state = "is missing" if current is None else "is out of date"
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
                  f"{state}: run `python tools/generate_contents.py` and commit the result",
                  file=sys.stderr)
            return 1
        print(f"{target.name} is up to date")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(lessons)} lessons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
