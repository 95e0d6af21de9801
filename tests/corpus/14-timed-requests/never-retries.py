"""fetch_all_robust only retries when a request raises (a connection error): a 503 answer does
not raise, so it is never tried again and is the result. Timeouts, cancellation, concurrency and
the session are right.
Expected: loses check-robust and hidden-robust only (the flaky URLs end with 503, and the server
sees no retry)."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async def robust(session, url):
        for n in range(retries + 1):
            try:
                return await attempt(session, url)
            except aiohttp.ClientConnectionError:
                if n == retries:
                    raise
                await asyncio.sleep(0.05)
            except TimeoutError:
                return "timeout"

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))
