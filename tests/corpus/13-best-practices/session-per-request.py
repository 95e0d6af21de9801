"""Fixes all three rules, but fetch_status opens a new ClientSession for every URL (each closed
by its async with): no connection pool is shared.
Expected: loses hidden-no-blocking and hidden-concurrent only (one_session)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)
    try:
        async with asyncio.timeout(timeout):
            async with aiohttp.ClientSession() as own_session:
                async with own_session.get(url) as resp:
                    return resp.status
    except TimeoutError:
        return "timeout"


async def report(urls, timeout):
    tasks = [asyncio.create_task(fetch_status(None, url, timeout)) for url in urls]
    statuses = await asyncio.gather(*tasks)
    return dict(zip(urls, statuses))
