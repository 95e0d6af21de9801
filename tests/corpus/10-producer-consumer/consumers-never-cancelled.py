"""process_all waits for queue.join() and returns without stopping its consumers.

Every URL is fetched once, 3 at a time, but the consumers are still waiting on
the empty queue when process_all returns: tasks left running.
Expected: loses check-process-all and hidden-process-all (no_pending_tasks); the other tasks
are correct.
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

        for _ in range(workers):
            asyncio.create_task(consumer())
        await queue.join()
    return texts
