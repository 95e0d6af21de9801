"""fetch_with_retry retries at once, with no wait between tries.

It succeeds on the flaky URL and gives up after `attempts` tries, but it hammers
an always-failing server: 10 requests in a few milliseconds instead of about 4
in the first second. hidden-retry fails; everything else keeps its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
