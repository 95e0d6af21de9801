"""race returns the first body but never cancels the slower task: it is still running when race
returns, and the server sees its request run on (until the runner cancels it).
Expected: check-race and hidden-race 0 (not cancelled, left running); tasks 1 and 3 full."""

# %% answer-race

async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        return done.pop().result()
