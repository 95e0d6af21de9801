"""fetch_politely starts `limit` workers, and each worker opens its own ClientSession.

The limit holds, each worker reuses its own connection, so the server sees only `limit`
connections; but there are `limit` sessions instead of one shared by all the URLs.
Expected: hidden-fetch-politely 0 (one session); every other test keeps its points.
"""

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    todo = list(enumerate(urls))
    texts = [None] * len(urls)

    async def worker():
        async with aiohttp.ClientSession() as session:
            while todo:
                index, url = todo.pop(0)
                async with session.get(url) as response:
                    texts[index] = await response.text()

    await asyncio.gather(*(worker() for _ in range(limit)))
    return texts
