"""Pictures the lessons draw from their own measurements, one call each.

Lessons compare runs of the same job: the server's timelines side by side (lessons 12
and 14), how many requests the server held at each moment (lesson 06), or the seconds each
way took (lesson 12)::

    from autograder.lesson_plots import compare_timelines, in_flight_steps, timing_bars

    compare_timelines({"gather: 3.2 s": fast.settled(), "one by one: 6.6 s": slow.settled()},
                      finished=[3.2, 6.6], stacked=True)
    in_flight_steps({"limit=100": default.settled(), "limit=0": unlimited.settled()})
    timing_bars({"I/O job": {"asyncio": 0.2, "threads": 0.2}, "CPU job": {...}})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["compare_timelines", "in_flight", "in_flight_steps", "timing_bars"]

MODEL_COLORS = {"asyncio": "#4C72B0", "threads": "#DD8452", "processes": "#55A868"}


def compare_timelines(panels: Mapping[str, dict], *, finished: Sequence[float] | None = None,
                      stacked: bool = False, label_requests: bool = True):
    """Draw several scopes' server timelines on one shared time axis, one panel each.

    Args:
        panels: panel title -> a scope's stats (``Scope.settled()``), in the order to draw.
        finished: when each run's program finished (seconds since its first request), one
            per panel: drawn as a dashed "program done" line.
        stacked: panels one above the other (default: side by side).
        label_requests: write each request's path on its bar; turn off for many requests.

    Returns:
        The matplotlib Figure. The bars' colours are those of ``plot_timeline`` (green ok,
        red error, grey hatched cancelled); no legend is repeated on every panel.
    """
    import matplotlib.pyplot as plt

    from .timeline import plot_timeline

    count = len(panels)
    if finished is not None and len(finished) != count:
        raise ValueError(f"finished has {len(finished)} times for {count} panels")
    rows = max((len(stats["timeline"]) for stats in panels.values()), default=1)
    if stacked:
        shape, size = (count, 1), (9, (0.3 * min(rows, 12) + 1.2) * count)
    else:
        shape, size = (1, count), (4.4 * count, 0.06 * min(rows, 30) + 2.7)
    figure, axes = plt.subplots(*shape, figsize=size, sharex=True, squeeze=False)
    axes = axes.ravel()
    longest = 0.0
    for k, (ax, (title, stats)) in enumerate(zip(axes, panels.items(), strict=True)):
        plot_timeline(stats, title=title, ax=ax)
        if ax.get_legend():
            ax.get_legend().remove()
        if not label_requests:
            for text in list(ax.texts):
                text.remove()
            ax.set_yticks([])
        ends = [e["end"] or e["start"] for e in stats["timeline"]]
        longest = max(longest, *ends, 0.0)
        if finished is not None:
            ax.axvline(finished[k], color="black", linestyle="--", linewidth=1)
            ax.text(finished[k], -0.45, "program done ", fontsize=8, va="top", ha="right")
            longest = max(longest, finished[k])
    for ax in axes:
        ax.set_xlim(0, max(longest * 1.05, 0.1))
    figure.tight_layout()
    return figure


def in_flight(stats: dict) -> tuple[list[float], list[int]]:
    """The number of requests the server held at each moment, from a scope's timeline.

    Returns:
        ``(times, counts)``: the count changes to ``counts[i]`` at ``times[i]`` (a step
        curve that starts at 0 requests at time 0).
    """
    events = sorted([(e["start"], +1) for e in stats["timeline"]]
                    + [(e["end"], -1) for e in stats["timeline"] if e["end"] is not None])
    times, counts, now = [0.0], [0], 0
    for moment, change in events:
        now += change
        times.append(moment)
        counts.append(now)
    return times, counts


def in_flight_steps(runs: Mapping[str, dict], *, title: str | None = None):
    """One step curve per run: how many requests the server held at each moment.

    Args:
        runs: legend label -> a scope's stats (``Scope.settled()``).
        title: the plot title.

    Returns:
        The matplotlib Figure.
    """
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots(figsize=(8, 3))
    for label, stats in runs.items():
        ax.step(*in_flight(stats), where="post", label=label)
    ax.set_xlabel("seconds since the first request")
    ax.set_ylabel("requests in flight")
    if title:
        ax.set_title(title)
    ax.legend()
    figure.tight_layout()
    return figure


def timing_bars(jobs: Mapping[str, Mapping[str, float]], *,
                title: str = "The same jobs, three ways",
                ylabel: str = "seconds (lower is better)"):
    """A grouped bar chart: one group per job, one bar per way of running it, labelled in s.

    Args:
        jobs: job label -> {way: seconds}; every job should name the same ways, in order.

    Returns:
        The matplotlib Figure.
    """
    import matplotlib.pyplot as plt

    models = list(dict.fromkeys(m for times in jobs.values() for m in times))
    width = 0.8 / max(len(models), 1)
    figure, ax = plt.subplots(figsize=(max(4.0, 2.6 * len(jobs) + 2.5), 3.5))
    for k, model in enumerate(models):
        offset = (k - (len(models) - 1) / 2) * width
        xs = [x + offset for x, times in enumerate(jobs.values()) if model in times]
        ys = [times[model] for times in jobs.values() if model in times]
        bars = ax.bar(xs, ys, width, label=model, color=MODEL_COLORS.get(model))
        ax.bar_label(bars, fmt="%.2f s", fontsize=8)
    ax.set_xticks(range(len(jobs)), list(jobs))
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend()
    figure.tight_layout()
    return figure
