"""fetch_all_robust retries a 5xx answer until it succeeds, ignoring the retries limit: the
server gets more requests than allowed and a URL that keeps failing is reported as 200.
Expected: loses hidden-robust only (the visible test never reaches the limit)."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                return resp.status

    async def robust(session, url):
        try:
            status = await attempt(session, url)
            while status >= 500:
                status = await attempt(session, url)
        except TimeoutError:
            return "timeout"
        return status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))
