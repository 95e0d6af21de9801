"""fetch_all_robust retries correctly but never applies the timeout: the request to /delay/10 is
awaited until the test gives up.
Expected: loses check-robust and hidden-robust only (each hangs 4 s)."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with session.get(url) as resp:
            return resp.status

    async def robust(session, url):
        status = await attempt(session, url)
        for _ in range(retries):
            if status < 500:
                break
            status = await attempt(session, url)
        return status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))
