"""fetch_with_retry waits with time.sleep, which blocks the event loop.

The number and timing of the tries are right, so the hidden test passes, but
the visible test sees the event loop blocked for 0.2 s (loop_not_blocked) and
fails. Everything else keeps its points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        return await asyncio.gather(*(get_status(url) for url in urls),
                                    return_exceptions=True)

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(get_status(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-retry

import time


async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
            time.sleep(backoff * 2 ** attempt)
