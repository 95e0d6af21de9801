"""fetch_limited ignores `limit` and sends every request at once.

The /limited endpoint answers 429 to the requests over its limit; with
raise_for_status the function raises. Both fetch_limited tests fail; the other
tasks are correct.

Expected: check-fetch-limited and hidden-fetch-limited 0 (at most `limit` in flight);
every other test keeps its points.
"""

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
