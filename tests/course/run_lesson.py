"""Run lessons as the tests do, and print what each code cell printed (for lesson authors).

    .venv/bin/python -m tests.course.run_lesson course/04-create-task.ipynb [--twice]

The kernel is this interpreter's, offline, on a mock server started here, so
``.venv-3.13/bin/python -m tests.course.run_lesson ...`` shows a lesson on 3.13.
With ``--twice`` every code cell runs twice in a row, as in the test suite.
Then the lesson's key figures are checked (key_figures/). Exits 1 if any cell raised
or a figure is wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from autograder.server import BackgroundServer

from .kernels import cell_text, each_cell_twice, execute, kernel_environment
from .key_figures import check_key_figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--twice", action="store_true", help="run every code cell twice")
    args = parser.parse_args(argv)
    failed = False
    with BackgroundServer() as server:
        env = kernel_environment(server.url)
        for path in args.notebooks:
            nb = nbformat.read(path, as_version=4)
            if args.twice:
                nb = each_cell_twice(nb)
            seconds = execute(nb, env, allow_errors=True)
            print(f"===== {path.name} on Python {sys.version.split()[0]}: {seconds:.1f} s")
            for n, cell in enumerate(nb.cells):
                if cell.cell_type == "code":
                    print(f"--- [{cell.get('id', n)}] {cell.source.splitlines()[0][:70]!r}")
                    text = cell_text(cell, error_prefix="!!! ")
                    print(text, end="" if not text or text.endswith("\n") else "\n")
            failed |= any(out.output_type == "error" for cell in nb.cells
                          if cell.cell_type == "code" for out in cell.outputs)
            failed |= not _key_figures_hold(path.stem, nb)
    return 1 if failed else 0


def _key_figures_hold(stem: str, nb: nbformat.NotebookNode) -> bool:
    """Check the lesson's key figures (key_figures/lesson_NN.py) and say how they fared."""
    try:
        if check_key_figures(stem, nb):
            print("===== key figures: as the lesson says")
    except (AssertionError, KeyError) as error:
        print(f"===== key figures: WRONG: {type(error).__name__}: {error}")
        return False
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
