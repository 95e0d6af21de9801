"""fetch_limited never calls raise_for_status: a 429 answer comes back as data.

Under the limit every answer is 200, so the visible test passes; the hidden
test's `429 Too Many Requests` is returned as {"error": ...} instead of raising
aiohttp.ClientResponseError, so hidden-fetch-limited fails.

Expected: hidden-fetch-limited 0 (an error status raises); every other test keeps its points.
"""

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
