"""fetch_with_deadline limits only the wait for the status line, not the body.

asyncio.wait_for wraps session.get(), which returns once the headers arrive; the
body is read afterwards without a limit. A quick or silent server is handled
right, but a body that trickles in for 1 s is returned in full instead of None:
hidden-deadline fails, everything else keeps its points.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        try:
            response = await asyncio.wait_for(session.get(url), seconds)
        except TimeoutError:
            return None
        async with response:
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
