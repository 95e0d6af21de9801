"""fetch_with_retry ignores `attempts` and retries until the server says yes.

With exponential waits it gets through the flaky URL, but against a URL that
always answers 503 it never gives up (the test stops it after 2 s instead of
seeing ClientResponseError after 3 tries). hidden-retry fails; everything else
keeps its points.

Expected: hidden-retry 0 (gives up after `attempts` failures); every other test keeps
its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    attempt = 0
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(url) as response:
                if response.status < 500:
                    response.raise_for_status()
                    return await response.json()
            await asyncio.sleep(backoff * 2 ** attempt)
            attempt += 1
