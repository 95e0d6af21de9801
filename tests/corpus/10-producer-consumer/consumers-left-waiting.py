"""fetch_or_none waits for queue.join() and returns without stopping its consumers.

The list, the single fetches and the failures are right, but the consumers are still waiting
on the empty queue when fetch_or_none returns.
Expected: loses check-fetch-or-none and hidden-fetch-or-none (no_pending_tasks); the other
tasks are correct.
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

        for _ in range(workers):
            asyncio.create_task(consumer())
        await queue.join()
    return texts
