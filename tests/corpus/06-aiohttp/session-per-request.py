"""Every request opens its own ClientSession (the chapter's fetch(url) pattern).

Results, concurrency and limits are right, so the visible tests pass. The hidden
tests of fetch_pages and fetch_politely, which ask for one session, count 8 and 9
sessions (and fetch_politely's 9 connections instead of at most 3). Task 3 does
not ask for one session. Expected: hidden-fetch-pages and hidden-fetch-politely 0;
every other test keeps its points.
"""

# %% answer-fetch-pages

async def fetch_text(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


async def fetch_pages(urls):
    return await asyncio.gather(*(fetch_text(url) for url in urls))

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore(limit)

    async def polite_text(url):
        async with semaphore:
            return await fetch_text(url)

    return await asyncio.gather(*(polite_text(url) for url in urls))

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)

    async def fetch_json(url):
        async with semaphore:
            async with aiohttp.ClientSession() as session:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

    return await asyncio.gather(*(fetch_json(url) for url in urls))
