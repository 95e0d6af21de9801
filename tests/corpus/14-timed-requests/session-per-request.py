"""fetch_limited respects the limit but opens a new ClientSession for every request, so no
connection is ever reused.
Expected: loses hidden-fetch-limited only (connections_at_most); check-fetch-limited passes."""

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    semaphore = asyncio.Semaphore(max_in_flight)

    async def status_of(url):
        async with semaphore:
            async with aiohttp.ClientSession() as session:
                async with session.get(url) as resp:
                    return resp.status

    return list(await asyncio.gather(*(status_of(url) for url in urls)))
