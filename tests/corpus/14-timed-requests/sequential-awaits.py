"""timed_fetch_all awaits each request before starting the next: the timing is honest but it is
the sum of the delays, and the server never sees two requests at once.
Expected: loses check-timed-fetch-all and hidden-timed-fetch-all only."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    start = time.perf_counter()
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as resp:
                statuses.append(resp.status)
    return statuses, time.perf_counter() - start
