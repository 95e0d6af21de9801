"""fetch_with_retry retries at once, with no wait between tries.

It succeeds on the flaky URL and gives up after `attempts` tries, but it hammers
an always-failing server: the server sees its 5 tries a few milliseconds apart
instead of 0.1, 0.2, 0.4 and 0.8 s. hidden-retry fails; everything else keeps
its points.

Expected: hidden-retry 0 (waits that grow); every other test keeps its points.
"""

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
