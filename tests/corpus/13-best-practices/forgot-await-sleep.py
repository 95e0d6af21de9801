"""Replaces time.sleep with asyncio.sleep(0.2) but forgets the await: the pause never happens and
a coroutine is never awaited. Concurrency and timeout are fixed.
Expected: loses check-no-blocking and hidden-no-blocking only (all_awaited)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    asyncio.sleep(0.2)
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
