"""The key figures of each lesson's demos, asserted on what the lesson itself printed.

A lesson's claims ("the process pool was faster", "join() returned with a failing
item") must be shown by its own output. A code cell that prints such a figure gets
the tag ``figure-<name>`` in its metadata; ``lesson_NN.py`` here defines
``check(figures)``, where ``figures["<name>"]`` is the list of texts that cell
printed, once per run (the suite runs every cell twice). A missing tag is a
``KeyError``: the figure's test fails rather than passing unseen.
"""

from __future__ import annotations

import importlib
import importlib.util

import nbformat

from ..kernels import cell_text

__all__ = ["check_key_figures", "figures_of", "printed"]

TAG_PREFIX = "figure-"


def figures_of(nb: nbformat.NotebookNode) -> dict[str, list[str]]:
    """Each ``figure-<name>`` tag's printed texts, in the order its runs executed."""
    figures: dict[str, list[str]] = {}
    for cell in nb.cells:
        for tag in cell.get("metadata", {}).get("tags", []):
            if tag.startswith(TAG_PREFIX):
                figures.setdefault(tag[len(TAG_PREFIX):], []).append(cell_text(cell, "!! "))
    return figures


def printed(figures: dict[str, list[str]], name: str) -> list[str]:
    """The texts the ``figure-<name>`` cell printed, one per run: at least one, none empty."""
    texts = figures[name]
    assert texts and all(text.strip() for text in texts), (name, texts)
    return texts


def check_key_figures(stem: str, nb: nbformat.NotebookNode) -> bool:
    """Run ``lesson_NN.check`` on the executed ``nb``; False when the lesson has none."""
    name = f"{__name__}.lesson_{stem[:2]}"
    if importlib.util.find_spec(name) is None:
        return False
    importlib.import_module(name).check(figures_of(nb))
    return True
