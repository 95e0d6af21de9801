"""fetch_with_retry retries the right number of times with doubling waits, but when the last
attempt fails too, the loop just ends: it returns None instead of raising.

Expected: hidden-retry 0 (ClientResponseError raised after `attempts` failures); every other
test keeps its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500:
                    response.raise_for_status()
                    return await response.json()
            if attempt < attempts - 1:
                await asyncio.sleep(backoff * 2 ** attempt)
