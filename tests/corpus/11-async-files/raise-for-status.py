"""log_responses calls resp.raise_for_status() out of habit: the 404 of the hidden test raises
ClientResponseError instead of being logged with its status.

With only 200s (the visible test) everything is right.
Expected: loses hidden-log-responses (the real status code of an error); the other tasks are
correct.
"""

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            resp.raise_for_status()
            await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{resp.status} {url}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
    return len(urls)
