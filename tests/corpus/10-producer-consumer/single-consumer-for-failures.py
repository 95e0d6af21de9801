"""fetch_or_none starts a single consumer, whatever `workers` says.

The list, the single fetches, the failures and the shutdown are right, but only one request
is ever in flight.
Expected: loses check-fetch-or-none and hidden-fetch-or-none (concurrent); the other tasks
are correct.
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
                except aiohttp.ClientError:
                    texts[index] = None
                finally:
                    queue.task_done()

        task = asyncio.create_task(consumer())
        await queue.join()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    return texts
