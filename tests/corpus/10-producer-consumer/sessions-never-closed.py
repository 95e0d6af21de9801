"""process_all and fetch_or_none create their aiohttp.ClientSession with a plain call and never
close it.

Everything else is right: texts, failures, concurrency, shutdown of the consumers.
Expected: loses hidden-process-all and hidden-fetch-or-none (sessions_closed); the visible
tests do not check the session, and pipeline is correct.
"""

# %% answer-process-all

async def process_all(urls, workers):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    texts = [None] * len(urls)
    session = aiohttp.ClientSession()

    async def consumer():
        while True:
            index, url = await queue.get()
            try:
                async with session.get(url) as response:
                    texts[index] = await response.text()
            finally:
                queue.task_done()

    consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
    await queue.join()
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    return texts

# %% answer-fetch-or-none

async def fetch_or_none(urls, workers):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    texts = [None] * len(urls)
    session = aiohttp.ClientSession()

    async def consumer():
        while True:
            index, url = await queue.get()
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    texts[index] = await response.text()
            except aiohttp.ClientError:
                texts[index] = None
            finally:
                queue.task_done()

    consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
    await queue.join()
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    return texts
