"""pipeline's producer fetches each URL with urllib.request.urlopen inside the coroutine.

The fetches are one at a time and bounded by the queue, and every text is handled once in
order, but each fetch blocks the event loop: for the 0.5 s URL of the visible test, nothing
else runs for 0.5 s.
Expected: loses check-pipeline (loop_not_blocked); hidden-pipeline passes (its URLs answer at
once, and the producer still stops at 4); the other tasks are correct.
"""

# %% answer-pipeline

import urllib.request


async def pipeline(urls, maxsize, handle):
    queue = asyncio.Queue(maxsize=maxsize)

    async def consumer():
        while True:
            text = await queue.get()
            try:
                await handle(text)
            finally:
                queue.task_done()

    consumer_task = asyncio.create_task(consumer())
    try:
        for url in urls:
            with urllib.request.urlopen(url) as response:
                text = response.read().decode()
            await queue.put(text)
        await queue.join()
    finally:
        consumer_task.cancel()
        await asyncio.gather(consumer_task, return_exceptions=True)
