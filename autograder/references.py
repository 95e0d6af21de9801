"""The course's own versions of the tasks that later tasks call.

A later task is graded with these in place of the student's earlier answer (see
:mod:`autograder.task_isolation`), so that one mistake costs points once. They
are kept here, not in the notebooks' test cells, so the visible tests do not
print the answer to task 1.
"""

from __future__ import annotations

import asyncio

__all__ = ["brew", "greet"]


async def brew(drink: str, url: str) -> str:
    """02 · task 1: run the machine at ``url`` (one GET, awaited), then ``"<drink> ready"``."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            await response.read()
    return f"{drink} ready"


async def greet(name: str, delay: float) -> str:
    """03 · task 1: wait ``delay`` seconds without blocking, then ``"Hello, <name>!"``."""
    await asyncio.sleep(delay)
    return f"Hello, {name}!"
