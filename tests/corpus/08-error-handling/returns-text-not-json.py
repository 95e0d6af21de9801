"""fetch_with_retry returns the successful answer's text (`await response.text()`), not its
parsed JSON.

The tries, the waits and giving up are right. Expected: check-retry and hidden-retry 0 (the
parsed JSON); the other tasks keep their points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.text()
            await asyncio.sleep(backoff * 2 ** attempt)
