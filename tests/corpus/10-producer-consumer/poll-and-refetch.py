"""pipeline's producer uses queue.put_nowait and, when the queue is full, tries the whole step
again a moment later: it fetches the same URL again every 10 ms until there is room.

Every text is handled once, in order, and the producer never holds two requests at once, but
URLs are fetched many times over.
Expected: loses check-pipeline (requests: 6 expected) and hidden-pipeline (dozens of requests
while the first text is handled); the other tasks are correct.
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
        consumer_task = asyncio.create_task(consumer())
        try:
            for url in urls:
                while True:
                    async with session.get(url) as response:
                        text = await response.text()
                    try:
                        queue.put_nowait(text)
                        break
                    except asyncio.QueueFull:
                        await asyncio.sleep(0.01)   # full: try again shortly
            await queue.join()
        finally:
            consumer_task.cancel()
            await asyncio.gather(consumer_task, return_exceptions=True)
