"""A different correct submission: a TaskGroup, a pool of `limit` workers, a connector limit.

fetch_pages collects the texts with a TaskGroup instead of gather; fetch_politely
starts `limit` worker tasks that take (index, URL) pairs from a queue;
fetch_limited caps the session's connector at `limit` connections and lets the
session raise on every error status. Expected: full marks.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_text(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    texts = [None] * len(urls)

    async with aiohttp.ClientSession() as session:

        async def worker():
            while not queue.empty():
                index, url = queue.get_nowait()
                async with session.get(url) as response:
                    texts[index] = await response.text()

        await asyncio.gather(*(worker() for _ in range(limit)))
    return texts

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    connector = aiohttp.TCPConnector(limit=limit)
    async with aiohttp.ClientSession(connector=connector, raise_for_status=True) as session:

        async def fetch_json(url):
            async with session.get(url) as response:
                return await response.json()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
