"""fetch_politely and fetch_limited create their shared semaphore as asyncio.Semaphore(),
whose default value is 1: one request at a time instead of `limit`.

Never over the limit, in order, one session closed: only the limit is not used. Expected:
both tests of fetch_politely 0 and hidden-fetch-limited 0 (`limit` at once);
check-fetch-limited (which checks no minimum) and fetch_pages keep their points.
"""

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore()
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with semaphore:
                async with session.get(url) as response:
                    return await response.text()

        return await asyncio.gather(*(fetch_text(url) for url in urls))

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore()
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
