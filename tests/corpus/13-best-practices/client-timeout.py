"""Another correct fix: aiohttp's own ClientTimeout on each request (it closes the connection, so
the server sees the request cancelled) and a plain gather of coroutines.
Expected: full marks."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
            return resp.status
    except asyncio.TimeoutError:
        return "timeout"


async def report(urls, timeout):
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(fetch_status(session, url, timeout) for url in urls))
    return dict(zip(urls, statuses))
