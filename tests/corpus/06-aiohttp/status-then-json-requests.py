"""fetch_limited checks each URL's status with one request, then GETs it again to read the JSON.

Both requests of a URL run under the shared Semaphore, so the limit holds and the results are
right, but the server counts two requests per URL. Expected: both fetch_limited tests 0
(exactly one request per URL); the other tasks keep their points.
"""

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                async with session.get(url) as response:
                    return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
