"""pipeline waits for queue.join() and returns without stopping its consumer.

Every text is handled once and in order, with backpressure, but the consumer is still waiting
on the empty queue when pipeline returns.
Expected: loses check-pipeline (no_pending_tasks); hidden-pipeline is stopped before the end
and passes; the other tasks are correct.
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
        asyncio.create_task(consumer())
        for url in urls:
            async with session.get(url) as response:
                text = await response.text()
            await queue.put(text)
        await queue.join()
