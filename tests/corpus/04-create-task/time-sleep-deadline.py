"""collect_finished waits the deadline with time.sleep instead of await asyncio.sleep: the
event loop stands still, so no task even starts its request before the deadline, and every
URL comes back None.
Expected: check-collect-finished and hidden-collect-finished 0 (loop blocked); tasks 1 and 2
full."""

# %% answer-collect-finished

import time


async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        time.sleep(deadline)
        results = []
        for task in tasks:
            if task.done():
                results.append(task.result())
            else:
                task.cancel()
                results.append(None)
        await asyncio.gather(*tasks, return_exceptions=True)
        return results
