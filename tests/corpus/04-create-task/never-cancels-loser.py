"""race returns the first body but never cancels the slower task: it is still running when race
returns. The body is right, but the cancellation checks of both race tests fail; tasks 1 and 3
are correct."""

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
