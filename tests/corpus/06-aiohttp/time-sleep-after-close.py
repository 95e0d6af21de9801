"""All three tasks pause with time.sleep(0.25) after closing the session (aiohttp's old advice
to let connections close is `await asyncio.sleep(0.25)`): that blocks the event loop.

Everything else is right. Expected: the hidden test of each task 0 (nothing blocks the event
loop): hidden-fetch-pages, hidden-fetch-politely, hidden-fetch-limited; the visible tests keep
their points.
"""

# %% answer-fetch-pages

import time


async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        texts = await asyncio.gather(*(fetch_text(url) for url in urls))
    time.sleep(0.25)   # give the connections time to close
    return texts

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with semaphore:
                async with session.get(url) as response:
                    return await response.text()

        texts = await asyncio.gather(*(fetch_text(url) for url in urls))
    time.sleep(0.25)   # give the connections time to close
    return texts

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        bodies = await asyncio.gather(*(fetch_json(url) for url in urls))
    time.sleep(0.25)   # give the connections time to close
    return bodies
