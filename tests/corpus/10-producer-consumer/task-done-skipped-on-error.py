"""fetch_or_none's consumers call task_done() only after a success (the chapter's consumer).

A failed request raises inside the consumer: the consumer dies and its item is
never marked done, so queue.join() waits for ever (the tests stop it).
Expected: loses check-fetch-or-none and hidden-fetch-or-none; the other tasks are correct.
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
                async with session.get(url) as response:
                    response.raise_for_status()
                    texts[index] = await response.text()
                queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
