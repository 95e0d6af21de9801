"""The program exactly as it was handed out: all three mistakes.
Expected: 0 everywhere; the timeout tests hang until the check gives up (3 s each)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    time.sleep(0.2)                                   # a polite pause before each request
    async with session.get(url) as resp:
        return resp.status


async def report(urls, timeout):
    results = {}
    async with aiohttp.ClientSession() as session:
        for url in urls:
            task = asyncio.create_task(fetch_status(session, url, timeout))
            results[url] = await task
    return results
