"""The worker stops at once when cancelled, but by returning from its `except CancelledError`:
the cancellation is swallowed, so asyncio.wait_for returns normally instead of raising
TimeoutError.

No request after the cancelled one, "closed" logged, the session closed, normal runs right.
Expected: loses check-worker and hidden-worker (no TimeoutError); the other tasks are correct.
"""

# %% answer-worker

async def worker(urls, log):
    async with aiohttp.ClientSession() as session:
        try:
            for url in urls:
                try:
                    async with session.get(url) as response:
                        response.raise_for_status()
                        log.append(await response.text())
                except asyncio.CancelledError:
                    return                         # "stop at once"
                except aiohttp.ClientError:
                    log.append("failed")
        finally:
            log.append("closed")
