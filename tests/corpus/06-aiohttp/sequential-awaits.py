"""fetch_pages awaits each request inside the for loop: one after another.

The server never sees more than one request in flight, so both fetch_pages tests
fail (concurrent). The other two tasks are correct and keep their points.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    texts = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                texts.append(await response.text())
    return texts

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with semaphore:
                async with session.get(url) as response:
                    return await response.text()

        return await asyncio.gather(*(fetch_text(url) for url in urls))

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
