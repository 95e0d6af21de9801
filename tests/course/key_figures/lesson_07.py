"""Lesson 07: as_completed yields in completion order; stop early, cancel, await the rest."""

from __future__ import annotations

import re


def _runs(figures: dict[str, list[str]], name: str) -> list[str]:
    texts = figures[name]
    assert len(texts) == 2 and all(t.strip() for t in texts), (name, texts)  # two runs, each printed
    return texts


def check(figures: dict[str, list[str]]) -> None:
    for text in _runs(figures, "order"):
        # Server delays 0.3, 0.1, 0.2 s: 0.1 s apart, far more than the scheduling noise
        # of a busy machine (a few ms per step). as_completed hands them over fastest
        # first; gather keeps the order of its arguments.
        completed = [float(s) for s in re.findall(r"the ([\d.]+) s request", text)]
        assert completed == [0.1, 0.2, 0.3], text
        assert "all results at once: [(0.3, 200), (0.1, 200), (0.2, 200)]" in text, text

    for text in _runs(figures, "stop-early"):
        # The 404 comes at once and the 200 after 0.2 s; the 2 s sources are cancelled
        # by the client: the server sees them abandoned, and no task is left running.
        assert re.findall(r"^(cache|replica|slow source \d): (\d+)$", text, re.M) == [
            ("cache", "404"), ("replica", "200")], text
        assert "tasks still running: 0" in text, text
        assert "the server: 4 requests, 2 cancelled" in text, text
