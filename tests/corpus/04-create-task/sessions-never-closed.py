"""All three tasks create their one ClientSession with a plain call and never close it. The
requests are right in every other way.
Expected: hidden-fetch-in-background, hidden-race and hidden-collect-finished 0 (session never
closed); the visible tests keep their points."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    session = aiohttp.ClientSession()
    tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
    return [await task for task in tasks]

# %% answer-race

async def race(url_a, url_b):
    session = aiohttp.ClientSession()
    tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return done.pop().result()

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    session = aiohttp.ClientSession()
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
