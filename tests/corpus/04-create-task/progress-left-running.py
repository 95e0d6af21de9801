"""fetch_in_background and collect_finished start a task that reports progress (a loop with no
exit) and never stop it: it is still running when they return. Everything else is right.
Expected: hidden-fetch-in-background 0, check-collect-finished and hidden-collect-finished 0
(a task left running); task 2 full."""

# %% answer-fetch-in-background

async def report_progress(tasks):
    while True:
        await asyncio.sleep(0.05)  # (would print how many tasks are done)


async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        asyncio.create_task(report_progress(tasks))
        return [await task for task in tasks]

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        asyncio.create_task(report_progress(tasks))
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
