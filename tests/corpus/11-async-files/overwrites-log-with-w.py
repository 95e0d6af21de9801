"""log_responses opens the log with mode "w" for every response: each open empties the file, so
only the last line survives.
Expected: loses check-log-responses and hidden-log-responses."""

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            await resp.read()
        async with aiofiles.open(path, "w") as log:
            await log.write(f"{resp.status} {url}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
    return len(urls)
