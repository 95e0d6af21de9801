"""A different correct submission: sentinels instead of cancel, consumers in a TaskGroup.

process_all and fetch_or_none put one None per consumer after the URLs; each
consumer returns when it takes one, and the TaskGroup waits for them all (no
join, no cancel). pipeline's producer sends a sentinel too, and the producer
and consumer run side by side under asyncio.gather. Expected: full marks.
"""

# %% answer-process-all

async def process_all(urls, workers):
    queue = asyncio.Queue()
    texts = {}
    for item in enumerate(urls):
        queue.put_nowait(item)
    for _ in range(workers):
        queue.put_nowait(None)                 # one sentinel per consumer

    async with aiohttp.ClientSession() as session:

        async def consumer():
            while (item := await queue.get()) is not None:
                index, url = item
                async with session.get(url) as response:
                    texts[index] = await response.text()

        async with asyncio.TaskGroup() as tg:
            for _ in range(workers):
                tg.create_task(consumer())
    return [texts[index] for index in range(len(urls))]

# %% answer-pipeline

async def pipeline(urls, maxsize, handle):
    queue = asyncio.Queue(maxsize)

    async with aiohttp.ClientSession() as session:

        async def producer():
            for url in urls:
                async with session.get(url) as response:
                    await queue.put(await response.text())
            await queue.put(None)

        async def consumer():
            while (text := await queue.get()) is not None:
                await handle(text)

        await asyncio.gather(producer(), consumer())

# %% answer-fetch-or-none

async def fetch_or_none(urls, workers):
    queue = asyncio.Queue()
    texts = [None] * len(urls)
    for item in [*enumerate(urls), *[None] * workers]:
        queue.put_nowait(item)

    async with aiohttp.ClientSession(raise_for_status=True) as session:

        async def consumer():
            while (item := await queue.get()) is not None:
                index, url = item
                try:
                    async with session.get(url) as response:
                        texts[index] = await response.text()
                except aiohttp.ClientError:
                    pass

        async with asyncio.TaskGroup() as tg:
            for _ in range(workers):
                tg.create_task(consumer())
    return texts
