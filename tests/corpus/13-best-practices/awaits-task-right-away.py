"""Fixes the blocking pause and the timeout, but keeps awaiting each task right after creating it:
the requests still run one at a time.
Expected: loses check-concurrent and hidden-concurrent only."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                return resp.status
    except TimeoutError:
        return "timeout"


async def report(urls, timeout):
    results = {}
    async with aiohttp.ClientSession() as session:
        for url in urls:
            task = asyncio.create_task(fetch_status(session, url, timeout))
            results[url] = await task
    return results
