"""process_all and fetch_or_none give each consumer its own aiohttp.ClientSession (each closed
by its `async with` when the consumer is cancelled) instead of one shared session.

Texts, failures, concurrency and shutdown are right, and every session is closed.
Expected: loses hidden-process-all and hidden-fetch-or-none (one_session); the visible tests
do not count sessions, and pipeline is correct.
"""

# %% answer-process-all

async def process_all(urls, workers):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    texts = [None] * len(urls)

    async def consumer():
        async with aiohttp.ClientSession() as session:
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

    async def consumer():
        async with aiohttp.ClientSession() as session:
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
