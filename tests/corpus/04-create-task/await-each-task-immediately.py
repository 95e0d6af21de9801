"""fetch_in_background awaits each task on the line that creates it, so each request starts
only when the previous one is done: sequential again. Loses both tests of task 1; tasks 2 and
3 are correct."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    bodies = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            bodies.append(await asyncio.create_task(fetch_text(session, url)))
    return bodies

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
        results = []
        for task in tasks:
            if task.done():
                results.append(task.result())
            else:
                task.cancel()
                results.append(None)
        await asyncio.gather(*tasks, return_exceptions=True)
        return results
