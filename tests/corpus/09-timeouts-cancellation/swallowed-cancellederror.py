"""The worker as given: `except BaseException` swallows the CancelledError.

Normal runs log correctly, but when wait_for cancels it the worker logs
"failed", goes on with the next URL and returns normally: no TimeoutError.
Expected: loses check-worker and hidden-worker; the other tasks are correct.
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
                except BaseException:
                    log.append("failed")
        finally:
            log.append("closed")
