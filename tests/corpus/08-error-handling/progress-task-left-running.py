"""fetch_statuses starts a task that ticks while the requests run, and never stops it: it is
still running when fetch_statuses returns. The list, the concurrency and the session are right.

Expected: hidden-fetch-statuses 0 (no task left running); every other test keeps its points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async def tick():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(tick())
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        return await asyncio.gather(*(get_status(url) for url in urls), return_exceptions=True)
