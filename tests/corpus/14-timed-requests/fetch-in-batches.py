"""fetch_limited fetches the URLs in batches of max_in_flight (lesson 05's pattern): never more
than the limit and that many at once, in order, one session; but each batch waits for its
slowest request while the other slots stay free.
Expected: loses hidden-fetch-limited only (a slot free 0.8 s while URLs wait); the visible
test's equal delays hide it."""

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    async def status_of(session, url):
        async with session.get(url) as resp:
            await resp.read()
            return resp.status

    statuses = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(urls), max_in_flight):
            batch = urls[start:start + max_in_flight]
            statuses += await asyncio.gather(*(status_of(session, url) for url in batch))
    return statuses
