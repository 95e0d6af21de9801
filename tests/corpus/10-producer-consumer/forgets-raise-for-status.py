"""fetch_or_none never calls response.raise_for_status(): a 500 or a 404 is not an error for
aiohttp, so its body is returned as if it were a success.

Refused connections still give None, and the consumers, the queue and the session are right.
Expected: loses check-fetch-or-none and hidden-fetch-or-none (the list); the other tasks are
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
