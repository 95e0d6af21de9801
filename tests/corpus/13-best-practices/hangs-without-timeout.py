"""Fixes the blocking pause and the concurrency, but never uses the timeout: a request to a URL
that takes 10 s is awaited until the end, so report hangs past the tests' 3 s.
Expected: loses check-timeout and hidden-timeout only (each hangs 3 s)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)
    async with session.get(url) as resp:
        return resp.status


async def report(urls, timeout):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_status(session, url, timeout)) for url in urls]
        statuses = await asyncio.gather(*tasks)
    return dict(zip(urls, statuses))
