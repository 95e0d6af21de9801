"""fetch_with_retry waits `backoff` seconds before every new try: the waits never grow.

It gets through the flaky URLs and gives up after `attempts` tries, but the server sees the
same short pause between all tries. Expected: hidden-retry 0 (waits that grow); every other
test keeps its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
            await asyncio.sleep(backoff)
