"""Fixes the blocking pause by deleting it: report no longer waits 0.2 s before each request.
Concurrency, the session and the timeout are right.
Expected: loses check-no-blocking and hidden-no-blocking only (took_at_least: the instant URLs
answer in a few hundredths of a second)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                return resp.status
    except TimeoutError:
        return "timeout"


async def report(urls, timeout):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_status(session, url, timeout)) for url in urls]
        statuses = await asyncio.gather(*tasks)
    return dict(zip(urls, statuses))
