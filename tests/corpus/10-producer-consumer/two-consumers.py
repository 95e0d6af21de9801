"""pipeline starts two consumer tasks on its queue instead of one.

Every text is handled once, the producer fetches one URL at a time and the queue is bounded,
but two texts are handled at once: a quick one overtakes a slow one, so handle sees them out
of the order of urls.
Expected: loses check-pipeline (the order); hidden-pipeline passes (5 fetches while both
consumers are busy, within its bound of 5); the other tasks are correct.
"""

# %% answer-pipeline

async def pipeline(urls, maxsize, handle):
    queue = asyncio.Queue(maxsize=maxsize)

    async def consumer():
        while True:
            text = await queue.get()
            try:
                await handle(text)
            finally:
                queue.task_done()

    async with aiohttp.ClientSession() as session:
        consumers = [asyncio.create_task(consumer()) for _ in range(2)]
        try:
            for url in urls:
                async with session.get(url) as response:
                    text = await response.text()
                await queue.put(text)
            await queue.join()
        finally:
            for task in consumers:
                task.cancel()
            await asyncio.gather(*consumers, return_exceptions=True)
