"""Task 2 opens a new ClientSession for every URL (each closed properly). The requests overlap
and come back in order, so only the hidden test of task 2 (one session for all the requests)
fails."""

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    async def status_of(url):
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as response:
                return response.status

    return await asyncio.gather(*(status_of(url) for url in urls))
