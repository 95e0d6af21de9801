"""The lessons' one-call pictures: panels, lines and bars come out as documented."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("Agg")

from autograder.lesson_plots import compare_timelines, timing_bars  # noqa: E402


def _stats(spans: list[tuple[float, float]], status: int = 200) -> dict:
    timeline = [{"start": a, "end": b, "status": status, "cancelled": False,
                 "path": f"/scope/x/delay/{b - a:.1f}"} for a, b in spans]
    return {"requests": len(timeline), "peak_in_flight": len(timeline), "timeline": timeline}


def test_side_by_side_without_request_labels():
    figure = compare_timelines({"a": _stats([(0, 1), (0, 2)]), "b": _stats([(0, 1), (1, 3)])},
                               label_requests=False)
    left, right = figure.axes
    assert [left.get_title(), right.get_title()] == ["a", "b"]
    assert left.get_legend() is None and not left.texts and not left.get_yticks().size
    assert left.get_xlim() == right.get_xlim() and left.get_xlim()[1] >= 3
    assert left.get_position().y0 == pytest.approx(right.get_position().y0)   # one row


def test_stacked_with_the_program_done_lines():
    panels = {"gather": _stats([(0, 3)]), "sequential": _stats([(0, 1), (1.2, 3.2)])}
    figure = compare_timelines(panels, finished=[3.2, 6.6], stacked=True)
    top, bottom = figure.axes
    assert top.get_position().y0 > bottom.get_position().y0                    # one column
    dashed = [line.get_xdata()[0] for ax in (top, bottom) for line in ax.lines]
    assert dashed == [3.2, 6.6]
    assert any(t.get_text().strip() == "program done" for t in bottom.texts)
    assert top.get_xlim()[1] >= 6.6                                              # shared axis


def test_finished_must_match_the_panels():
    with pytest.raises(ValueError):
        compare_timelines({"a": _stats([(0, 1)])}, finished=[1.0, 2.0])


def test_grouped_bars_labelled_in_seconds():
    figure = timing_bars({"I/O": {"asyncio": 0.25, "threads": 0.23, "processes": 3.0},
                          "CPU": {"asyncio": 0.6, "threads": 0.6, "processes": 0.3}})
    (ax,) = figure.axes
    heights = sorted(round(bar.get_height(), 2) for bar in ax.patches)
    assert heights == [0.23, 0.25, 0.3, 0.6, 0.6, 3.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["I/O", "CPU"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["asyncio", "threads", "processes"]
    assert "3.00 s" in [t.get_text() for t in ax.texts]
