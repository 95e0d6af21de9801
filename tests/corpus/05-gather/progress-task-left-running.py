"""fetch_all and fetch_in_batches start a task that counts the finished requests as they go,
and never stop it: it is still running when they return. Everything else is right, so the
hidden tests of tasks 1 and 3 (no task left running) fail."""

# %% answer-fetch-all

async def fetch_all(urls):
    finished = []

    async def fetch_one(session, url):
        body = await fetch_text(session, url)
        finished.append(url)
        return body

    async def watch_progress():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(watch_progress())
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_one(session, url) for url in urls))

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    async def watch_progress():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(watch_progress())
    bodies = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(urls), batch_size):
            batch = urls[start:start + batch_size]
            bodies += await asyncio.gather(*(fetch_text(session, url) for url in batch))
    return bodies
