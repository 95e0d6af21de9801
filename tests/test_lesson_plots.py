"""The lessons' one-call pictures: panels, lines and bars come out as documented."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("Agg")

from autograder.lesson_plots import (  # noqa: E402
    compare_timelines,
    in_flight,
    in_flight_steps,
    timing_bars,
)


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


def test_in_flight_counts_overlapping_requests():
    times, counts = in_flight(_stats([(0, 1), (0.5, 2), (1.5, 3)]))
    assert times == [0.0, 0, 0.5, 1, 1.5, 2, 3]
    assert counts == [0, 1, 2, 1, 2, 1, 0]
    assert max(counts) == 2


def test_in_flight_steps_one_curve_per_run():
    figure = in_flight_steps({"limit=100": _stats([(0, 1)] * 3), "limit=0": _stats([(0, 1)])},
                             title="250 requests")
    (ax,) = figure.axes
    assert [line.get_label() for line in ax.lines] == ["limit=100", "limit=0"]
    assert max(ax.lines[0].get_ydata()) == 3 and ax.get_title() == "250 requests"
