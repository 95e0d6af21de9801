"""fetch_with_legacy_client ignores the blocking library and fetches the JSON with aiohttp (one
session, concurrently, in order): the loop stays free, but legacy_get is never called, which the
task forbids ("do not switch to aiohttp here").
Expected: loses check-legacy-client and hidden-legacy-client (legacy_get called 0 times in
threads, expected one call per URL); tasks 2 and 3 full marks."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    async def get_json(session, url):
        async with session.get(url) as resp:
            return await resp.json()

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(get_json(session, url) for url in urls))
