"""The worker as given: `except BaseException` swallows the CancelledError.

Normal runs log correctly, but when wait_for cancels it the worker logs
"failed", goes on with the next URL and returns normally: no TimeoutError.
Both worker tests fail; the other tasks are correct.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(seconds):
                async with session.get(url) as response:
                    return await response.text()
        except TimeoutError:
            return None

# %% answer-first-within

async def fetch_first_within(urls, seconds):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        done, pending = await asyncio.wait(tasks, timeout=seconds)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    return [task.result() if task in done else None for task in tasks]

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
