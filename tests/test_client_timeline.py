"""Does the client timeline record starts, finishes and outcomes as the coroutines ran?"""

from __future__ import annotations

import asyncio

import pytest

from autograder.client_timeline import ClientTimeline


async def _nap(seconds: float, fail: bool = False) -> float:
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError("boom")
    return seconds


def test_gathered_spans_overlap_and_awaited_ones_do_not():
    async def main():
        together, apart = ClientTimeline(), ClientTimeline()
        await asyncio.gather(*(together.track(f"t{i}", _nap(0.1)) for i in range(3)))
        for i in range(3):
            await apart.track(f"a{i}", _nap(0.1))
        return together.rows(), apart.rows()

    together, apart = asyncio.run(main())
    # Gathered: all three start within a few ms of each other. Awaited one by one: each
    # starts when the last ended, 0.1 s later (margins: half a nap either way).
    assert max(start for _, start, _, _ in together) < 0.05
    starts = [start for _, start, _, _ in apart]
    assert starts[1] >= 0.09 and starts[2] >= 0.19
    assert [outcome for *_, outcome in together] == ["ok"] * 3


def test_errors_and_cancellations_are_marked_and_still_raise():
    async def main():
        timeline = ClientTimeline()
        with pytest.raises(ValueError):
            await timeline.track("bad", _nap(0.01, fail=True))
        task = asyncio.create_task(timeline.track("slow", _nap(5)))
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return timeline

    timeline = asyncio.run(main())
    assert [(label, outcome) for label, _, _, outcome in timeline.rows()] == [
        ("bad", "error"), ("slow", "cancelled")]
    text = timeline.text()
    assert "(error)" in text and "(cancelled)" in text


def test_text_of_an_empty_timeline():
    assert ClientTimeline().text() == "(nothing recorded)"


def test_plot_beside_the_server_view(mock_server):
    import matplotlib

    matplotlib.use("Agg")
    from autograder import Scope

    async def main(scope):
        import aiohttp

        timeline = ClientTimeline()
        async with aiohttp.ClientSession() as session:
            async def get(i):
                async with session.get(scope.url(f"/delay/0.05?i={i}")) as response:
                    return response.status
            await asyncio.gather(*(timeline.track(f"get {i}", get(i)) for i in range(3)))
        return timeline

    scope = Scope("client-timeline")
    timeline = asyncio.run(main(scope))
    figure = timeline.plot(server=scope.settled())
    assert len(figure.axes) == 2
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["get 0", "get 1", "get 2"]
