"""fetch_statuses uses plain asyncio.gather, without return_exceptions=True.

The first failure escapes from gather: fetch_statuses raises ClientResponseError
instead of returning the list, and the slower requests are left behind. Both
fetch_statuses tests fail; the other tasks are correct.

Expected: check-fetch-statuses and hidden-fetch-statuses 0 (a failure does not stop
the others); every other test keeps its points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        return await asyncio.gather(*(get_status(url) for url in urls))
