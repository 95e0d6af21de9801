"""fetch_limited ignores max_in_flight and gathers everything at once: the server refuses the
requests beyond its limit with 429.
Expected: loses check-fetch-limited and hidden-fetch-limited only."""

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(status_of(session, url) for url in urls)))
