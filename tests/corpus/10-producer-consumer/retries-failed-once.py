"""fetch_or_none puts each failed URL back into the queue for one more try.

The list is right (a failure fails again) and the consumers survive, but every failing URL is
fetched twice.
Expected: loses check-fetch-or-none and hidden-fetch-or-none (requests: exactly once); the
other tasks are correct.
"""

# %% answer-fetch-or-none

async def fetch_or_none(urls, workers):
    queue = asyncio.Queue()
    for index, url in enumerate(urls):
        queue.put_nowait((index, url, False))
    texts = [None] * len(urls)

    async with aiohttp.ClientSession() as session:

        async def consumer():
            while True:
                index, url, retried = await queue.get()
                try:
                    async with session.get(url) as response:
                        response.raise_for_status()
                        texts[index] = await response.text()
                except aiohttp.ClientError:
                    if not retried:
                        queue.put_nowait((index, url, True))   # one more try
                finally:
                    queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
