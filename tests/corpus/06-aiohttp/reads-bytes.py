"""fetch_pages reads each body with `await response.read()`: bytes, not the text.

Concurrent, in order, one session closed at the end, but the list holds b'***' where '***'
is expected. Expected: check-fetch-pages and hidden-fetch-pages 0 (the result is a list of
texts); every other test keeps its points.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_body(url):
            async with session.get(url) as response:
                return await response.read()

        return await asyncio.gather(*(fetch_body(url) for url in urls))
