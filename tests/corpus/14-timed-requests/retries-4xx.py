"""fetch_all_robust retries every error status (>= 400), not only 5xx: a 404 is asked for again
until the limit, though it can never change. The results are right.
Expected: loses hidden-robust only (the server receives two more requests for the 404); the
visible test has no 4xx."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async def robust(session, url):
        try:
            status = await attempt(session, url)
            for _ in range(retries):
                if status < 400:
                    break
                await asyncio.sleep(0.05)
                status = await attempt(session, url)
        except TimeoutError:
            return "timeout"
        return status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))
