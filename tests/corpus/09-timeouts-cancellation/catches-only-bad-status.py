"""The worker catches aiohttp.ClientResponseError (a status of 400 or more) instead of
aiohttp.ClientError: a refused connection (ClientConnectorError) is not caught and ends it.

CancelledError goes through and cleanup runs, so the cancelled runs are right; the normal run
of the hidden test raises at its broken connection.
Expected: loses hidden-worker (the log of a normal run); the other tasks are correct.
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
                except aiohttp.ClientResponseError:
                    log.append("failed")
        finally:
            log.append("closed")
