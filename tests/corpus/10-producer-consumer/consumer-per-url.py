"""process_all and fetch_or_none start one consumer per URL instead of `workers` consumers.

Texts, failures, shutdown and session are right, but every request is in flight at once:
the number of consumers no longer caps the concurrency.
Expected: loses check-process-all, hidden-process-all, check-fetch-or-none and
hidden-fetch-or-none (at_most_in_flight); pipeline is correct.
"""

# %% answer-process-all

async def process_all(urls, workers):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    texts = [None] * len(urls)

    async with aiohttp.ClientSession() as session:

        async def consumer():
            while True:
                index, url = await queue.get()
                try:
                    async with session.get(url) as response:
                        texts[index] = await response.text()
                finally:
                    queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in urls]
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

    async with aiohttp.ClientSession() as session:

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

        consumers = [asyncio.create_task(consumer()) for _ in urls]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
