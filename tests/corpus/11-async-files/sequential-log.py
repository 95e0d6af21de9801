"""log_responses awaits each request in a for loop and appends its line right away.

Every line is right and written as its response arrives, but the requests run one after
another (so they also arrive in the order of urls).
Expected: loses hidden-log-responses (concurrent(5)); check-log-responses passes; the other
tasks are correct.
"""

# %% answer-log-responses

async def log_responses(urls, path):
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as resp:
                await resp.read()
            async with aiofiles.open(path, "a") as log:
                await log.write(f"{resp.status} {url}\n")
    return len(urls)
