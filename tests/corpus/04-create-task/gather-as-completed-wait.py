"""A different correct solution: asyncio.gather for task 1, asyncio.as_completed for the race
(the first result wins, the other task is cancelled and awaited), and asyncio.wait with a
timeout for task 3.
Expected: full marks."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_text(session, url) for url in urls))

# %% answer-race

import contextlib


async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
        for first in asyncio.as_completed(tasks):
            body = await first
            break
        for task in tasks:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        return body

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        done, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
        await asyncio.wait(tasks)
        return [task.result() if task in done else None for task in tasks]
