"""fetch_with_retry counts its attempts from 0 up to and including `attempts`
(`while attempt <= attempts`): one try more than asked before giving up.

It succeeds as it should when a try gets through in time, and the waits double, but against a
URL that always fails it sends attempts + 1 requests. Expected: hidden-retry 0 (never more
than `attempts` requests); every other test keeps its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    attempt = 0
    async with aiohttp.ClientSession() as session:
        while attempt <= attempts:
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts:
                    response.raise_for_status()
                    return await response.json()
            await asyncio.sleep(backoff * 2 ** attempt)
            attempt += 1
