"""log_responses writes the log right but forgets to return the number of lines (None).

Expected: loses check-log-responses and hidden-log-responses (the return value); the other
tasks are correct.
"""

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{resp.status} {url}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
