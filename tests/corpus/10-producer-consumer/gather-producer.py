"""pipeline's producer fetches all the URLs at once with asyncio.gather, then puts the texts
into the bounded queue one by one.

handle gets every text once and in order, but the server sees all the requests in flight at
once, and the producer has fetched everything before the queue can hold it back.
Expected: loses check-pipeline and hidden-pipeline (one request at a time); the other tasks
are correct.
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

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        consumer_task = asyncio.create_task(consumer())
        try:
            for text in await asyncio.gather(*(fetch_text(url) for url in urls)):
                await queue.put(text)
            await queue.join()
        finally:
            consumer_task.cancel()
            await asyncio.gather(consumer_task, return_exceptions=True)
