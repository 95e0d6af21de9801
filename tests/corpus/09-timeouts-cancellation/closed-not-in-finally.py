"""The worker logs "closed" after its loop instead of in a finally block.

Normal runs log right, and a cancellation goes through (TimeoutError, no further request,
session closed), but the cancelled worker never logs "closed".
Expected: loses check-worker and hidden-worker (the log of a cancelled run); the other tasks
are correct.
"""

# %% answer-worker

async def worker(urls, log):
    async with aiohttp.ClientSession() as session:
        for url in urls:
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    log.append(await response.text())
            except aiohttp.ClientError:
                log.append("failed")
        log.append("closed")
