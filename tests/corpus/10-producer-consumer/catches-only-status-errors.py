"""fetch_or_none's consumers catch aiohttp.ClientResponseError (a status of 400 or more)
instead of aiohttp.ClientError: a refused connection (ClientConnectorError) ends the consumer.

The visible test has no broken connection and passes. The hidden test has as many refused
connections as consumers: once each consumer has met one, nobody takes the rest of the queue
and queue.join() waits for ever.
Expected: loses hidden-fetch-or-none (a failure must not stop a consumer); the other tasks are
correct.
"""

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
                except aiohttp.ClientResponseError:
                    texts[index] = None
                finally:
                    queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
