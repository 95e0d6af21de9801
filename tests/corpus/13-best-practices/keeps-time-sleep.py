"""Fixes the sequential tasks and the timeout, but keeps time.sleep(0.2) as the polite pause:
with all tasks started together the pauses add up on the event loop.
Expected: loses check-no-blocking and hidden-no-blocking only."""

# %% answer-report

async def fetch_status(session, url, timeout):
    time.sleep(0.2)
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
