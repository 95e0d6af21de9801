"""fetch_pages creates its ClientSession without `async with` and never closes it.

Everything else is right. The hidden fetch_pages test fails (sessions_closed);
the other tests keep their points.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    session = aiohttp.ClientSession()

    async def fetch_text(url):
        async with session.get(url) as response:
            return await response.text()

    return await asyncio.gather(*(fetch_text(url) for url in urls))
