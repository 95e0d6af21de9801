"""fetch_in_background creates all the tasks (all in flight at once), then, instead of
awaiting them, fetches each URL again to get its body: the bodies are right, in order, but the
server sees every URL twice.
Expected: check-fetch-in-background and hidden-fetch-in-background 0 (twice the requests);
tasks 2 and 3 full."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        bodies = [await fetch_text(session, url) for url in urls]
        await asyncio.gather(*tasks)
        return bodies
