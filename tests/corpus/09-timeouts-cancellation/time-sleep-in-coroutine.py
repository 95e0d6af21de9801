"""fetch_first_within waits for the deadline with time.sleep instead of asyncio.sleep.

time.sleep blocks the event loop, so none of the requests even starts during
the wait: every entry is None and the loop is blocked for the whole deadline.
Expected: loses check-first-within and hidden-first-within (loop_not_blocked); the other
tasks are correct.
"""

# %% answer-first-within

import time


async def fetch_first_within(urls, seconds):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        time.sleep(seconds)                        # "wait until the deadline"
        texts = [task.result() if task.done() else None for task in tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return texts
