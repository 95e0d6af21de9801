"""timed_fetch_all runs the requests concurrently but times each one and reports the sum of
their times as the batch's elapsed time: 1.8 s for a batch that took 0.6 s.
Expected: loses check-timed-fetch-all and hidden-timed-fetch-all only (elapsed more than 0.4 s
over the slowest request)."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def timed_status(session, url):
        start = time.perf_counter()
        async with session.get(url) as resp:
            await resp.read()
            return resp.status, time.perf_counter() - start

    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(timed_status(session, url) for url in urls))
    return [status for status, _ in results], sum(seconds for _, seconds in results)
