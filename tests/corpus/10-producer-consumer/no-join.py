"""pipeline shuts its consumer down as soon as the producer has put the last text, without
`await queue.join()`: the texts still in the queue (and the one being handled) are never
handled.

Order, single fetches, backpressure, shutdown and the loop are right.
Expected: loses check-pipeline (every text handled); hidden-pipeline is stopped while the
producer still works and passes; the other tasks are correct.
"""

# %% answer-pipeline

async def pipeline(urls, maxsize, handle):
    queue = asyncio.Queue(maxsize=maxsize)

    async def consumer():
        while True:
            await handle(await queue.get())

    async with aiohttp.ClientSession() as session:
        consumer_task = asyncio.create_task(consumer())
        for url in urls:
            async with session.get(url) as response:
                text = await response.text()
            await queue.put(text)
        consumer_task.cancel()
        await asyncio.gather(consumer_task, return_exceptions=True)
