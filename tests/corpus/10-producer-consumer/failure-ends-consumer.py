"""fetch_or_none's consumers call task_done() in a finally block but never catch the error:
a failed request still ends the consumer's `while True`.

Each failure kills one consumer. Once as many URLs have failed as there are consumers, nobody
takes the rest from the queue, and queue.join() waits for ever (the tests stop it).
Expected: loses check-fetch-or-none and hidden-fetch-or-none (a failure must not stop a
consumer); the other tasks are correct.
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
                finally:
                    queue.task_done()

        consumers = [asyncio.create_task(consumer()) for _ in range(workers)]
        await queue.join()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return texts
