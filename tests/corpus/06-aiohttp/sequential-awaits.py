"""fetch_pages awaits each request inside the for loop: one after another.

The server never sees more than one request in flight, so both fetch_pages tests
fail (concurrent). The other two tasks are correct and keep their points.

Expected: check-fetch-pages and hidden-fetch-pages 0 (all in flight at once); every
other test keeps its points.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    texts = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                texts.append(await response.text())
    return texts
