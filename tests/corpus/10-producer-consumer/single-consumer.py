"""process_all starts a single consumer, whatever `workers` says.

Correct results, each URL once, but only one request in flight at a time.
Expected: loses check-process-all and hidden-process-all (concurrent); the other tasks are
correct.
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

        task = asyncio.create_task(consumer())
        await queue.join()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    return texts
