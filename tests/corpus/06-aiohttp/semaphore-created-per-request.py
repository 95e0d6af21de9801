"""fetch_politely creates a new Semaphore(limit) inside each request's coroutine.

Each request gets its own fresh semaphore, so none ever waits: the limit has no
effect and all requests run at once. Both fetch_politely tests fail
(at_most_in_flight); the other tasks are correct.

Expected: check-fetch-politely and hidden-fetch-politely 0 (never more than `limit`
in flight); every other test keeps its points.
"""

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with asyncio.Semaphore(limit):   # a new semaphore per request
                async with session.get(url) as response:
                    return await response.text()

        return await asyncio.gather(*(fetch_text(url) for url in urls))
