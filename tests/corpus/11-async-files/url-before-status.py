"""log_responses writes its lines as "<url> <status>" instead of "<status> <url>".

One line per URL, appended as each response arrives, real status codes, concurrent requests,
one session, closed, the right count.
Expected: loses check-log-responses and hidden-log-responses (the line format); the other
tasks are correct.
"""

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{url} {resp.status}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
    return len(urls)
