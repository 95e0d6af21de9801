"""All three tasks give each request its own ClientSession (opened and closed inside the task)
instead of sharing one: every session is closed and every answer right.
Expected: hidden-fetch-in-background, hidden-race and hidden-collect-finished 0 (more than one
session); the visible tests keep their points."""

# %% answer-fetch-in-background

async def fetch_own(url):
    async with aiohttp.ClientSession() as session:
        return await fetch_text(session, url)


async def fetch_in_background(urls):
    tasks = [asyncio.create_task(fetch_own(url)) for url in urls]
    return [await task for task in tasks]

# %% answer-race

async def race(url_a, url_b):
    tasks = [asyncio.create_task(fetch_own(url)) for url in (url_a, url_b)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return done.pop().result()

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    tasks = [asyncio.create_task(fetch_own(url)) for url in urls]
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
