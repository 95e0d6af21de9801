"""timed_fetch_all stops the timer after creating the coroutines but before awaiting them: the
requests are concurrent, but the reported time is about 0 s.
Expected: loses check-timed-fetch-all and hidden-timed-fetch-all only."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        coros = [status_of(session, url) for url in urls]
        elapsed = time.perf_counter() - start
        statuses = await asyncio.gather(*coros)
    return list(statuses), elapsed
