"""The consumers of process_all never call queue.task_done().

The queue's count of unfinished items never reaches zero, so queue.join() waits
for ever: the tests stop process_all after 3 s.
Expected: loses check-process-all and hidden-process-all; the other tasks are correct.
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
                async with session.get(url) as response:
                    texts[index] = await response.text()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
