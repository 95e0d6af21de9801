"""process_all's consumers append each text to the result list as its request finishes.

Each URL is fetched once, `workers` at a time, and the consumers are shut down, but the texts
come back in the order the requests finished, not in the order of urls.
Expected: loses check-process-all and hidden-process-all (the order); the other tasks are
correct.
"""

# %% answer-process-all

async def process_all(urls, workers):
    queue = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    texts = []

    async with aiohttp.ClientSession() as session:

        async def consumer():
            while True:
                url = await queue.get()
                try:
                    async with session.get(url) as response:
                        texts.append(await response.text())
                finally:
                    queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
