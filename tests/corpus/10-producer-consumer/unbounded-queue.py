"""pipeline uses the chapter's unbounded asyncio.Queue(): no backpressure.

Everything is handled once and in order, so the visible test passes, but the
producer fetches all 30 URLs while the first text is still being handled, instead of 4.
Expected: loses hidden-pipeline (backpressure); the other tasks are correct.
"""

# %% answer-pipeline

async def pipeline(urls, maxsize, handle):
    queue = asyncio.Queue()

    async def consumer():
        while True:
            text = await queue.get()
            try:
                await handle(text)
            finally:
                queue.task_done()

    async with aiohttp.ClientSession() as session:
        consumer_task = asyncio.create_task(consumer())
        try:
            for url in urls:
                async with session.get(url) as response:
                    text = await response.text()
                await queue.put(text)
            await queue.join()
        finally:
            consumer_task.cancel()
            await asyncio.gather(consumer_task, return_exceptions=True)
