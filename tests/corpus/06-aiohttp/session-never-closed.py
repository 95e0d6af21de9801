"""All three tasks create their ClientSession without `async with` and never close it.

Everything else is right (one session, the limits, the order, the error raised). Expected:
the hidden test of each task 0 (the session is closed): hidden-fetch-pages,
hidden-fetch-politely, hidden-fetch-limited; the visible tests keep their points.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    session = aiohttp.ClientSession()

    async def fetch_text(url):
        async with session.get(url) as response:
            return await response.text()

    return await asyncio.gather(*(fetch_text(url) for url in urls))

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    session = aiohttp.ClientSession()

    async def fetch_text(url):
        async with semaphore:
            async with session.get(url) as response:
                return await response.text()

    return await asyncio.gather(*(fetch_text(url) for url in urls))

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    session = aiohttp.ClientSession()

    async def fetch_json(url):
        async with semaphore:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()

    return await asyncio.gather(*(fetch_json(url) for url in urls))
