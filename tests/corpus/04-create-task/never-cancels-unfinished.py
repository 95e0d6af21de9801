"""collect_finished puts None for the late URLs but never cancels their tasks: the list is
right, yet the late requests are left running. Loses both tests of task 3 (cancellation);
tasks 1 and 2 are correct."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        return [await task for task in tasks]

# %% answer-race

async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return done.pop().result()

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        await asyncio.sleep(deadline)
        return [task.result() if task.done() else None for task in tasks]
