"""Fixes all three rules, but creates the one ClientSession with a plain call and never closes
it.
Expected: loses hidden-no-blocking and hidden-concurrent only (sessions_closed)."""

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
    session = aiohttp.ClientSession()
    tasks = [asyncio.create_task(fetch_status(session, url, timeout)) for url in urls]
    statuses = await asyncio.gather(*tasks)
    return dict(zip(urls, statuses))
