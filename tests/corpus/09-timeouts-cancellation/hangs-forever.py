"""fetch_with_deadline sets no time limit at all: it awaits the request however long it takes.

For /delay/2 it returns the text after 2 s instead of None; for /delay/10 it is
still waiting when the test stops it after 3 s (a hang). Both fetch_with_deadline
tests fail; the other tasks are correct.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()

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
                except aiohttp.ClientError:
                    log.append("failed")
        finally:
            log.append("closed")
