"""Fixes all three rules, but collects the statuses with asyncio.as_completed and zips them with
urls: each URL gets the status of whichever request finished in its place.
Expected: loses check-concurrent, hidden-concurrent and hidden-timeout (delays and statuses
differ there); the rule 1 tests (all 200) and check-timeout (the fast URL first) pass."""

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
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_status(session, url, timeout)) for url in urls]
        statuses = [await task for task in asyncio.as_completed(tasks)]
    return dict(zip(urls, statuses))
